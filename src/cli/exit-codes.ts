import type { ErrorCode } from '../domain/errors';

/**
 * One table from error codes to process exit codes (the HTTP filter has its own table).
 * 0 success; 1 the command ran and found problems (e.g. invalid scenarios); 2 bad input on
 * the command line or in a file; 3 something asked for is not supported; 4 a supplier
 * failed; 70 an internal error (a bug: please report it).
 */
export const EXIT = { ok: 0, findings: 1, usage: 2, unsupported: 3, vendor: 4, config: 78, internal: 70 } as const;

const BY_CODE: Record<ErrorCode, number> = {
  INVALID_INPUT: EXIT.usage,
  UNKNOWN_PROVINCE: EXIT.usage,
  NO_RULES_EDITION: EXIT.usage,
  NOT_FOUND: EXIT.usage,
  UNSUPPORTED: EXIT.unsupported,
  FORBIDDEN: EXIT.usage,
  UNAUTHENTICATED: EXIT.usage,
  CONFLICT: EXIT.usage,
  VENDOR_FAILURE: EXIT.vendor,
  CONFIG: EXIT.config,
};

export function exitCodeFor(code: ErrorCode): number {
  return BY_CODE[code];
}
