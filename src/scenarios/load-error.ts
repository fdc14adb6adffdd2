/**
 * One problem found while loading a scenario file, located as a volunteer would look for it
 * in a spreadsheet: the file, the row (as the spreadsheet numbers it, the header being row 1)
 * and the column.
 */
export interface LoadError {
  file: string;
  row?: number;
  column?: string;
  message: string;
}

export function formatLoadError(e: LoadError): string {
  const where = [
    e.file,
    e.row !== undefined ? `row ${e.row}` : undefined,
    e.column !== undefined ? `column "${e.column}"` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${e.message}`;
}
