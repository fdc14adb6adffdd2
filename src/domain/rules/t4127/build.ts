import { dec, int, Money, ZERO, type Dec } from '../../money';
import type {
  Bracket,
  ClaimCodeRow,
  ClaimCodeTable,
  HealthPremiumTier,
  PensionPlanRules,
  PremiumRules,
} from './t4127.types';

/** [from, rate, constant] rows as printed in T4127 table 8.1, into decimal brackets. */
export function brackets(rows: ReadonlyArray<readonly [string, string, string]>): Bracket[] {
  return rows.map(([from, rate, constant]) => ({ from: dec(from), rate: dec(rate), constant: dec(constant) }));
}

/**
 * Claim codes 0–10 (T4127 ch. 8, claim-code tables). Code 0: TC = 0; code 1: TC = the basic
 * amount; codes 2–10 cover consecutive ranges `width` wide above it and use the range's midpoint.
 * K1 is printed to the cent, so it is rounded half-up here. Without a verified width only 0 and 1 exist.
 */
export function claimCodes(rate: Dec, basic: Dec, width: Dec | null, citation: string): ClaimCodeTable {
  const rows = new Map<number, ClaimCodeRow>();
  const row = (tc: Dec): ClaimCodeRow => ({ tc, k1: Money.roundHalfUp(rate.times(tc)).toDecimal() });
  rows.set(0, { tc: ZERO, k1: ZERO });
  rows.set(1, row(basic));
  if (width !== null) {
    for (let code = 2; code <= 10; code += 1) {
      rows.set(code, row(basic.plus(width.times(code - 2)).plus(width.dividedBy(2))));
    }
  }
  return { rows, citation };
}

export interface PensionPlanText {
  plan: 'CPP' | 'QPP';
  rate: string;
  baseRate: string;
  ympe: string;
  basicExemption: string;
  max: string;
  baseMax: string;
  yampe: string;
  rate2: string;
  max2: string;
  citation: string;
}

/** CPP/QPP parameters with the two ratios of T4127 ch. 4 (K2, F5) computed once and never rounded. */
export function pensionPlan(t: PensionPlanText): PensionPlanRules {
  const rate = dec(t.rate);
  const baseRate = dec(t.baseRate);
  return {
    plan: t.plan,
    rate,
    baseRate,
    ympe: dec(t.ympe),
    basicExemption: dec(t.basicExemption),
    max: dec(t.max),
    baseMax: dec(t.baseMax),
    yampe: dec(t.yampe),
    rate2: dec(t.rate2),
    max2: dec(t.max2),
    baseRatio: baseRate.dividedBy(rate),
    enhancedRatio: rate.minus(baseRate).dividedBy(rate),
    citation: t.citation,
  };
}

export function premium(rate: string, maxInsurable: string, max: string, citation: string): PremiumRules {
  return { rate: dec(rate), maxInsurable: dec(maxInsurable), max: dec(max), citation };
}

/** The Ontario Health Premium schedule (Ontario Taxation Act s. 33.1; not indexed, same every year). */
export function ontarioHealthPremium(): HealthPremiumTier[] {
  const tier = (from: number, base: number, rate: string, cap: number): HealthPremiumTier => ({
    from: int(from),
    base: int(base),
    rate: dec(rate),
    cap: int(cap),
  });
  return [
    tier(200_000, 750, '0.25', 900),
    tier(72_000, 600, '0.25', 750),
    tier(48_000, 450, '0.25', 600),
    tier(36_000, 300, '0.06', 450),
    tier(20_000, 0, '0.06', 300),
  ];
}
