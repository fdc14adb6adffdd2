import { dec } from '../../money';
import { brackets, claimCodes } from './build';
import { PROVINCES_2025_07 } from './provinces-2025-07';
import { edition2025, FEDERAL_2025_JAN, FEDERAL_CODE_WIDTH_2025 } from './t4127-2025-01';
import type { Edition, FederalRules } from './t4127.types';

const LABEL = 'T4127 Jul 2025';
const lowestRate = dec('0.14');

/**
 * From July 1 2025 payroll withholds at a prorated lowest federal rate of 14% (T4127 Jul 2025,
 * 121st edition, "What's new" p. 4: the 2025 annual rate is 14.5%). R and K as printed in its
 * table 8.1 (p. 18): K 3,729 / 10,041 / 15,377 / 25,514; claim codes table 8.9 (p. 19), K1 = 0.14 × TC.
 */
const federal: FederalRules = {
  ...FEDERAL_2025_JAN,
  brackets: brackets([
    ['0', '0.14', '0'],
    ['57375', '0.205', '3729'],
    ['114750', '0.26', '10041'],
    ['177882', '0.29', '15377'],
    ['253414', '0.33', '25514'],
  ]),
  lowestRate,
  claimCodes: claimCodes(
    lowestRate,
    FEDERAL_2025_JAN.bpa.max,
    FEDERAL_CODE_WIDTH_2025,
    `${LABEL}, table 8.9 p. 19 (federal claim codes at 14%)`,
  ),
  citation: `${LABEL}, table 8.1 p. 18 (federal)`,
};

export const T4127_2025_07: Edition = edition2025('T4127-2025-07', LABEL, '2025-07-01', {
  federal,
  provinces: PROVINCES_2025_07,
});
