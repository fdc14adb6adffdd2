import { invalidInput } from '../errors';
import { formatIssueWords, type Issue } from './messages';
import type { z } from 'zod';

/**
 * A validation outcome: the value, or every problem found as `path: message` lines, in English
 * (`errors`, what machine readers and logs have always had) and in French (`errorsFr`, the same
 * lines in the same order).
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[]; errorsFr?: string[] };

/** The failure for these issues, in both languages. */
export function failure(
  issues: readonly (z.core.$ZodIssue | Issue)[],
  root: string,
): { ok: false; errors: string[]; errorsFr: string[] } {
  const lines = formatIssueWords(issues, root);
  return { ok: false, errors: lines.map((l) => l.en), errorsFr: lines.map((l) => l.fr) };
}

/** The value, or INVALID_INPUT carrying the lines in `details.errors` (and `details.errorsFr`). */
export function unwrap<T>(result: ParseResult<T>, what: string): T {
  if (result.ok) return result.value;
  const n = result.errors.length;
  throw invalidInput(`${what} is not valid (${n} problem${n === 1 ? '' : 's'}):\n${result.errors.join('\n')}`, {
    errors: result.errors,
    ...(result.errorsFr ? { errorsFr: result.errorsFr } : {}),
  });
}

/** JSON text to a value, or the syntax error in plain words, with the line and column where it is. */
export function parseJsonText(text: string, root: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return {
      ok: false,
      errors: [`${root}: ${jsonSyntaxError(text, e)}`],
      errorsFr: [`${root} : ${jsonSyntaxError(text, e, 'fr')}`],
    };
  }
}

/**
 * "this is not valid JSON at line 3, column 14 (Expected ',' …)": V8 gives a character
 * position; an editor shows lines and columns.
 */
export function jsonSyntaxError(text: string, e: unknown, lang: 'en' | 'fr' = 'en'): string {
  const why = e instanceof Error ? e.message : String(e);
  const at = /at position (\d+)/.exec(why);
  // "Unexpected end of JSON input": the problem is where the text stops.
  const position = at ? Number(at[1]) : /Unexpected end/.test(why) ? text.trimEnd().length : undefined;
  const fr = lang === 'fr';
  if (position === undefined)
    return fr ? `ce texte n’est pas du JSON valide (${why})` : `this is not valid JSON (${why})`;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  // V8's own reason stays as it wrote it (English), in parentheses.
  const reason = why.replace(/ in JSON at position \d+.*$/s, '');
  return fr
    ? `ce texte n’est pas du JSON valide à la ligne ${line}, colonne ${column} (${reason})`
    : `this is not valid JSON at line ${line}, column ${column} (${reason})`;
}
