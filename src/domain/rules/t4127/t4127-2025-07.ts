import { dec } from '../../money';
import { brackets, claimCodes } from './build';
import { edition2025, FEDERAL_2025_JAN } from './t4127-2025-01';
import type { Edition, FederalRules } from './t4127.types';

const LABEL = 'T4127 Jul 2025';
const lowestRate = dec('0.14');

/**
 * From July 1 2025 payroll withholds at a lowest federal rate of 14% (T4127 121st edition; the
 * 2025 annual rate is 14.5%, T4127 2026 "What's new"; CRA "Income tax rates and income
 * thresholds – Calculate payroll deductions": "from the first pay in July to the end of the year
 * a tax rate of 14% will apply"). The K constants are the January 2025 thresholds at 14%
 * ((R − 0.14) × threshold, summed); the same 3,729 / 10,041 / 15,377 / 25,514 appear in payroll
 * vendors' July 2025 federal tables built from the 121st edition (e.g. Atrieve Payroll, "2025
 * July Payroll Tax Changes"), and they reproduce PDOC July 2025 output.
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
    null,
    `${LABEL}, ch. 8, federal claim codes (0 and 1 only; K1 = 0.14 × TC)`,
  ),
  citation: `${LABEL}, ch. 8, table 8.1 (federal; K derived at 14%)`,
};

export const T4127_2025_07: Edition = edition2025('T4127-2025-07', LABEL, '2025-07-01', federal);
