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
