import { stringify } from 'csv-stringify/sync';
import { scenarioToJson, type Scenario } from '../domain/scenario';
import { CSV_COLUMN_NAMES, type CsvColumn } from '../scenarios/csv-columns';
import {
  EMPLOYEE_FIELDS,
  EVENT_FIELDS,
  EXPECTED_FIELDS,
  LIST_FIELDS,
  SCENARIO_FIELDS,
  type FieldMap,
} from '../scenarios/csv-records';

/**
 * A Scenario as a catalogue CSV file (docs/scenario-format.md, test-payrolls/README.md): the
 * inverse of scenariosFromCsv, driven by the same field maps (csv-records.ts) so the two
 * cannot drift. scenariosFromCsv(file, scenarioToCsv(s)) gives back s (a test holds it to that).
 */
type Json = Record<string, unknown>;
type Row = Partial<Record<CsvColumn, string>>;

/** How each event kind is written in the `record` column: the readable spellings the loader folds. */
const RECORD_NAMES: Record<string, string> = {
  hire: 'hire',
  termination: 'termination',
  rateRevision: 'rate revision',
  stepIncrement: 'step increment',
  acting: 'acting',
  overtime: 'overtime',
  leaveWithoutPay: 'leave without pay',
  allowance: 'allowance',
  transfer: 'transfer',
  td1Change: 'td1 change',
  provinceChange: 'province change',
};

function valueAt(source: Json, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((node, key) => (node as Json | undefined)?.[key], source);
}

function cellText(field: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (LIST_FIELDS.has(field)) return (value as string[]).join('|') || undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function cells(source: Json, fields: FieldMap, skip: ReadonlySet<string> = new Set()): Row {
  const row: Row = {};
  for (const [field, column] of fields) {
    const text = skip.has(field) ? undefined : cellText(field, valueAt(source, field));
    if (text !== undefined) row[column] = text;
  }
  return row;
}

const RATE_FIELDS = new Set(['classification', 'step', 'annualRate']);

/**
 * A rate revision given as rates: a row with the event's fields, then one row per rate with
 * the same id. (The loader refuses rate cells on the event's own row: csv-scenarios.ts fills
 * that row without the rate columns.)
 */
export function eventRows(event: Json): Row[] {
  const kind = event.kind as string;
  const record = RECORD_NAMES[kind];
  const isRevision = kind === 'rateRevision';
  const head: Row = { record, ...cells(event, EVENT_FIELDS[kind], isRevision ? RATE_FIELDS : undefined) };
  if (!isRevision || event.rates === undefined) return [head];
  const rates = (event.rates as Json[]).map((rate) => ({
    record,
    id: String(event.id),
    classification: String(rate.classification),
    step: String(rate.step),
    annual_rate: String(rate.annualRate),
  }));
  return [head, ...rates];
}

export function scenarioToCsv(scenario: Scenario): string {
  const json = scenarioToJson(scenario) as unknown as Json;
  const rows: Row[] = [
    { record: 'scenario', ...cells(json, SCENARIO_FIELDS) },
    { record: 'employee', ...cells(json.employee as Json, EMPLOYEE_FIELDS) },
    ...(json.events as Json[]).flatMap(eventRows),
    ...(json.expected as Json[]).map((line) => ({ record: 'expected', ...cells(line, EXPECTED_FIELDS) })),
  ];
  const records = rows.map((row) => CSV_COLUMN_NAMES.map((c) => (c === 'scenario' ? scenario.id : (row[c] ?? ''))));
  return stringify([CSV_COLUMN_NAMES, ...records], { record_delimiter: '\n' });
}
