import { parse } from 'csv-parse/sync';
import type { LoadError } from '../scenarios/load-error';
import { identifierIn, type PiiKind } from './pii-patterns';
import { type Lang, say } from './reader-text';

/**
 * Privacy screening of a scenario file: payproof must hold no personal information, so a
 * file whose name or any cell looks like an identifier (pii-patterns.ts) is refused, and each
 * problem is named by where it is (file, row, column or JSON path) and by what it looks like,
 * never by what it holds. What is refused is never stored, not even inside an error: a header
 * cell that holds an identifier is named by its column letter, a JSON key by its position, and
 * a file name that holds one is replaced by a neutral name in every error.
 */
export interface PrivacyError extends LoadError {
  code: 'PERSONAL_INFORMATION';
  /** What the refused text looks like; pages word it in the reader's language. */
  kind: PiiKind;
  /** True when it is the file's name, not its content, that holds the identifier. */
  inFileName?: boolean;
}

/** The refusal in words: "this looks like a Social Insurance Number (…); remove it: …" (the catalogues' privacy.* keys). */
export function privacyMessage(kind: PiiKind, inFileName = false, lang: Lang = 'en'): string {
  const what = say(lang, `privacy.kind.${kind}`);
  return say(lang, inFileName ? 'privacy.fileName' : 'privacy.cell', { what });
}

function refusal(at: Omit<LoadError, 'message'>, kind: PiiKind): PrivacyError {
  return { ...at, code: 'PERSONAL_INFORMATION', kind, message: privacyMessage(kind) };
}

/** A spreadsheet's name for the n-th column (0 → A, 26 → AA): language-neutral, and never the header's text. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

type Parsed = Array<{ record: string[]; info: { lines: number } }>;

function parseCells(text: string): Parsed | undefined {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const delimiter = (header.match(/;/g) ?? []).length > (header.match(/,/g) ?? []).length ? ';' : ',';
  try {
    return parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as Parsed;
  } catch {
    return undefined;
  }
}

function screenCsv(file: string, text: string): PrivacyError[] {
  const parsed = parseCells(text);
  if (parsed === undefined) {
    // Unreadable CSV: scan line by line so nothing personal slips through; the validator names the CSV problem.
    return text.split(/\r?\n/).flatMap((line, i) => {
      const kind = identifierIn(line);
      return kind ? [refusal({ file, row: i + 1 }, kind)] : [];
    });
  }
  const header = parsed[0]?.record ?? [];
  const name = (c: number) => {
    const cell = header[c]?.trim() ?? '';
    return cell === '' || identifierIn(cell) !== undefined ? columnLetter(c) : cell;
  };
  return parsed.flatMap(({ record, info }) =>
    record.flatMap((cell, c) => {
      const kind = identifierIn(cell);
      return kind ? [refusal({ file, row: info.lines, column: name(c) }, kind)] : [];
    }),
  );
}

function screenJson(file: string, value: unknown, at: string): PrivacyError[] {
  if (typeof value === 'string' || typeof value === 'number') {
    const kind = identifierIn(String(value));
    return kind ? [refusal({ file, column: at || '(top level)' }, kind)] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => screenJson(file, item, `${at}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item], i) => {
    const keyKind = identifierIn(key);
    // A key that holds an identifier is named by its position, so the path never repeats it.
    const path = `${at}${at ? '.' : ''}${keyKind ? `#${i + 1}` : key}`;
    const own = keyKind ? [refusal({ file, column: path }, keyKind)] : [];
    return [...own, ...screenJson(file, item, path)];
  });
}

/** The file's own name (its last path segment, without extension) screened like a cell. */
export function screenFileName(file: string): PrivacyError[] {
  const base = (file.split(/[\\/]/).pop() ?? '').replace(/\.(csv|json)$/i, '');
  const kind = identifierIn(base);
  return kind === undefined
    ? []
    : [{ file, code: 'PERSONAL_INFORMATION', kind, inFileName: true, message: privacyMessage(kind, true) }];
}

/**
 * Every place in a scenario file, its name included, that looks like personal information;
 * CSV cells are named by row and column, JSON values by their path. The one screen for
 * volunteer uploads, `payproof scenarios validate` and the catalogue of an evaluation.
 */
export function screenForPersonalInformation(file: string, text: string): PrivacyError[] {
  const name = screenFileName(file);
  if (!file.toLowerCase().endsWith('.json')) return [...name, ...screenCsv(file, text)];
  try {
    return [...name, ...screenJson(file, JSON.parse(text.replace(/^\uFEFF/, '')), '')];
  } catch {
    return [...name, ...screenCsv(file, text)];
  }
}

/**
 * The same problems, safe to store or show anywhere: when the file's name is refused, every
 * problem names the file by a neutral name (upload.csv) instead.
 */
export function withheldName(errors: readonly PrivacyError[], file: string): PrivacyError[] {
  if (!errors.some((e) => e.inFileName)) return [...errors];
  const neutral = `upload.${/\.json$/i.test(file) ? 'json' : 'csv'}`;
  return errors.map((e) => ({ ...e, file: neutral }));
}
