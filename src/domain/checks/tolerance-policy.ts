import { Money } from '../money';
import { LINE_CODE_LIST, type LineCode } from '../scenario';
import type { FindingKind, Severity } from './finding.types';

/** What a tolerance can apply to: a line code, or a statement's gross or net. */
export type ToleranceSubject = LineCode | 'GROSS' | 'NET';

export const TOLERANCE_SUBJECTS: readonly ToleranceSubject[] = [...LINE_CODE_LIST, 'GROSS', 'NET'];

/** An absolute tolerance: |actual − expected| ≤ amount is a match. The reason is mandatory. */
export interface Tolerance {
  amount: Money;
  reason: string;
}

/**
 * How close a supplier must come, as data procurement sets and every run pins (policyHash
 * input: canonical-policy.ts). A subject with no entry is exact to the cent.
 */
export interface TolerancePolicy {
  tolerances: Partial<Record<ToleranceSubject, Tolerance>>;
  /**
   * Severity of a discrepancy by the absolute amount of its difference: ≥ high → 'high',
   * ≥ medium → 'medium', otherwise 'low'. A missed or unexpected pay is always 'high'.
   */
  severity: { high: Money; medium: Money };
}

export const EXACT: Tolerance = { amount: Money.ZERO, reason: 'exact to the cent (default)' };

export const DEFAULT_SEVERITY = { high: Money.of('100.00'), medium: Money.of('1.00') } as const;

/** Every subject exact to the cent; severity thresholds 100.00 and 1.00. */
export const DEFAULT_POLICY: TolerancePolicy = { tolerances: {}, severity: { ...DEFAULT_SEVERITY } };

export function toleranceFor(policy: TolerancePolicy, subject: ToleranceSubject): Tolerance {
  return policy.tolerances[subject] ?? EXACT;
}

export function withinTolerance(policy: TolerancePolicy, subject: ToleranceSubject, difference: Money): boolean {
  return difference.abs().lte(toleranceFor(policy, subject).amount);
}

export function severityOf(policy: TolerancePolicy, kind: FindingKind, difference: Money): Severity {
  if (kind === 'missed-pay' || kind === 'unexpected-pay') return 'high';
  const size = difference.abs();
  if (size.gte(policy.severity.high)) return 'high';
  return size.gte(policy.severity.medium) ? 'medium' : 'low';
}
