/**
 * Whole-request error codes of payproof-vendor/1 (docs/vendor-protocol.md, "Errors"). A
 * supplier may send other codes matching the pattern; the harness treats any code the same
 * way (a 'vendor-error' failure for every employee of the request) and shows it in reports.
 */
export const ERROR_CODES = {
  'bad-request': 'the request is not JSON or does not follow the request schema',
  'unsupported-protocol': 'the request names a protocol version the supplier does not speak',
  'unsupported-type': 'the request has a type the supplier does not know',
  'too-many-employees': 'the request carries more employees than maxEmployeesPerRequest',
  internal: 'the supplier failed while working on the request',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
