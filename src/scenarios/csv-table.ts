import { parse } from 'csv-parse/sync';
import type { LoadError } from './load-error';

/** One data row of a CSV file, with its spreadsheet row number and its cells by column name. */
export interface CsvRow {
  row: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  file: string;
  columns: string[];
  rows: CsvRow[];
  /** True for a semicolon-delimited file (French-locale spreadsheets), where amounts use a decimal comma. */
  decimalComma: boolean;
}

export type CsvTableResult = { ok: true; table: CsvTable } | { ok: false; errors: LoadError[] };

const SEMICOLON_HINT =
  'To save it the standard way: in LibreOffice choose File > Save As, "Text CSV", field delimiter ","; ' +
  'in Excel choose "CSV UTF-8 (Comma delimited)".';

function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return (end === -1 ? text : text.slice(0, end)).replace(/^\uFEFF/, '');
}

/** A French-locale spreadsheet saves "a;b;c" with decimal commas: detect it from the header line. */
function detectDelimiter(header: string): ',' | ';' {
  const commas = (header.match(/,/g) ?? []).length;
  const semicolons = (header.match(/;/g) ?? []).length;
  return semicolons > commas ? ';' : ',';
}

function parseRecords(file: string, text: string, delimiter: string): { records: string[][]; lines: number[] } | LoadError {
  try {
    const parsed = parse(text, {
      bom: true, delimiter, relax_column_count: false, skip_empty_lines: true, info: true, trim: false,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return { records: parsed.map((p) => p.record), lines: parsed.map((p) => p.info.lines) };
  } catch (err) {
    const e = err as { message: string; lines?: number; code?: string };
    const reason = e.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH'
      ? 'this row has a different number of cells than the header (a stray delimiter, or a cell with a comma that is not in quotes)'
      : e.message;
    return { file, row: e.lines, message: reason };
  }
}

function checkHeader(file: string, header: string[], known: readonly string[], required: readonly string[]): LoadError[] {
  const errors: LoadError[] = [];
  const seen = new Set<string>();
  header.forEach((name) => {
    if (!known.includes(name)) {
      errors.push({ file, row: 1, column: name, message: `unknown column "${name}"; the known columns are: ${known.join(', ')}` });
    }
    if (seen.has(name)) errors.push({ file, row: 1, column: name, message: `column "${name}" appears twice` });
    seen.add(name);
  });
  for (const name of required) {
    if (!seen.has(name)) errors.push({ file, row: 1, message: `the header has no "${name}" column; the known columns are: ${known.join(', ')}` });
  }
  return errors;
}

/**
 * Read a CSV file's text into rows of named cells. Accepts a UTF-8 byte-order mark, CRLF
 * line ends, blank lines and quoted fields with commas or line breaks; checks the header
 * against the known columns. Cells are trimmed; empty cells are left out of `cells`.
 */
export function readCsvTable(file: string, text: string, known: readonly string[], required: readonly string[]): CsvTableResult {
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, errors: [{ file, message: 'the file is empty; it needs a header row and at least one data row' }] };
  const delimiter = detectDelimiter(firstLine(text));
  const parsed = parseRecords(file, text, delimiter);
  if (!('records' in parsed)) {
    const hint = delimiter === ';' ? ` (read as semicolon-delimited). ${SEMICOLON_HINT}` : '';
    return { ok: false, errors: [{ ...parsed, message: parsed.message + hint }] };
  }
  const [headerCells, ...data] = parsed.records;
  const header = headerCells.map((h) => h.trim().toLowerCase());
  const headerErrors = checkHeader(file, header, known, required);
  if (headerErrors.length > 0) return { ok: false, errors: headerErrors };
  const rows = data.map((record, i) => {
    const cells: Record<string, string> = {};
    record.forEach((value, c) => {
      const v = value.trim();
      if (v !== '') cells[header[c]] = v;
    });
    return { row: parsed.lines[i + 1], cells };
  }).filter((r) => Object.keys(r.cells).length > 0);
  return { ok: true, table: { file, columns: header, rows, decimalComma: delimiter === ';' } };
}
