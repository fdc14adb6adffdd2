import { parse } from 'csv-parse/sync';
import { isPayday, periodOfPayday } from '../../domain/calendar';
import { mapLineCode, type LineCodeMap } from '../../vendors/protocol';
import type { CsvRegistersConfig, RegisterColumns } from '../exchange-config';
import type { FileRead } from './candidate';
import type { ImportProblem } from './import-problem';
import { amountCell, codeCell, dateCell, decimalCell, employeeIdCell, type Cell } from './register-cells';
import { group, type Field, type RegisterRow } from './register-statements';
import { LINE_CODE_LIST } from '../../domain/scenario';
import { say } from '../../submissions/reader-text';
import { words } from './import-problem';

/**
 * A supplier's CSV pay register, in the layout its manifest declares (transport.registers):
 * one row per pay line, plus a gross row and a net row per statement. Rows of one employee
 * and payday make one statement, in the protocol's JSON form with the supplier's own codes, so
 * it is then checked and judged exactly as a live answer. Every problem names the row (the
 * header is row 1) and the column by its header name.
 */
export interface RegisterInput {
  file: string;
  text: string;
  registers: CsvRegistersConfig;
  lineCodes: LineCodeMap;
}

type Row = RegisterRow;

export function readCsvRegister(input: RegisterInput): FileRead {
  const { file, text, registers } = input;
  const problems: ImportProblem[] = [];
  const bad = encodingProblem(text);
  if (bad) return { candidates: [], declines: [], problems: [{ file, ...bad }] };
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { bom: true, delimiter: registers.delimiter, skip_empty_lines: true, info: true }) as never;
  } catch (err) {
    // csv-parse's own words, kept as they are in English; said so in French.
    const e = err as { message: string; lines?: number };
    const messageFr = words('import.file.csv', { reason: e.message }).messageFr;
    return { candidates: [], declines: [], problems: [{ file, row: e.lines, message: e.message, messageFr }] };
  }
  if (records.length === 0)
    return { candidates: [], declines: [], problems: [{ file, ...words('import.file.empty') }] };
  const header = records[0].record.map((h) => h.trim());
  const index = columnIndex(header, registers.columns);
  if ('missing' in index)
    return { candidates: [], declines: [], problems: index.missing.map((m) => ({ file, row: 1, ...m })) };
  const rows: Row[] = [];
  for (const { record, info } of records.slice(1)) {
    const row = readRow({ record, row: info.lines, index, input });
    if ('problems' in row) problems.push(...row.problems.map((p) => ({ file, ...p })));
    else rows.push(row);
  }
  const grouped = group(rows, registers, file);
  return { candidates: grouped.candidates, declines: [], problems: [...problems, ...grouped.problems] };
}

function encodingProblem(text: string): Omit<ImportProblem, 'file'> | undefined {
  const nul = text.indexOf('\u0000');
  const at = nul !== -1 ? nul : text.indexOf('\uFFFD');
  if (at === -1) return undefined;
  return {
    row: text.slice(0, at).split('\n').length,
    ...words('import.file.encoding'),
  };
}

type Index = Partial<Record<Field, number>>;

function columnIndex(
  header: string[],
  columns: RegisterColumns,
): Index | { missing: Array<Omit<ImportProblem, 'file'>> } {
  const index: Index = {};
  const missing: Array<Omit<ImportProblem, 'file'>> = [];
  for (const [field, name] of Object.entries(columns) as Array<[Field, string | undefined]>) {
    if (name === undefined) continue;
    const at = header.indexOf(name);
    if (at === -1)
      missing.push({
        column: name,
        ...words('import.file.noColumn', { name, field, header: header.join(', ') }),
      });
    else index[field] = at;
  }
  return missing.length > 0 ? { missing } : index;
}

interface RowInput {
  record: string[];
  row: number;
  index: Index;
  input: RegisterInput;
}

function readRow({ record, row, index, input }: RowInput): Row | { problems: Array<Omit<ImportProblem, 'file'>> } {
  const { registers: r, lineCodes } = input;
  const problems: Array<Omit<ImportProblem, 'file'>> = [];
  const text = (field: Field) => (index[field] === undefined ? undefined : (record[index[field]] ?? '').trim());
  const read = <T>(field: Field, reader: (t: string) => Cell<T>): T | undefined => {
    const t = text(field);
    if (t === undefined) return undefined;
    const cell = reader(t);
    if (cell.ok) return cell.value;
    problems.push({ row, column: r.columns[field], message: cell.message, messageFr: cell.messageFr });
    return undefined;
  };
  const employeeId = read('employeeId', employeeIdCell);
  const payday = read('payday', (t) => paydayCell(t, r));
  const code = read('lineCode', codeCell);
  const amount = read('amount', (t) => amountCell(t, r));
  const isTotal = code === r.totals.gross || code === r.totals.net;
  if (code !== undefined && !isTotal) {
    const mapped = mapLineCode(code, lineCodes);
    if (!mapped.ok) problems.push({ row, column: r.columns.lineCode, ...notALineCode(code, input) });
  }
  if (isTotal) {
    if (problems.length > 0) return { problems };
    return { row, employeeId: employeeId!, payday: payday!, code: code, amount: amount! };
  }
  const start = read('periodStart', (t) => dateCell(t, r));
  const end = read('periodEnd', (t) => dateCell(t, r));
  const hours = optional(text('hours'), (t) => read('hours', () => decimalCell(t, r, true)));
  const rate = optional(text('rate'), (t) => read('rate', () => decimalCell(t, r, false)));
  const description = text('description') || `supplier code ${code ?? ''}`;
  if (problems.length > 0) return { problems };
  const own = periodOfPayday(payday!);
  const forPeriod = start === own.start && end === own.end ? undefined : { start: start!, end: end! };
  const line = {
    code: code!,
    amount: amount!,
    description,
    ...(forPeriod && { forPeriod }),
    ...(hours !== undefined && { hours }),
    ...(rate !== undefined && { rate }),
  };
  return { row, employeeId: employeeId!, payday: payday!, code: code!, amount: amount!, line };
}

/** A code that is neither a pay line code, one the manifest maps, nor a totals code (line-codes.ts's words, and the totals). */
function notALineCode(
  code: string,
  { lineCodes, registers: r }: RegisterInput,
): { message: string; messageFr: string } {
  const codes = [...lineCodes.keys()].join(', ');
  const hint =
    lineCodes.size > 0
      ? {
          en: say('en', 'import.cell.lineCodeMapped', { codes }),
          fr: say('fr', 'import.cell.lineCodeMapped', { codes }),
        }
      : { en: say('en', 'import.cell.lineCodeNone'), fr: say('fr', 'import.cell.lineCodeNone') };
  const known = LINE_CODE_LIST.join(', ');
  return words('import.cell.lineCode', { code, known, hint, gross: r.totals.gross, net: r.totals.net });
}

function optional<T>(text: string | undefined, read: (t: string) => T | undefined): T | undefined {
  return text === undefined || text === '' ? undefined : read(text);
}

function paydayCell(text: string, r: CsvRegistersConfig): Cell {
  const date = dateCell(text, r);
  if (!date.ok || isPayday(date.value)) return date;
  return { ok: false, ...words('import.cell.notPayday', { text, date: date.value }) };
}
