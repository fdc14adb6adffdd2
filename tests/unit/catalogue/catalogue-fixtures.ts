import * as path from 'node:path';

/** The failure families of ../shared/domain/phoenix-failure-modes.md, spelt as its table spells them. */
export const FAILURE_FAMILIES = [
  'late HR entries',
  'acting pay',
  'retroactive collective-agreement pay',
  'leave without pay',
  'termination and departures',
  'overpayment recovery',
  'new hires and transfers',
  'statutory maximums',
  'allowances and premiums',
] as const;

export const CATALOGUE = path.resolve(__dirname, '../../../test-payrolls');

/**
 * Counterexamples the fuzzer saves (src/fuzz, into test-payrolls/regressions/) are catalogue
 * scenarios too: they must validate and be paid by the reference, but they are not the
 * hand-written catalogue whose families and descriptions these tests hold to the issue.
 */
export function isFuzzRegression(file: string): boolean {
  return file.split(/[\\/]/).includes('regressions');
}
