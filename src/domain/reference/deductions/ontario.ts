import { ZERO, type Dec } from '../../money';
import type { OntarioRules } from '../../rules/t4127';
import { bracketFor } from './brackets';
import { traceK1, type ClaimCredit } from './claims';
import { cite, txt, type Ctx } from './context';
import { traceK2 } from './credits';
import type { TaxCase } from './federal';

function positive(x: Dec): Dec {
  return x.isNegative() ? ZERO : x;
}

/** V1 = 20% × (T4 − threshold 1) + 36% × (T4 − threshold 2), each part floor 0 (T4127 ch. 4, step 5). */
export function ontarioSurtax(on: OntarioRules, t4: Dec): Dec {
  const s = on.surtax;
  return positive(t4.minus(s.threshold1))
    .times(s.rate1)
    .plus(positive(t4.minus(s.threshold2)).times(s.rate2));
}

/** V2, the Ontario Health Premium on A: tiers capped as in T4127 ch. 4, step 5 (not indexed). */
export function ontarioHealthPremium(on: OntarioRules, a: Dec): Dec {
  for (const tier of on.healthPremium) {
    if (a.gt(tier.from)) {
      const v = tier.base.plus(a.minus(tier.from).times(tier.rate));
      return v.gt(tier.cap) ? tier.cap : v;
    }
  }
  return ZERO;
}

/** S = min(T4 + V1, 2 × (basic + Y × per dependant) − (T4 + V1)), floor 0; Y = 0 (no dependants input). */
export function ontarioReduction(on: OntarioRules, t4v1: Dec): Dec {
  const other = on.reduction.basic.times(2).minus(t4v1);
  return positive(t4v1.lt(other) ? t4v1 : other);
}

/** T2 = T4 + V1 + V2 − S − P × LCP, floor 0 (T4127 ch. 4, steps 4–5). Claim code E: T4 = 0, V2 still applies. */
export function ontarioAnnualTax(ctx: Ctx, t: TaxCase, claim: ClaimCredit): Dec {
  const on = ctx.e.ontario;
  if (!t.a.isPositive()) return ZERO;
  const br = bracketFor(on.brackets, t.a);
  const k2p = on.lowestRate.times(t.credits.cpp.plus(t.credits.ei));
  const t4 = claim.exempt ? ZERO : positive(br.rate.times(t.a).minus(br.constant).minus(claim.k1).minus(k2p));
  const v1 = ontarioSurtax(on, t4);
  const v2 = ontarioHealthPremium(on, t.a);
  const s = ontarioReduction(on, t4.plus(v1));
  const t2 = positive(t4.plus(v1).plus(v2).minus(s));
  if (ctx.trace.enabled) traceOntario(ctx, t, { claim, k2p, t4, v1, v2, s, t2, v: br.rate, kp: br.constant });
  return t2;
}

interface OntarioSteps {
  claim: ClaimCredit;
  k2p: Dec;
  t4: Dec;
  v1: Dec;
  v2: Dec;
  s: Dec;
  t2: Dec;
  v: Dec;
  kp: Dec;
}

function traceOntario(ctx: Ctx, t: TaxCase, x: OntarioSteps): void {
  const step = (name: string, label: string, value: Dec, where: string, inputs: Record<string, string>) =>
    ctx.trace.add(() => ({
      step: name,
      label: `${label}${t.tag}`,
      value: txt(value),
      inputs,
      citation: cite(ctx, where),
    }));
  traceK1(ctx, 'K1P', x.claim, t.tag);
  traceK2(ctx, 'K2P', ctx.e.ontario.lowestRate, x.k2p, t.credits, t.tag);
  step('T4', 'Basic Ontario tax', x.t4, x.claim.exempt ? 'ch. 4, step 4; claim code E: T4 = 0' : 'ch. 4, step 4, T4', {
    A: txt(t.a),
    V: txt(x.v),
    KP: txt(x.kp),
    K1P: txt(x.claim.k1),
    K2P: txt(x.k2p),
  });
  step('V1', 'Ontario surtax', x.v1, 'ch. 4, step 5, V1', { T4: txt(x.t4) });
  step('V2', 'Ontario Health Premium', x.v2, 'ch. 4, step 5, V2 (withheld even under claim code E)', { A: txt(t.a) });
  step('S', 'Ontario tax reduction', x.s, 'ch. 4, step 5, S (Y = 0 dependants)', { 'T4 + V1': txt(x.t4.plus(x.v1)) });
  step('T2', 'Annual Ontario tax', x.t2, 'ch. 4, step 5, T2', {
    T4: txt(x.t4),
    V1: txt(x.v1),
    V2: txt(x.v2),
    S: txt(x.s),
    LCP: '0',
  });
}
