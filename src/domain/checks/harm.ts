import { Money } from '../money';
import { isEarning, type LineCode } from '../scenario';
import type { Direction, Finding, FindingKind } from './finding.types';

/**
 * The direction of harm, one rule for every finding: what the difference does to the
 * person's NET pay (phoenix-failure-modes.md: judge by harm to people).
 *
 * - An EARNING line (and gross, and net itself) adds to net pay, so its net effect is the
 *   difference itself: paid more than due → 'over' (a debt the person must repay, a tax
 *   problem across a year end); paid less → 'under' (short today).
 * - A DEDUCTION line is taken from net pay (statement-codes.ts: positive when withheld), so
 *   its net effect is minus the difference: over-withheld → the person is short → 'under';
 *   under-withheld → more money in hand now → 'over' (owed back at tax time or by recovery).
 * - A missed pay is a net effect of −(expected net); an unexpected pay, +(its net).
 *
 * Line findings say which line caused the harm; the dollars of harm a supplier is charged
 * with come from the net findings alone (score-supplier.ts), so no dollar is counted twice.
 */
export type NetSubject = LineCode | 'GROSS' | 'NET';

export function netEffectOf(subject: NetSubject, difference: Money): Money {
  if (subject === 'GROSS' || subject === 'NET') return difference;
  return isEarning(subject) ? difference : difference.negated();
}

export function directionOf(netEffect: Money): Direction {
  if (netEffect.isPositive()) return 'over';
  return netEffect.isNegative() ? 'under' : 'none';
}

/** The findings whose net effect is money in or out of the person's pocket on a payday. */
const NET_KINDS: ReadonlySet<FindingKind> = new Set<FindingKind>(['net', 'missed-pay', 'unexpected-pay']);

export interface Harm {
  /** Σ of the positive per-payday net effects: paid more than due, to be repaid. */
  overPaid: Money;
  /** Σ of the magnitudes of the negative per-payday net effects: left short. */
  underPaid: Money;
  /** overPaid − underPaid: where the person ends up once every pay is in, for reference. */
  balance: Money;
}

/**
 * One person's (one scenario's) harm in dollars, from the net findings only: each payday's
 * net difference (supplier net − reference net; a missed pay is −expected net, an
 * unexpected pay +its net) goes to overPaid when positive and underPaid when negative.
 * Differences on different paydays are NOT offset against each other: a person short 500
 * in March and paid 500 too much in April was short for a pay and then owed a debt, which
 * is exactly the Phoenix harm. So overPaid + underPaid = Σ |per-payday net difference|.
 * A deduction over-withheld lowers net, so it lands in underPaid through the net finding;
 * line findings explain the harm but are not added again.
 */
export function harmOf(findings: readonly Finding[]): Harm {
  const effects = findings.filter((f) => NET_KINDS.has(f.kind)).map((f) => f.netEffect);
  const overPaid = Money.sum(effects.filter((e) => e.isPositive()));
  const underPaid = Money.sum(effects.filter((e) => e.isNegative())).negated();
  return { overPaid, underPaid, balance: overPaid.minus(underPaid) };
}
