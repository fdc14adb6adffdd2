import { parse } from 'csv-parse/sync';
import { CsvParseError, encodingProblem, parseError, SAVE_AS } from './csv-problems';
import { columnLetter, columnName, detectDelimiter, firstLine } from './csv-text';
import { type LoadError, said } from './load-error';

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

function parseRecords(
  file: string,
  text: string,
  delimiter: string,
  relaxColumnCount = false,
): { records: string[][]; lines: number[] } | LoadError {
  try {
    const parsed = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: relaxColumnCount,
      skip_empty_lines: true,
      info: true,
      trim: false,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return { records: parsed.map((p) => p.record), lines: parsed.map((p) => p.info.lines) };
  } catch (err) {
    return parseError(file, text, delimiter, err as CsvParseError);
  }
}

function checkHeader(
  file: string,
  header: string[],
  known: readonly string[],
  required: readonly string[],
): LoadError[] {
  const errors: LoadError[] = [];
  const seen = new Set<string>();
  header.forEach((name) => {
    // A column with no name is what a spreadsheet leaves after cells to the right were touched: ignored unless a row fills it.
    if (name === '') return;
    if (!known.includes(name)) {
      errors.push({
        file,
        row: 1,
        column: name,
        ...said({
          en: `unknown column "${name}"; the known columns are: ${known.join(', ')}`,
          fr: `colonne inconnue "${name}"; les colonnes connues sont : ${known.join(', ')}`,
        }),
      });
    }
    if (seen.has(name))
      errors.push({
        file,
        row: 1,
        column: name,
        ...said({ en: `column "${name}" appears twice`, fr: `la colonne "${name}" figure deux fois` }),
      });
    seen.add(name);
  });
  for (const name of required) {
    if (!seen.has(name))
      errors.push({
        file,
        row: 1,
        ...said({
          en: `the header has no "${name}" column; the known columns are: ${known.join(', ')}`,
          fr: `l’en-tête n’a pas de colonne "${name}"; les colonnes connues sont : ${known.join(', ')}`,
        }),
      });
  }
  return errors;
}

/**
 * Read a CSV file's text into rows of named cells. Accepts a UTF-8 byte-order mark, CRLF
 * line ends, blank lines, quoted fields with commas or line breaks, semicolon-delimited files
 * (French-locale spreadsheets) and unnamed empty columns; refuses tab-delimited and non-UTF-8
 * text with how to save it; checks the header against the known columns. Cells are trimmed;
 * empty cells are left out of `cells`.
 */
export function readCsvTable(
  file: string,
  text: string,
  known: readonly string[],
  required: readonly string[],
): CsvTableResult {
  if (text.replace(/^\uFEFF/, '').trim() === '')
    return {
      ok: false,
      errors: [
        {
          file,
          ...said({
            en: 'the file is empty; it needs a header row and at least one data row',
            fr: 'le fichier est vide; il lui faut une ligne d’en-tête et au moins une ligne de données',
          }),
        },
      ],
    };
  const encoding = encodingProblem(file, text);
  if (encoding) return { ok: false, errors: [encoding] };
  const delimiter = detectDelimiter(firstLine(text));
  if (delimiter === '\t')
    return {
      ok: false,
      errors: [
        {
          file,
          row: 1,
          ...said({
            en: `the columns are separated by tabs (a "Text (Tab delimited)" file), not commas. ${SAVE_AS.en}`,
            fr: `les colonnes sont séparées par des tabulations (un fichier « Texte (séparateur : tabulation) »), pas par des virgules. ${SAVE_AS.fr}`,
          }),
        },
      ],
    };
  const parsed = parseRecords(file, text, delimiter);
  if (!('records' in parsed)) {
    // A title typed above the column names has fewer cells than the rows below: say where the names are.
    const loose = parseRecords(file, text, delimiter, true);
    const below = 'records' in loose ? titleAbove(file, loose, required) : undefined;
    if (below) return { ok: false, errors: below };
    const semi = delimiter === ';';
    const message = parsed.message + (semi ? ` (read as semicolon-delimited). ${SAVE_AS.en}` : '');
    const messageFr =
      (parsed.messageFr ?? parsed.message) +
      (semi ? ` (lu avec le point-virgule comme séparateur). ${SAVE_AS.fr}` : '');
    return { ok: false, errors: [{ ...parsed, message, messageFr }] };
  }
  const [headerCells, ...data] = parsed.records;
  const header = headerCells.map(columnName);
  const headerErrors = checkHeader(file, header, known, required);
  if (headerErrors.length > 0)
    return { ok: false, errors: headerBelow(file, data, parsed.lines, required) ?? headerErrors };
  const errors: LoadError[] = [];
  const rows = data
    .map((record, i) => {
      const row = parsed.lines[i + 1];
      const cells: Record<string, string> = {};
      record.forEach((value, c) => {
        const v = value.trim();
        if (v === '') return;
        if (header[c] === '')
          errors.push({
            file,
            row,
            column: columnLetter(c),
            ...said({
              en: `found "${v}" in a column with no name in the header row; name the column or move the value`,
              fr: `trouvé "${v}" dans une colonne sans nom dans la ligne d’en-tête; nommez la colonne ou déplacez la valeur`,
            }),
          });
        else cells[header[c]] = v;
      });
      return { row, cells };
    })
    .filter((r) => Object.keys(r.cells).length > 0);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, table: { file, columns: header.filter((h) => h !== ''), rows, decimalComma: delimiter === ';' } };
}

/** The header-below error, when row 1 lacks the required columns and a row just below has them. */
function titleAbove(
  file: string,
  loose: { records: string[][]; lines: number[] },
  required: readonly string[],
): LoadError[] | undefined {
  const [first, ...rest] = loose.records;
  if (required.every((name) => first.map(columnName).includes(name))) return undefined;
  return headerBelow(file, rest, loose.lines, required);
}

/** A title or blank-looking row typed above the column names: say where the names are instead of listing every column. */
function headerBelow(
  file: string,
  data: string[][],
  lines: number[],
  required: readonly string[],
): LoadError[] | undefined {
  const at = data.slice(0, 5).findIndex((record) => required.every((name) => record.map(columnName).includes(name)));
  if (at === -1) return undefined;
  return [
    {
      file,
      row: 1,
      ...said({
        en: `the column names must be in row 1, but they are in row ${lines[at + 1]}: delete the rows above them`,
        fr: `les noms de colonnes doivent être à la ligne 1, mais ils sont à la ligne ${lines[at + 1]} : supprimez les lignes au-dessus`,
      }),
    },
  ];
}
