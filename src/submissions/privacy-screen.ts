import { parse } from 'csv-parse/sync';
import type { LoadError } from '../scenarios/load-error';

/**
 * Privacy screening of a volunteer's file: payproof must hold no personal information, so a
 * cell that looks like some is refused, named by file, row and column (or JSON path), and
 * never quoted back. What it looks for: a Social Insurance Number (9 digits, also written
 * 123 456 782 or 123-456-782, that pass the SIN check digit: the Luhn algorithm), an
 * e-mail address, and a North American telephone number (NANP: area code and exchange
 * start with 2-9).
 */
const SIN_LIKE = /(?<![\d.,])(\d{3})([ -]?)(\d{3})\2(\d{3})(?![\d.,])/g;
const EMAIL = /[^\s@,;"']+@[^\s@,;"']+\.[a-z]{2,}/i;
const PHONE = /(?<![\d.-])(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\)|[2-9]\d{2})[ .-]?[2-9]\d{2}[ .-]?\d{4}(?![\d.-])/;

/** The Luhn check the SIN uses (Employment and Social Development Canada, SIN validation). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((ch, i) => {
    let d = Number(ch) * (i % 2 === 1 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  });
  return sum % 10 === 0;
}

/** What personal information a cell seems to hold, as a sentence, or undefined. */
export function personalInformationIn(text: string): string | undefined {
  for (const m of text.matchAll(SIN_LIKE)) {
    if (passesLuhn(m[1] + m[3] + m[4]))
      return 'this looks like a Social Insurance Number (9 digits that pass the SIN check)';
  }
  if (EMAIL.test(text)) return 'this looks like an e-mail address';
  if (PHONE.test(text)) return 'this looks like a telephone number';
  return undefined;
}

const ADVICE = '; remove it: payproof must not hold personal information (use made-up ids such as E1)';

function screenCsv(file: string, text: string): LoadError[] {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const delimiter = (header.match(/;/g) ?? []).length > (header.match(/,/g) ?? []).length ? ';' : ',';
  let parsed: Array<{ record: string[]; info: { lines: number } }>;
  try {
    parsed = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }) as never;
  } catch {
    // Unreadable CSV: scan line by line so nothing personal slips through; the validator names the CSV problem.
    return text.split(/\r?\n/).flatMap((line, i) => {
      const found = personalInformationIn(line);
      return found ? [{ file, row: i + 1, message: found + ADVICE }] : [];
    });
  }
  const columns = parsed[0]?.record.map((c) => c.trim()) ?? [];
  return parsed.flatMap(({ record, info }) =>
    record.flatMap((cell, c) => {
      const found = personalInformationIn(cell);
      return found ? [{ file, row: info.lines, column: columns[c] || `column ${c + 1}`, message: found + ADVICE }] : [];
    }),
  );
}

function screenJson(file: string, value: unknown, at: string): LoadError[] {
  if (typeof value === 'string' || typeof value === 'number') {
    const found = personalInformationIn(String(value));
    return found ? [{ file, column: at || '(top level)', message: found + ADVICE }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => screenJson(file, item, `${at}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...screenJson(file, key, at ? `${at}.${key}` : key).map((e) => ({
        ...e,
        message: `the field name ${e.message}`,
      })),
      ...screenJson(file, item, at ? `${at}.${key}` : key),
    ]);
  }
  return [];
}

/** Every cell of the file that looks like personal information; JSON cells are named by their path. */
export function screenForPersonalInformation(file: string, text: string): LoadError[] {
  if (!file.toLowerCase().endsWith('.json')) return screenCsv(file, text);
  try {
    return screenJson(file, JSON.parse(text.replace(/^\uFEFF/, '')), '');
  } catch {
    return screenCsv(file, text);
  }
}
