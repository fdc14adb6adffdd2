import type { IsoDate, PayPeriod } from '../calendar';
import type { Money } from '../money';
import type { TraceStep } from '../reference/trace';
import type { LineCode } from '../scenario';

/**
 * What the comparison of one supplier's statements with the reference can find. The kinds
 * match the persisted finding kinds (src/persistence/entities/finding.entity.ts):
 * - different: both sides have the line, amounts differ beyond tolerance;
 * - missing: the reference has a non-zero line, the supplier none;
 * - unexpected: the supplier has a non-zero line the reference has not;
 * - gross / net: the statement's gross or net differs beyond tolerance;
 * - missed-pay: a payday the reference pays and the supplier has no statement for;
 * - unexpected-pay: a supplier statement on a payday the reference does not pay.
 */
export type FindingKind = 'different' | 'missing' | 'unexpected' | 'gross' | 'net' | 'missed-pay' | 'unexpected-pay';

/**
 * Which way the person is harmed (harm.ts): 'over' = they received more net pay than due (a
 * debt to repay), 'under' = they received less (short today), 'none' = no effect on net pay.
 */
export type Direction = 'over' | 'under' | 'none';

export type Severity = 'high' | 'medium' | 'low';

export interface Finding {
  scenarioId: string;
  kind: FindingKind;
  payday: IsoDate;
  /** The line code; null for gross, net, missed-pay and unexpected-pay findings. */
  code: LineCode | null;
  /** The period a retro line is for; absent for the period paid on the payday. */
  forPeriod?: PayPeriod;
  /** The reference's amount (0.00 when it has no line or no pay). */
  expected: Money;
  /** The supplier's amount (0.00 when it has no line or no pay). */
  actual: Money;
  /** actual − expected, always. */
  difference: Money;
  /**
   * The change this difference makes to the person's net pay (harm.ts): +difference for an
   * earning, gross or net; −difference for a deduction. Its sign gives `direction`.
   */
  netEffect: Money;
  direction: Direction;
  severity: Severity;
  /** How many lines each side had under this key when more than one (they were summed). */
  summed?: { expected: number; actual: number };
  /** The reference trace of the line (every summed line's steps, in order), when provided. */
  trace?: TraceStep[];
  /** The reference's conventions that shaped the expected amount (src/domain/conventions), from its trace. */
  conventions?: string[];
  message: string;
}

export type { ReferencePay } from '../reference/engine/engine.types';

/** The names of the invariants a supplier's own output must satisfy (invariants.ts). */
export type InvariantName =
  | 'net-equals-gross-minus-deductions'
  | 'gross-equals-sum-of-earnings'
  | 'whole-cents'
  | 'annual-maximum'
  | 'same-answer-twice';

/** An invariant the supplier's own output broke; needs no reference. */
export interface Violation {
  scenarioId: string;
  check: InvariantName;
  payday?: IsoDate;
  code?: LineCode;
  /** What the invariant requires, and what the supplier's statement says, where numbers apply. */
  required?: Money;
  found?: Money;
  message: string;
}
