import { invalidInput } from '../errors';

/** A validation outcome: the value, or every problem found as `path: message` lines. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** The value, or INVALID_INPUT carrying the lines in `details.errors`. */
export function unwrap<T>(result: ParseResult<T>, what: string): T {
  if (result.ok) return result.value;
  const n = result.errors.length;
  throw invalidInput(`${what} is not valid (${n} problem${n === 1 ? '' : 's'}):\n${result.errors.join('\n')}`, {
    errors: result.errors,
  });
}

/** JSON text to a value, or the syntax error in plain words, with the line and column where it is. */
export function parseJsonText(text: string, root: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, errors: [`${root}: ${jsonSyntaxError(text, e)}`] };
  }
}

/**
 * "this is not valid JSON at line 3, column 14 (Expected ',' …)": V8 gives a character
 * position; an editor shows lines and columns.
 */
export function jsonSyntaxError(text: string, e: unknown): string {
  const why = e instanceof Error ? e.message : String(e);
  const at = /at position (\d+)/.exec(why);
  // "Unexpected end of JSON input": the problem is where the text stops.
  const position = at ? Number(at[1]) : /Unexpected end/.test(why) ? text.trimEnd().length : undefined;
  if (position === undefined) return `this is not valid JSON (${why})`;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `this is not valid JSON at line ${line}, column ${column} (${why.replace(/ in JSON at position \d+.*$/s, '')})`;
}
