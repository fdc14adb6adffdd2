/**
 * What a spreadsheet commonly does to a cell that the validator then refuses, and how to
 * undo it. The validator says what was expected; these add how to get there from what was typed.
 */
const HINTS: ReadonlyArray<{ test: RegExp; hint: (raw: string) => string }> = [
  {
    test: /^-?\d+,\d{1,2}$/,
    hint: (raw) => `In this file decimals take a point: write ${raw.replace(',', '.')}.`,
  },
  {
    test: /^-?\d{1,3}(,\d{3})+(\.\d+)?$/,
    hint: (raw) => `Write it without the thousands separator: ${raw.replace(/,/g, '')}.`,
  },
  {
    test: /^-?[$€]\s*[\d.,]+$|^-?[\d.,]+\s*[$€]$/,
    hint: (raw) => `Write it without the currency sign: ${raw.replace(/[$€\s]/g, '')}.`,
  },
  {
    test: /^\d{1,4}[/.]\d{1,2}[/.]\d{1,4}$/,
    hint: () =>
      "Your spreadsheet may have changed the date's format: set the column's format to Text and type the date as YYYY-MM-DD.",
  },
];

/** A sentence on how to fix what was typed in a refused cell, or undefined when there is nothing to add. */
export function cellHint(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  return HINTS.find((h) => h.test.test(raw))?.hint(raw);
}

/** Spaces used to group thousands by French-locale spreadsheets ("1 027,84"), including no-break spaces. */
const GROUP_SEPARATOR = /(?<=\d)[ \u00a0\u202f](?=\d{3}(?:\D|$))/g;

/** A semicolon file's decimal written the standard way: "1 027,84" → "1027.84". Other text is left as typed. */
export function fromDecimalComma(raw: string): string {
  return raw.replace(GROUP_SEPARATOR, '').replace(/^(-?\d+),(\d+)$/, '$1.$2');
}
