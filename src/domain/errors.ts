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

export class PayproofError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'PayproofError';
  }
}

export function invalidInput(message: string, details?: unknown): PayproofError {
  return new PayproofError('INVALID_INPUT', message, details);
}
