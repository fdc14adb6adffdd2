import { stringify } from 'csv-stringify/sync';
import { compareDates } from '../../domain/calendar';
import { cells, eventRows } from '../../fuzz/regression-csv';
import { CSV_COLUMN_NAMES, type CsvColumn } from '../../scenarios/csv-columns';
import { EMPLOYEE_FIELDS, EVENT_FIELDS } from '../../scenarios/csv-records';
import type { PayRunView } from './package-plan';

/**
 * A pay run of the outbound package as flat CSV files, for a supplier's intake tools that
 * read spreadsheets rather than JSON. Columns and values are the scenario catalogue's own
 * (test-payrolls/README.md), so one description serves both, and the rows are written by the
 * same field maps as the catalogue's CSV (csv-records.ts).
 */
type Json = Record<string, unknown>;

const PAY_RUN_COLUMNS = [
  'payday',
  'period_start',
  'period_end',
  'cutoff',
  'periods_in_year',
  'request_id',
  'employees',
];

const EMPLOYEE_COLUMNS: CsvColumn[] = [
  'employee_id',
  ...new Set(EMPLOYEE_FIELDS.map(([, c]) => c).filter((c) => c !== 'employee_id')),
];

const FIRST_EVENT_COLUMNS: CsvColumn[] = ['record', 'id', 'effective', 'end', 'entered'];
const EVENT_COLUMNS: CsvColumn[] = [
  ...FIRST_EVENT_COLUMNS,
  ...CSV_COLUMN_NAMES.filter(
    (c) => !FIRST_EVENT_COLUMNS.includes(c) && Object.values(EVENT_FIELDS).some((f) => f.some(([, col]) => col === c)),
  ),
];
/** Whether the event was entered after the previous payday's cut-off: new to this run's intake. */
export const NEW_COLUMN = 'new_since_previous_cutoff';

const csv = (rows: string[][]) => stringify(rows, { record_delimiter: '\n' });

export function payRunCsv(view: PayRunView): string {
  const { run, request } = view;
  return csv([
    PAY_RUN_COLUMNS,
    [
      run.payday,
      run.periodStart,
      run.periodEnd,
      run.cutoff,
      String(run.periodsInYear),
      request.requestId,
      String(request.employees.length),
    ],
  ]);
}

export function employeesCsv(view: PayRunView): string {
  const rows = view.request.employees.map((e) => {
    const row = cells(e.profile, EMPLOYEE_FIELDS);
    return EMPLOYEE_COLUMNS.map((c) => (c === 'employee_id' ? e.id : (row[c] ?? '')));
  });
  return csv([EMPLOYEE_COLUMNS, ...rows]);
}

export function eventsCsv(view: PayRunView): string {
  const rows = view.request.employees.flatMap((e) =>
    e.events.flatMap((event) => {
      const isNew = compareDates(event.entered, view.previousCutoff) > 0 ? 'yes' : 'no';
      return eventRows(event as unknown as Json).map((row, i) => [
        e.id,
        ...EVENT_COLUMNS.map((c) => row[c] ?? ''),
        // A rate revision's rate rows continue its first row: the flag is on that row only.
        i === 0 ? isNew : '',
      ]);
    }),
  );
  return csv([['employee_id', ...EVENT_COLUMNS, NEW_COLUMN], ...rows]);
}
