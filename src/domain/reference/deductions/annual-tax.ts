import type { Dec } from '../../money';
import { roundCents } from './rounding';
import { federalClaimCredit, type ClaimCredit } from './claims';
import { cite, txt, type Ctx } from './context';
import type { Claim } from './deductions.types';
import { federalAnnualTax, type TaxCase } from './federal';
import type { Amounts } from './inputs';
import { provincialAnnualTax } from './provincial';

/** The TD1 claims of the calculation: the provincial one resolved once, the federal one per A (BPAF). */
export interface Claims {
  federal: Claim;
  noTd1: boolean;
  provincial: ClaimCredit | null;
}

export interface AnnualTax {
  t1: Dec;
  t2: Dec;
}

/**
 * A = P × (I − F − F2 − F5A − U1) − HD − F1 (T4127 ch. 4, step 1). F2 (support), HD (prescribed
 * zone) and F1 (annual deductions) are not inputs of payproof: zero.
 */
export function periodicA(ctx: Ctx, m: Amounts, i: Dec, f5a: Dec, tag: string): Dec {
  const a = ctx.P.times(i.minus(m.f).minus(f5a).minus(m.u1));
  ctx.trace.add(() => ({
    step: 'A',
    label: `Annual taxable income${tag}`,
    value: txt(a),
    inputs: { P: txt(ctx.P), I: txt(i), F: txt(m.f), F2: '0', F5A: txt(f5a), U1: txt(m.u1), HD: '0', F1: '0' },
    citation: cite(ctx, 'ch. 4, step 1, A'),
  }));
  return a;
}

export function annualTaxes(ctx: Ctx, t: TaxCase, claims: Claims): AnnualTax {
  const federal = federalClaimCredit(ctx, claims.federal, claims.noTd1, t.a);
  return { t1: federalAnnualTax(ctx, t, federal), t2: provincialAnnualTax(ctx, t, claims.provincial) };
}

/** One period's share of an annual tax, half-up to the cent (T4127 ch. 4, step 6; ch. 1 rounding). */
export function perPeriod(ctx: Ctx, annual: Dec): Dec {
  return roundCents(annual.dividedBy(ctx.P)).toDecimal();
}
