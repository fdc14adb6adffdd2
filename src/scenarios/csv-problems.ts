import { parse } from 'csv-parse/sync';
import { columnLetter, columnName, detectDelimiter, firstLine } from './csv-text';
import { type LoadError, said } from './load-error';

/** What can be wrong with a CSV file's text before any cell is read: its encoding, its quotes. */

/** How to save a file the standard way; menu names as the French versions of Excel and LibreOffice show them. */
export const SAVE_AS = {
  en:
    'To save it the standard way: in Excel choose File > Save As, "CSV UTF-8 (Comma delimited)"; ' +
    'in LibreOffice choose File > Save As, "Text CSV", character set "Unicode (UTF-8)", field delimiter ",".',
  fr:
    'Pour l’enregistrer de la façon habituelle : dans Excel, choisissez Fichier > Enregistrer sous, « CSV UTF-8 (délimité par des virgules) »; ' +
    'dans LibreOffice, choisissez Fichier > Enregistrer sous, « Texte CSV », jeu de caractères « Unicode (UTF-8) », séparateur de champ « , ».',
};

/**
 * Text that was not saved as UTF-8 CSV: UTF-16 ("Unicode Text") shows NUL characters once read
 * as UTF-8, and a Windows-1252 file (Excel's plain "CSV (Comma delimited)") shows U+FFFD where
 * its accented letters were. Reading on would silently garble names and descriptions. A few NUL
 * bytes in otherwise plain text are not UTF-16 but damage (a paste from another program, a
 * truncated download): they are reported where they are.
 */
export function encodingProblem(file: string, text: string): LoadError | undefined {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    if (looksLikeUtf16(text))
      return {
        file,
        ...said({
          en: `this file is not UTF-8 text (it looks like UTF-16, which Excel calls "Unicode Text"). ${SAVE_AS.en}`,
          fr: `ce fichier n’est pas du texte UTF-8 (il semble en UTF-16, ce qu’Excel appelle « Texte Unicode »). ${SAVE_AS.fr}`,
        }),
      };
    const { row, column } = placeOf(text, nul);
    return {
      file,
      row,
      column,
      ...said({
        en: `this cell holds a NUL byte (character code 0), which text never contains: the file was damaged or something was pasted from another program; delete the character, or retype the cell`,
        fr: `cette cellule contient un octet NUL (code de caractère 0), qu’un texte ne contient jamais : le fichier a été endommagé ou un contenu a été collé depuis un autre programme; supprimez le caractère ou retapez la cellule`,
      }),
    };
  }
  const bad = text.indexOf('\uFFFD');
  if (bad === -1) return undefined;
  const row = text.slice(0, bad).split('\n').length;
  return {
    file,
    row,
    ...said({
      en: `this row has characters that are not UTF-8 (accented letters such as é saved in another encoding). ${SAVE_AS.en}`,
      fr: `cette ligne contient des caractères qui ne sont pas en UTF-8 (des lettres accentuées comme é enregistrées dans un autre codage). ${SAVE_AS.fr}`,
    }),
  };
}

/** UTF-16 text read as UTF-8: a byte-order mark, or a NUL beside nearly every character. */
function looksLikeUtf16(text: string): boolean {
  if (text.startsWith('\uFFFD\uFFFD')) return true;
  const sample = text.slice(0, 4096);
  const nuls = sample.split('\u0000').length - 1;
  return nuls * 4 >= sample.length;
}

/** The spreadsheet row and column of a character of the file, quotes taken into account. */
function placeOf(text: string, index: number): { row: number; column: string } {
  const before = text.slice(0, index);
  const row = before.split('\n').length;
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const delimiter = detectDelimiter(firstLine(text));
  let cell = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) cell++;
  }
  return { row, column: cellName(text.replaceAll('\u0000', ''), delimiter, cell) };
}

/** What csv-parse's errors carry that we use (CsvError). */
export interface CsvParseError {
  message: string;
  code?: string;
  lines?: number;
  /** 0-based index of the cell in its row. */
  index?: number;
  record?: string[];
  /** Bytes of the text in complete rows before the one that failed. */
  bytes_records?: number;
}

/** csv-parse's error in the words of someone who edits CSV in a spreadsheet, with row and column. */
export function parseError(file: string, text: string, delimiter: string, e: CsvParseError): LoadError {
  const column = e.index === undefined ? undefined : cellName(text, delimiter, e.index);
  const at = { file, row: e.lines, ...(column !== undefined && { column }) };
  const quote = {
    en: 'to have a quote inside a cell, put the whole cell in quotes and double the quote, e.g. "He said ""yes"""',
    fr: 'pour mettre un guillemet dans une cellule, mettez toute la cellule entre guillemets et doublez le guillemet, p. ex. "Il a dit ""oui"""',
  };
  switch (e.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      const counts = /expect (\d+),/.exec(e.message);
      const sizes = e.record && counts ? ` (${e.record.length} cells; the header has ${counts[1]})` : '';
      const sizesFr = e.record && counts ? ` (${e.record.length} cellules; l’en-tête en a ${counts[1]})` : '';
      return {
        file,
        row: e.lines,
        ...said({
          en: `this row has a different number of cells than the header${sizes}: a stray or missing delimiter, or a cell with a comma that is not in quotes`,
          fr: `cette ligne n’a pas le même nombre de cellules que l’en-tête${sizesFr} : un séparateur en trop ou manquant, ou une cellule contenant une virgule sans guillemets`,
        }),
      };
    }
    case 'CSV_INVALID_CLOSING_QUOTE':
      return {
        ...at,
        ...said({
          en: `this cell has text after its closing quote; ${quote.en}`,
          fr: `cette cellule a du texte après son guillemet fermant; ${quote.fr}`,
        }),
      };
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
      return {
        ...at,
        ...said({
          en: `this cell has a quote in the middle of its text; ${quote.en}`,
          fr: `cette cellule a un guillemet au milieu de son texte; ${quote.fr}`,
        }),
      };
    case 'CSV_QUOTE_NOT_CLOSED': {
      // The row where the unclosed cell starts: the one after the last complete row.
      const row = text.slice(0, e.bytes_records ?? 0).split('\n').length;
      return {
        ...at,
        row,
        ...said({
          en: `this cell opens a quote that is never closed, so the rest of the file would be read as one cell; close the quote, or ${quote.en}`,
          fr: `cette cellule ouvre un guillemet qui n’est jamais fermé, de sorte que le reste du fichier serait lu comme une seule cellule; fermez le guillemet, ou ${quote.fr}`,
        }),
      };
    }
    default:
      return {
        file,
        row: e.lines,
        ...said({
          en: `this row cannot be read as CSV: ${e.message}`,
          fr: `cette ligne ne peut pas être lue comme du CSV : ${e.message}`,
        }),
      };
  }
}

/** A cell's column named as the header names it, or by its letter when the header has no name there. */
function cellName(text: string, delimiter: string, index: number): string {
  try {
    const rows: string[][] = parse(firstLine(text), { delimiter, bom: true });
    const header = rows[0];
    const name = header?.[index]?.trim();
    return name ? columnName(name) : columnLetter(index);
  } catch {
    return columnLetter(index);
  }
}
