import { said } from '../../audit/said';
import type { Lang } from '../../submissions/reader-text';

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
  /** The same in French (issue 19); a message with none is shown in English. */
  messageFr?: string;
}

/** A problem's message in both languages, from the catalogues' "import.*" keys (audit/said.ts). */
export function words(
  key: Parameters<typeof said>[0],
  params: Parameters<typeof said>[1] = {},
): { message: string; messageFr: string } {
  const s = said(key, params);
  return { message: s.en, messageFr: s.fr };
}

/** "file, row 3, column "x": message" (English; one argument, so it maps over a list). */
export function formatProblem(p: ImportProblem): string {
  return formatProblemIn(p, 'en');
}

/** The same in the reader's language: "file, ligne 3, colonne « x » : message". */
export function formatProblemIn(p: ImportProblem, lang: Lang): string {
  const fr = lang === 'fr';
  const where = [
    p.file,
    p.row !== undefined
      ? p.char !== undefined
        ? `${fr ? 'ligne' : 'line'} ${p.row}, ${fr ? 'colonne' : 'column'} ${p.char}`
        : `${fr ? 'ligne' : 'row'} ${p.row}`
      : undefined,
    p.column !== undefined ? (fr ? `colonne « ${p.column} »` : `column "${p.column}"`) : undefined,
    p.path,
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
  return fr ? `${where} : ${p.messageFr ?? p.message}` : `${where}: ${p.message}`;
}
