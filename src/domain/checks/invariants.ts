import type { ProvinceCode } from '../reference/deductions/deductions.types';
import type { Statement } from '../scenario';
import { annualMaxima } from './annual-maxima';
import type { InvariantName, Violation } from './finding.types';
import { grossEqualsEarnings, netEqualsGrossMinusDeductions, wholeCents } from './statement-invariants';

/** Every invariant, with the plain sentence reports print next to its name. */
export const INVARIANTS: Readonly<Record<InvariantName, string>> = {
  'net-equals-gross-minus-deductions': 'Net pay equals gross pay minus every deduction line.',
  'gross-equals-sum-of-earnings': 'Gross pay equals the sum of the earning lines.',
  'whole-cents': 'Every amount is a whole number of cents.',
  'annual-maximum':
    "CPP, CPP2, QPP, QPP2, EI and QPIP withheld in a calendar year never exceed the year's maximum (T4127).",
  'same-answer-twice': 'The same request sent twice gets the same statements.',
};

export interface InvariantInput {
  scenarioId: string;
  /** The supplier's statements for one scenario (one person). */
  statements: readonly Statement[];
  /** The person's province, for the Quebec EI maximum; see annualMaximum. */
  province?: ProvinceCode;
}

export interface InvariantOutcome {
  violations: Violation[];
  /** Invariants that could not be judged and why (e.g. no rules edition for a year). */
  notChecked: string[];
}

/**
 * The invariants that need only the supplier's own output (determinism needs a second call:
 * same-answer.ts). Statement by statement in payday order, then the annual maxima.
 */
export function checkInvariants(input: InvariantInput): InvariantOutcome {
  const ordered = [...input.statements].sort((a, b) => (a.payday < b.payday ? -1 : a.payday > b.payday ? 1 : 0));
  const perStatement = ordered.flatMap((s) => [
    ...wholeCents(input.scenarioId, s),
    ...grossEqualsEarnings(input.scenarioId, s),
    ...netEqualsGrossMinusDeductions(input.scenarioId, s),
  ]);
  const annual = annualMaxima(input);
  return { violations: [...perStatement, ...annual.violations], notChecked: annual.notChecked };
}
