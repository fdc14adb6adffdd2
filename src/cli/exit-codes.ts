import type { ErrorCode } from '../domain/errors';

/**
 * One table from error codes to process exit codes (the HTTP filter has its own table); the
 * README's "Exit codes" table says the same, and tests/unit/cli/exit-codes.spec.ts keeps them
 * equal. 0 success; 1 the command ran and found problems (invalid scenarios, defects found);
 * 2 bad input named by the user: a flag, an argument, a file, an id such as `--vendors nobody`;
 * 3 something asked for is not supported; 4 a supplier failed; 5 `evaluate`'s run waits for an
 * exchange supplier's answers (awaiting-supplier: resume it after the next import); 70 an internal error (a bug:
 * please report it); 78 a configuration problem outside the command line (the vendors/ folder,
 * a vendor.json, a PAYPROOF_* environment variable), as sysexits.h's EX_CONFIG.
 */
export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  unsupported: 3,
  vendor: 4,
  /** `evaluate`: the run waits for an exchange supplier's answers (status awaiting-supplier). */
  awaiting: 5,
  config: 78,
  internal: 70,
} as const;

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
