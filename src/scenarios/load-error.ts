import type { Lang, Words } from '../domain/scenario';

/**
 * One problem found while loading a scenario file, located as a volunteer would look for it
 * in a spreadsheet: the file, the row (as the spreadsheet numbers it, the header being row 1)
 * and the column. The message is in English (`message`, what logs and machine readers have
 * always had) and in French (`messageFr`); the doors pick the reader's language.
 */
export interface LoadError {
  file: string;
  row?: number;
  column?: string;
  message: string;
  messageFr?: string;
}

/** A message in both languages, as LoadError fields. */
export const said = (words: Words): { message: string; messageFr: string } => ({
  message: words.en,
  messageFr: words.fr,
});

/** The message in the reader's language (English when no French was written). */
export const messageIn = (e: LoadError, lang: Lang): string => (lang === 'fr' ? (e.messageFr ?? e.message) : e.message);

/** "file, row 3, column "x": message" (English; one argument, so it maps over a list). */
export function formatLoadError(e: LoadError): string {
  return formatLoadErrorIn(e, 'en');
}

/** "file, ligne 3, colonne "x" : message" in the reader's language. */
export function formatLoadErrorIn(e: LoadError, lang: Lang): string {
  const fr = lang === 'fr';
  const where = [
    e.file,
    e.row !== undefined ? (fr ? `ligne ${e.row}` : `row ${e.row}`) : undefined,
    e.column !== undefined ? (fr ? `colonne "${e.column}"` : `column "${e.column}"`) : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}${fr ? ' : ' : ': '}${messageIn(e, lang)}`;
}
