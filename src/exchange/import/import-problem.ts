/**
 * One problem in a supplier's returned files, located as the supplier would look for it: the
 * file (as named inside the folder or zip), then the row and column of a CSV register (the
 * header is row 1; the column by its header name), or the line, column and JSON path of a
 * JSON answer.
 */
export interface ImportProblem {
  file: string;
  row?: number;
  column?: string;
  /** JSON answers: the character column on `row` (1-based). */
  char?: number;
  /** JSON answers: where in the answer, e.g. results[0].statements[1].lines[3].amount. */
  path?: string;
  message: string;
}

export function formatProblem(p: ImportProblem): string {
  const where = [
    p.file,
    p.row !== undefined ? (p.char !== undefined ? `line ${p.row}, column ${p.char}` : `row ${p.row}`) : undefined,
    p.column !== undefined ? `column "${p.column}"` : undefined,
    p.path,
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
  return `${where}: ${p.message}`;
}
