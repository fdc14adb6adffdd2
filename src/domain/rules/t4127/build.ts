import { dec, int, Money, ZERO, type Dec } from '../../money';
import type {
  Bracket,
  ClaimCodeRow,
  ClaimCodeTable,
  HealthPremiumTier,
  IncomeTestedAmount,
  PensionPlanRules,
  PremiumRules,
  ProvincialRules,
  T4127Province,
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

/** An income-tested basic amount from its two end points (T4127 ch. 2). */
export function incomeTested(
  from: string,
  atFrom: string,
  to: string,
  atTo: string,
  citation: string,
): IncomeTestedAmount {
  return { from: dec(from), atFrom: dec(atFrom), to: dec(to), atTo: dec(atTo), citation };
}

/** A province or territory as T4127 prints it: table 8.1 rows, table 8.2 basic amount, claim-code range width. */
export interface ProvinceText {
  province: T4127Province;
  brackets: ReadonlyArray<readonly [string, string, string]>;
  bpa: string;
  /** The width of claim codes 2–10 in its claim-code table (code 2's upper bound − the basic amount). */
  codeWidth: string;
  /** Where the figures are printed, e.g. "T4127 Jan 2026, table 8.1 p. 32, table 8.2 p. 33, table 8.10 p. 35". */
  citation: string;
}

/** The rules of one province from its printed figures; the parts only it has are spread over them. */
export function provincial(
  t: ProvinceText,
  extra: Partial<Omit<ProvincialRules, 'province' | 'brackets' | 'lowestRate' | 'bpa' | 'claimCodes'>> = {},
): ProvincialRules {
  const rows = brackets(t.brackets);
  const lowestRate = rows[0].rate;
  const bpa = dec(t.bpa);
  return {
    province: t.province,
    brackets: rows,
    lowestRate,
    bpa,
    claimCodes: claimCodes(lowestRate, bpa, dec(t.codeWidth), `${t.citation} (claim codes)`),
    citation: t.citation,
    ...extra,
  };
}

/** The same province with another basic amount (a mid-year edition that changes only that, and its claim codes). */
export function withBasicAmount(
  p: ProvincialRules,
  t: { bpa: string; codeWidth: string; citation: string },
  extra: Partial<ProvincialRules> = {},
): ProvincialRules {
  const bpa = dec(t.bpa);
  const claims = claimCodes(p.lowestRate, bpa, dec(t.codeWidth), `${t.citation} (claim codes)`);
  return { ...p, bpa, claimCodes: claims, citation: t.citation, ...extra };
}
