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
}

export class PayproofError extends Error {
  readonly field?: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    options: ErrorOptions = {},
  ) {
    super(message);
    this.name = 'PayproofError';
    if (options.field !== undefined) this.field = options.field;
  }
}

export function invalidInput(message: string, details?: unknown): PayproofError {
  return new PayproofError('INVALID_INPUT', message, details);
}
