/** Small facts about a CSV file's text, shared by the reader and its error messages. */

export function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return (end === -1 ? text : text.slice(0, end)).replace(/^\uFEFF/, '');
}

/** A French-locale spreadsheet saves "a;b;c" with decimal commas: detect it from the header line. */
export function detectDelimiter(header: string): ',' | ';' | '\t' {
  const count = (c: string) => header.split(c).length - 1;
  const [commas, semicolons, tabs] = [count(','), count(';'), count('\t')];
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

/** Header names as a volunteer may type them: "First payday", "first-payday" and "first_payday" are one column. */
export function columnName(typed: string): string {
  return typed
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The spreadsheet's letter for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
