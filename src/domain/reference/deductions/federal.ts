import { ZERO, type Dec } from '../../money';
import { bracketFor } from './brackets';
import { traceK1, type ClaimCredit } from './claims';
import { cite, txt, type Ctx } from './context';
import { traceK2, type CreditBase } from './credits';
import { labourFundCredit } from './parts';
import type { Words } from '../../scenario';

/** One evaluation of annual tax: A, the K2 base, and a tag naming the scenario in the trace. */
export interface TaxCase {
  a: Dec;
  credits: CreditBase;
  /** "" for the period's pay; " (with bonus)", " (without retro)" ... for the non-periodic method, in both languages. */
  tag: Words;
}

/**
 * T3 = R × A − K − K1 − K2 − K3 − K4, floor 0; T1 = T3 − P × LCF (at most the yearly maximum),
 * floor 0, less the 16.5% Quebec abatement on T3 for Quebec (T4127 ch. 4, steps 2–3). K3
 * (medical, etc.) is not an input: zero.
 */
export function federalAnnualTax(ctx: Ctx, t: TaxCase, claim: ClaimCredit): Dec {
  const f = ctx.e.federal;
  if (claim.exempt || !t.a.isPositive()) {
    ctx.trace.add(() => ({
      step: 'T1',
      label: `Annual federal tax${t.tag.en}`,
      labelFr: `Impôt fédéral annuel${t.tag.fr}`,
      value: '0',
      inputs: { A: txt(t.a), claim: claim.source },
      citation: cite(ctx, claim.exempt ? 'ch. 4; claim code E: no income tax' : 'ch. 4, step 1: A ≤ 0, T = L'),
    }));
    return ZERO;
  }
  const br = bracketFor(f.brackets, t.a);
  const k2 = f.lowestRate.times(t.credits.total);
  const k4 = f.lowestRate.times(t.a.lt(f.canadaEmploymentAmount) ? t.a : f.canadaEmploymentAmount);
  const raw = br.rate.times(t.a).minus(br.constant).minus(claim.k1).minus(k2).minus(k4);
  const t3 = raw.isNegative() ? ZERO : raw;
  const lcf = ctx.shares.isZero() ? ZERO : labourFundCredit(f.lcf, ctx.P.times(ctx.shares));
  const afterLcf = t3.minus(lcf).isNegative() ? ZERO : t3.minus(lcf);
  const abatement = ctx.quebec ? f.quebecAbatement.times(t3) : ZERO;
  const t1 = afterLcf.minus(abatement).isNegative() ? ZERO : afterLcf.minus(abatement);
  traceFederal(ctx, t, { claim, k2, k4, t3, lcf, abatement, t1, r: br.rate, k: br.constant });
  return t1;
}

interface FederalSteps {
  claim: ClaimCredit;
  k2: Dec;
  k4: Dec;
  t3: Dec;
  lcf: Dec;
  abatement: Dec;
  t1: Dec;
  r: Dec;
  k: Dec;
}

function traceFederal(ctx: Ctx, t: TaxCase, s: FederalSteps): void {
  if (!ctx.trace.enabled) return;
  traceK1(ctx, 'K1', s.claim, t.tag);
  traceK2(ctx, 'K2', ctx.e.federal.lowestRate, s.k2, t.credits, t.tag);
  ctx.trace.add(() => ({
    step: 'K4',
    label: `Canada employment credit${t.tag.en}`,
    labelFr: `Crédit canadien pour emploi${t.tag.fr}`,
    value: txt(s.k4),
    inputs: { A: txt(t.a), CEA: txt(ctx.e.federal.canadaEmploymentAmount) },
    citation: cite(ctx, 'ch. 4, step 2, K4'),
  }));
  ctx.trace.add(() => ({
    step: 'T3',
    label: `Basic federal tax${t.tag.en}`,
    labelFr: `Impôt fédéral de base${t.tag.fr}`,
    value: txt(s.t3),
    inputs: { A: txt(t.a), R: txt(s.r), K: txt(s.k), K1: txt(s.claim.k1), K2: txt(s.k2), K3: '0', K4: txt(s.k4) },
    citation: cite(ctx, 'ch. 4, step 2, T3'),
  }));
  ctx.trace.add(() => ({
    step: 'T1',
    label: `Annual federal tax${t.tag.en}`,
    labelFr: `Impôt fédéral annuel${t.tag.fr}`,
    value: txt(s.t1),
    inputs: {
      T3: txt(s.t3),
      'P × LCF': txt(s.lcf),
      ...(ctx.quebec ? { 'Quebec abatement 16.5% × T3': txt(s.abatement) } : {}),
    },
    citation: cite(ctx, ctx.quebec ? 'ch. 4, step 3, T1 (Quebec: less 16.5% abatement)' : 'ch. 4, step 3, T1'),
  }));
}
