import { dec } from '../../money';
import { brackets } from './build';
import type { QuebecRules } from './t4127.types';

/**
 * Quebec income tax at source, Revenu Québec's "Formulas to Calculate Source Deductions and
 * Contributions" (TP-1015.F-V), one guide a year (no mid-year 2025 guide). Figures from its
 * "Principal changes" tables (p. 5: T, thresholds, K, basic amount; p. 6: deduction for workers,
 * lump sums) and s. 2.1.1 steps 1–3. The guide's PDF could not be opened here: the figures are
 * those that reproduce its own Appendix 1 examples to the cent (2025 and 2026) and Revenu
 * Québec's WebRAS on two 2026 pays (tests/unit/deductions/quebec.spec.ts says which).
 */
function quebec(
  year: number,
  rows: ReadonlyArray<readonly [string, string, string]>,
  basic: string,
  workersMax: string,
): QuebecRules {
  return {
    brackets: brackets(rows),
    creditRate: dec('0.14'),
    basicAmount: dec(basic),
    workersDeduction: { rate: dec('0.06'), max: dec(workersMax) },
    // s. 2.1.2 note: annual pay with the lump sum at most the basic amount: withhold 7% of it.
    lumpSum: { threshold: dec(basic), rate: dec('0.07') },
    citation: `Revenu Québec TP-1015.F-V (${year}-01), s. 2.1`,
  };
}

export const QUEBEC_2025: QuebecRules = quebec(
  2025,
  [
    ['0', '0.14', '0'],
    ['53255', '0.19', '2662'],
    ['106495', '0.24', '7987'],
    ['129590', '0.2575', '10255'],
  ],
  '18571',
  '1420',
);

export const QUEBEC_2026: QuebecRules = quebec(
  2026,
  [
    ['0', '0.14', '0'],
    ['54345', '0.19', '2717'],
    ['108680', '0.24', '8151'],
    ['132245', '0.2575', '10465'],
  ],
  '18952',
  '1450',
);
