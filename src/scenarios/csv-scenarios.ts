import { parseScenario, Scenario, type Words } from '../domain/scenario';
import { CSV_COLUMN_NAMES, CSV_REQUIRED_COLUMNS, DECIMAL_COLUMNS } from './csv-columns';
import {
  EMPLOYEE_FIELDS,
  EVENT_FIELDS,
  EXPECTED_FIELDS,
  FieldMap,
  INTEGER_FIELDS,
  LIST_FIELDS,
  RECORD_CHOICES,
  SCENARIO_FIELDS,
  recordKind,
} from './csv-records';
import { CsvRow, CsvTable, readCsvTable } from './csv-table';
import { cellHintWords, fromDecimalComma } from './cell-hints';
import { type LoadError, said } from './load-error';
import { SourceMap } from './source-map';

export type ScenarioFileResult = { ok: true; scenarios: Scenario[] } | { ok: false; errors: LoadError[] };

type Json = Record<string, unknown>;
interface Group {
  id: string;
  rows: Array<CsvRow & { kind: string }>;
}

function cellValue(table: CsvTable, column: string, field: string, raw: string): unknown {
  const text = table.decimalComma && DECIMAL_COLUMNS.has(column) ? fromDecimalComma(raw) : raw;
  if (LIST_FIELDS.has(field))
    return text
      .split('|')
      .map((t) => t.trim())
      .filter((t) => t !== '');
  if (INTEGER_FIELDS.has(field) && /^\d+$/.test(text)) return Number(text);
  return text;
}

function setPath(target: Json, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Json;
  node[keys[keys.length - 1]] = value;
}

/** Copy the row's cells into `target` per the field map; report cells in columns this kind of row does not use. */
function fill(ctx: Ctx, row: CsvRow, fields: FieldMap, target: Json, at: string, label: string): void {
  const used = new Set<string>(['scenario', 'record']);
  for (const [field, column] of fields) {
    used.add(column);
    // Registered even when empty, so "missing" is reported at the cell to fill in.
    ctx.sources.add(`${at}.${field}`, { row: row.row, column });
    const raw = row.cells[column];
    if (raw !== undefined) setPath(target, field, cellValue(ctx.table, column, field, raw));
  }
  for (const column of Object.keys(row.cells)) {
    if (!used.has(column))
      ctx.errors.push({
        file: ctx.table.file,
        row: row.row,
        column,
        ...said(notUsed(label, row.cells[column], [...used].slice(2))),
      });
  }
}

/** `label` is the record kind as typed in the file ("employee", "acting"): a code, the same in both languages. */
function notUsed(label: string, found: string, columns: string[]): Words {
  const article = /^[aeiou]/i.test(label) ? 'an' : 'a';
  return {
    en: `this column is not used on ${article} ${label} row; leave it empty (found "${found}"; ${article} ${label} row uses: ${columns.join(', ')})`,
    fr: `cette colonne ne sert pas sur une ligne ${label}; laissez-la vide (trouvé "${found}"; une ligne ${label} utilise : ${columns.join(', ')})`,
  };
}

interface Ctx {
  table: CsvTable;
  errors: LoadError[];
  sources: SourceMap;
}

function groupRows(table: CsvTable, errors: LoadError[]): Group[] {
  const groups = new Map<string, Group>();
  for (const row of table.rows) {
    const id = row.cells.scenario;
    const typed = row.cells.record;
    const kind = typed === undefined ? undefined : recordKind(typed);
    if (id === undefined)
      errors.push({
        file: table.file,
        row: row.row,
        column: 'scenario',
        ...said({
          en: 'empty: every row needs the id of the scenario it belongs to',
          fr: 'vide : chaque ligne doit porter l’identifiant du scénario auquel elle appartient',
        }),
      });
    if (kind === undefined) {
      const found =
        typed === undefined
          ? { en: 'it is empty', fr: 'la cellule est vide' }
          : { en: `found "${typed}"`, fr: `trouvé "${typed}"` };
      errors.push({
        file: table.file,
        row: row.row,
        column: 'record',
        ...said({
          en: `${found.en}; expected one of ${RECORD_CHOICES}`,
          fr: `${found.fr}; attendu : l’un de ces codes de type de ligne : ${RECORD_CHOICES}`,
        }),
      });
    }
    if (id === undefined || kind === undefined) continue;
    if (!groups.has(id)) groups.set(id, { id, rows: [] });
    groups.get(id)!.rows.push({ ...row, kind });
  }
  return [...groups.values()];
}

function single(ctx: Ctx, group: Group, kind: 'scenario' | 'employee'): CsvRow | undefined {
  const rows = group.rows.filter((r) => r.kind === kind);
  const what =
    kind === 'scenario'
      ? { en: 'its title and paydays', fr: 'son titre et ses jours de paye' }
      : {
          en: "the employee's province, TD1 claims and position",
          fr: 'la province, les demandes TD1 et le poste de l’employé',
        };
  if (rows.length === 0)
    ctx.errors.push({
      file: ctx.table.file,
      row: group.rows[0].row,
      column: 'record',
      ...said({
        en: `scenario "${group.id}" has no ${kind} row (record = ${kind}) with ${what.en}`,
        fr: `le scénario "${group.id}" n’a pas de ligne ${kind} (record = ${kind}) donnant ${what.fr}`,
      }),
    });
  for (const extra of rows.slice(1))
    ctx.errors.push({
      file: ctx.table.file,
      row: extra.row,
      column: 'record',
      ...said({
        en: `scenario "${group.id}" already has ${kind === 'employee' ? 'an' : 'a'} ${kind} row (row ${rows[0].row}); give it only one`,
        fr: `le scénario "${group.id}" a déjà une ligne ${kind} (ligne ${rows[0].row}); n’en donnez qu’une`,
      }),
    });
  return rows[0];
}

function addEvents(ctx: Ctx, group: Group, json: Json): void {
  const events: Json[] = [];
  const revisions = new Map<string, Json>();
  for (const row of group.rows) {
    const fields = EVENT_FIELDS[row.kind];
    if (fields === undefined) continue;
    const id = row.cells.id ?? `row${row.row}`;
    const open = row.kind === 'rateRevision' ? revisions.get(id) : undefined;
    if (open) {
      addRate(ctx, row, open, events.indexOf(open));
      continue;
    }
    const event: Json = { kind: row.kind, id };
    const at = `events[${events.length}]`;
    ctx.sources.add(at, { row: row.row });
    fill(
      ctx,
      row,
      fields.filter(([f]) => !['classification', 'step', 'annualRate'].includes(f) || row.kind !== 'rateRevision'),
      event,
      at,
      row.cells.record ?? row.kind,
    );
    if (row.kind === 'rateRevision') {
      revisions.set(id, event);
      addRate(ctx, row, event, events.length);
    }
    events.push(event);
  }
  json.events = events;
}

/** A rate revision given as a table: each of its rows with classification, step and annual_rate adds one rate. */
function addRate(ctx: Ctx, row: CsvRow, event: Json, index: number): void {
  const { classification, step, annual_rate: annualRate } = row.cells;
  if (classification === undefined && step === undefined && annualRate === undefined) return;
  const rates = (event.rates ??= []) as Json[];
  const at = `events[${index}].rates[${rates.length}]`;
  const rate: Json = {};
  fill(
    ctx,
    { row: row.row, cells: pick(row.cells, ['classification', 'step', 'annual_rate']) },
    [
      ['classification', 'classification'],
      ['step', 'step'],
      ['annualRate', 'annual_rate'],
    ],
    rate,
    at,
    'rate revision',
  );
  ctx.sources.add(at, { row: row.row });
  rates.push(rate);
}

function pick(cells: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => cells[k] !== undefined).map((k) => [k, cells[k]]));
}

function buildScenario(ctx: Ctx, group: Group): Json {
  const json: Json = { id: group.id };
  ctx.sources.add('id', { row: group.rows[0].row, column: 'scenario' });
  const scenarioRow = single(ctx, group, 'scenario');
  const employeeRow = single(ctx, group, 'employee');
  if (scenarioRow) {
    ctx.sources.add('', { row: scenarioRow.row });
    fill(ctx, scenarioRow, SCENARIO_FIELDS, json, '', 'scenario');
  }
  if (employeeRow) {
    json.employee = {};
    ctx.sources.add('employee', { row: employeeRow.row });
    fill(ctx, employeeRow, EMPLOYEE_FIELDS, json.employee as Json, 'employee', 'employee');
  }
  addEvents(ctx, group, json);
  json.expected = group.rows
    .filter((r) => r.kind === 'expected')
    .map((row, i) => {
      const line: Json = {};
      ctx.sources.add(`expected[${i}]`, { row: row.row });
      fill(ctx, row, EXPECTED_FIELDS, line, `expected[${i}]`, 'expected');
      return line;
    });
  return json;
}

/** Add how to fix what was typed, when the refused cell looks like a spreadsheet's reformatting. */
function withHint(error: LoadError, table: CsvTable): LoadError {
  const raw = error.column === undefined ? undefined : table.rows.find((r) => r.row === error.row)?.cells[error.column];
  const hint = cellHintWords(raw);
  if (hint === undefined) return error;
  return {
    ...error,
    message: `${error.message}. ${hint.en}`,
    messageFr: `${error.messageFr ?? error.message}. ${hint.fr}`,
  };
}

/**
 * Scenarios from one CSV file, through the same validator as JSON scenarios. All or nothing:
 * a file with any error loads no scenario, and every error names the row and column to fix.
 */
export function scenariosFromCsv(file: string, text: string): ScenarioFileResult {
  const read = readCsvTable(file, text, CSV_COLUMN_NAMES, CSV_REQUIRED_COLUMNS);
  if (!read.ok) return read;
  const errors: LoadError[] = [];
  const scenarios: Scenario[] = [];
  for (const group of groupRows(read.table, errors)) {
    const ctx: Ctx = { table: read.table, errors: [], sources: new SourceMap(file, group.id) };
    const json = buildScenario(ctx, group);
    errors.push(...ctx.errors);
    // Validated even when some cells were refused already, so every problem is reported in one round.
    const parsed = parseScenario(json);
    if (parsed.ok && ctx.errors.length === 0) scenarios.push(parsed.value);
    if (parsed.ok) continue;
    const refused = new Set(ctx.errors.map((e) => `${e.row}|${e.column}`));
    const lines = parsed.errors.map((en, i) => ({ en, fr: parsed.errorsFr?.[i] ?? en }));
    const located = lines.map((line) => withHint(ctx.sources.locate(line), read.table));
    // Beside cells refused already, only problems at a cell of their own: a missing row already said what is missing.
    const own = (e: LoadError) => e.column !== undefined && !refused.has(`${e.row}|${e.column}`);
    errors.push(...(ctx.errors.length === 0 ? located : located.filter(own)));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenarios };
}
