import { stringify } from 'csv-stringify/sync';

/** A valid volunteer file, as rows of named cells, for the cases to break one thing in. */
export const COLUMNS = [
  'scenario',
  'record',
  'id',
  'title',
  'description',
  'tags',
  'first_payday',
  'last_payday',
  'employee_id',
  'province',
  'federal_claim_code',
  'provincial_claim_code',
  'pension_group',
  'weekly_hours',
  'union_dues',
  'classification',
  'step',
  'annual_rate',
  'effective',
  'end',
  'entered',
  'hours',
  'day_type',
  'multiplier',
  'percent',
  'signed',
  'applies_to',
  'payday',
  'line_code',
  'amount',
  'source',
] as const;

export type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

export function goodRows(): Row[] {
  return [
    {
      scenario: 'MY-PAY',
      record: 'scenario',
      title: 'My pay in 2026',
      first_payday: '2026-01-14',
      last_payday: '2026-03-11',
    },
    {
      scenario: 'MY-PAY',
      record: 'employee',
      employee_id: 'E1',
      province: 'ON',
      federal_claim_code: '1',
      provincial_claim_code: '1',
      pension_group: 'PSSA-2',
      weekly_hours: '37.5',
      union_dues: '27.84',
      classification: 'AS-02',
      step: '1',
    },
    {
      scenario: 'MY-PAY',
      record: 'overtime',
      id: 'ot1',
      effective: '2026-01-20',
      entered: '2026-01-21',
      hours: '3',
      day_type: 'workday',
    },
    {
      scenario: 'MY-PAY',
      record: 'expected',
      payday: '2026-01-28',
      line_code: 'REGULAR',
      amount: '2639.11',
      source: 'pay stub 2026-01-28',
    },
  ];
}

/** The file's text: the header, then each row's cells in column order (quoted where needed). */
export function csvText(rows: Row[], columns: readonly string[] = COLUMNS): string {
  return stringify([columns, ...rows.map((r) => columns.map((c) => (r as Record<string, string>)[c] ?? ''))]);
}

/** The good file with `change` applied to its rows (row 2 is rows[0]: the header is row 1). */
export function changed(change: (rows: Row[]) => void): string {
  const rows = goodRows();
  change(rows);
  return csvText(rows);
}
