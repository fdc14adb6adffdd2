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

/** JSON text to a value, or the syntax error in plain words. */
export function parseJsonText(text: string, root: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [`${root}: this is not valid JSON (${why})`] };
  }
}
