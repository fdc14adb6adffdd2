/**
 * Every error payproof raises on purpose carries a string code. The HTTP layer maps codes to
 * status codes and the CLI maps them to exit codes (one table each); services never throw
 * transport-specific exceptions.
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_PROVINCE'
  | 'NO_RULES_EDITION'
  | 'UNSUPPORTED'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'VENDOR_FAILURE'
  | 'CONFIG';

export interface ErrorOptions {
  /**
   * The input the message is about, when the message does not name it itself: each door names
   * it in its own syntax (the CLI as the flag `--vendors`, HTTP as the field `vendors`), so no
   * door rewrites another's message.
   */
  field?: string;
  /**
   * The message as a catalogue key and its parameters (the reference's refusals, refusals.ts; the
   * services' errors, "error.*" keys), for doors that render it in their reader's language.
   */
  say?: { key: string; params: Record<string, SaidParam> };
}

/** A parameter of a said message: a value, or words already written in both languages. */
export type SaidParam = string | number | { en: string; fr: string };

export class PayproofError extends Error {
  readonly field?: string;
  readonly say?: ErrorOptions['say'];

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    options: ErrorOptions = {},
  ) {
    super(message);
    this.name = 'PayproofError';
    if (options.field !== undefined) this.field = options.field;
    if (options.say !== undefined) this.say = options.say;
  }
}

export function invalidInput(message: string, details?: unknown): PayproofError {
  return new PayproofError('INVALID_INPUT', message, details);
}
