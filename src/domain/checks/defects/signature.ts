import { Money } from '../../money';
import type { LineCode } from '../../scenario';
import { firstCondition, type ConditionInput } from './conditions';
import { SIGNATURE_VERSION, type ConditionId, type Signature, type SignatureParts } from './defect.types';

/**
 * The signature (fingerprint) of a root, version 2 (docs/defects.md, "Signatures"). Same
 * signature, same defect. A signature names at most one condition: the first present among
 * those that can shape its subject, in the order below (most specific first), so a defect is
 * not split by conditions that happen to be present but cannot change the line.
 */
export const CONDITIONS_BY_SUBJECT: Readonly<Record<string, readonly ConditionId[]>> = {
  REGULAR: ['partial-period', 'late-entry'],
  ACTING: ['acting-first-period', 'late-entry', 'partial-period'],
  OVERTIME: ['late-entry'],
  ALLOWANCE_BILINGUALISM: ['partial-period', 'late-entry'],
  LWOP: ['partial-period', 'late-entry'],
  RETRO_ADJUSTMENT: ['overpayment', 'acting-first-period', 'year-boundary'],
  RECOVERY: ['overpayment'],
  CPP: ['after-annual-maximum', 'payday-27-year', 'year-boundary'],
  QPP: ['after-annual-maximum', 'payday-27-year', 'year-boundary'],
  CPP2: ['after-annual-maximum'],
  QPP2: ['after-annual-maximum'],
  EI: ['after-annual-maximum'],
  QPIP: ['after-annual-maximum'],
  FEDERAL_TAX: ['edition-change', 'payday-27-year', 'late-entry'],
  PROVINCIAL_TAX: ['edition-change', 'payday-27-year', 'late-entry'],
  PENSION: ['late-entry', 'partial-period'],
  'missed-pay': ['new-hire', 'late-entry', 'termination'],
  'unexpected-pay': ['termination', 'late-entry'],
};

/** A difference of at most this is rounding, not a wrong amount (a cent or two either way). */
export const ROUNDING = Money.of('0.02');

/** A line one side does not have is never rounding, however small. */
export const sizeOf = (f: { kind: string; difference: Money }): 'rounding' | 'amount' =>
  f.kind === 'different' && f.difference.abs().lte(ROUNDING) ? 'rounding' : 'amount';

/** The fingerprint text: every part in a fixed order, absent parts as '-'. */
export function signatureKey(p: SignatureParts): string {
  return [
    `v${SIGNATURE_VERSION}`,
    p.kind,
    p.subject,
    p.direction ?? '-',
    p.size ?? '-',
    p.to ?? '-',
    p.condition ?? '-',
    p.value ? `${p.value.used}-for-${p.value.due}` : '-',
  ].join(':');
}

export function signature(parts: SignatureParts): Signature {
  return { version: SIGNATURE_VERSION, key: signatureKey(parts), parts };
}

/** The condition part of a subject's signature, if any of its conditions holds. */
export function conditionFor(subject: string, input: ConditionInput): ConditionId | undefined {
  const candidates = CONDITIONS_BY_SUBJECT[subject];
  return candidates ? firstCondition(candidates, { ...input, subject }) : undefined;
}

export type EarningOrDeduction = LineCode;
