/**
 * Spreadsheet safety for discrepancies.csv (OWASP "CSV Injection"): a cell that starts with
 * =, +, -, @, a tab or a carriage return can be run as a formula by Excel or LibreOffice.
 * Text cells get OWASP's fix, a leading single quote. Money cannot take that fix without
 * becoming unreadable as a number, so money columns never hold a leading minus: a negative
 * amount is written in accounting notation, "(20.00)", which spreadsheets read as -20.00 and
 * which cannot start a formula; a positive amount is plain "20.00".
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const MONEY = /^-?\d+\.\d{2}$/;

export function safeText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** "-20.00" → "(20.00)", "20.00" → "20.00", absent → ""; anything that is not money is refused. */
export function safeMoney(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (!MONEY.test(value)) throw new Error(`not a money amount: ${JSON.stringify(value)}`);
  return value.startsWith('-') ? `(${value.slice(1)})` : value;
}

export function startsFormula(cell: string): boolean {
  return FORMULA_START.test(cell);
}
