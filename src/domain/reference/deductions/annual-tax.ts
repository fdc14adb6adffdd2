import { ZERO, type Dec } from '../../money';
import { roundCents } from './rounding';
import { federalClaimCredit, provincialClaimCredit } from './claims';
import { cite, txt, type Ctx } from './context';
import type { Claim } from './deductions.types';
import { federalAnnualTax, type TaxCase } from './federal';
import type { Amounts } from './inputs';
import { provincialAnnualTax } from './provincial';
import type { Words } from '../../scenario';

/** The TD1 claims of the calculation, resolved per A (the income-tested amounts with no TD1 on file). */
export interface Claims {
  federal: Claim;
  provincial: Claim;
  noTd1: boolean;
}

export interface AnnualTax {
  t1: Dec;
  t2: Dec;
}

/**
 * A = P × (I − F − F2 − F5A − U1) − HD − F1 (T4127 ch. 4, step 1). F2 (support), HD (prescribed
 * zone) and F1 (annual deductions) are not inputs of payproof: zero.
 */
export function periodicA(ctx: Ctx, m: Amounts, i: Dec, f5a: Dec, tag: Words): Dec {
  const a = ctx.P.times(i.minus(m.f).minus(f5a).minus(m.u1));
  ctx.trace.add(() => ({
    step: 'A',
    label: `Annual taxable income${tag.en}`,
    labelFr: `Revenu imposable annuel${tag.fr}`,
    value: txt(a),
    inputs: { P: txt(ctx.P), I: txt(i), F: txt(m.f), F2: '0', F5A: txt(f5a), U1: txt(m.u1), HD: '0', F1: '0' },
    citation: cite(ctx, 'ch. 4, step 1, A'),
  }));
  return a;
}

/** T1 and T2 on one A. In Quebec T2 = 0 (T4127 ch. 4, step 5): Quebec tax is TP-1015.F-V's, on its own income (quebec-tax.ts). */
export function annualTaxes(ctx: Ctx, t: TaxCase, claims: Claims): AnnualTax {
  const federal = federalClaimCredit(ctx, claims.federal, claims.noTd1, t.a);
  const t1 = federalAnnualTax(ctx, t, federal);
  const p = ctx.prov;
  if (p === null) return { t1, t2: ZERO };
  const provincial = provincialClaimCredit(ctx, p, claims.provincial, claims.noTd1, t.a);
  return { t1, t2: provincialAnnualTax(ctx, p, t, provincial) };
}

/** One period's share of an annual tax, half-up to the cent (T4127 ch. 4, step 6; ch. 1 rounding). */
export function perPeriod(ctx: Ctx, annual: Dec): Dec {
  return roundCents(annual.dividedBy(ctx.P)).toDecimal();
}
