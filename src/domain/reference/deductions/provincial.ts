import { ZERO, type Dec } from '../../money';
import type { ProvincialRules } from '../../rules/t4127';
import { bracketFor } from './brackets';
import { traceK1, type ClaimCredit } from './claims';
import { cite, txt, type Ctx } from './context';
import { traceK2 } from './credits';
import type { TaxCase } from './federal';
import { ontarioHealthPremium, ontarioReduction, ontarioSurtax } from './ontario';
import { albertaK5p, bcReduction, labourFundCredit, yukonK4p } from './parts';
import type { Words } from '../../scenario';

function positive(x: Dec): Dec {
  return x.isNegative() ? ZERO : x;
}

/** Every step of T4 and T2, for the trace. */
interface Steps {
  claim: ClaimCredit;
  v: Dec;
  kp: Dec;
  k2p: Dec;
  k4p: Dec;
  k5p: Dec;
  t4: Dec;
  v1: Dec;
  v2: Dec;
  s: Dec;
  lcp: Dec;
  t2: Dec;
}

/** V1, V2 and S: Ontario's surtax, health premium and reduction, BC's reduction, zero elsewhere. */
function additions(p: ProvincialRules, t4: Dec, a: Dec): { v1: Dec; v2: Dec; s: Dec } {
  const v1 = p.surtax ? ontarioSurtax({ surtax: p.surtax }, t4) : ZERO;
  const v2 = p.healthPremium ? ontarioHealthPremium({ healthPremium: p.healthPremium }, a) : ZERO;
  let s = ZERO;
  if (p.reduction) s = ontarioReduction({ reduction: p.reduction }, t4.plus(v1));
  else if (p.bcReduction) s = bcReduction(p.bcReduction, t4, a);
  return { v1, v2, s };
}

/**
 * T4 = V × A − KP − K1P − K2P − K3P − K4P − K5P, floor 0 (T4127 ch. 4, step 4; K2RP after a move
 * from Quebec: the base cap in the credit base), then T2 = T4 + V1 + V2 − S − P × LCP, floor 0
 * (step 5). K3P is not an input: 0. Claim code E: T4 = 0 (Ontario's V2 is still withheld).
 */
export function provincialAnnualTax(ctx: Ctx, p: ProvincialRules, t: TaxCase, claim: ClaimCredit): Dec {
  if (!t.a.isPositive()) return ZERO;
  const br = bracketFor(p.brackets, t.a);
  const k2p = p.lowestRate.times(t.credits.cpp.plus(t.credits.ei));
  const k4p = p.k4pCea ? yukonK4p(p.lowestRate, p.k4pCea, t.a) : ZERO;
  const k5p = p.k5p ? albertaK5p(p.k5p, claim.k1, k2p) : ZERO;
  const raw = br.rate.times(t.a).minus(br.constant).minus(claim.k1).minus(k2p).minus(k4p).minus(k5p);
  const t4 = claim.exempt ? ZERO : positive(raw);
  const { v1, v2, s } = additions(p, t4, t.a);
  const lcp = p.lcp && !claim.exempt ? labourFundCredit(p.lcp, ctx.P.times(ctx.shares)) : ZERO;
  const t2 = positive(t4.plus(v1).plus(v2).minus(s).minus(lcp));
  if (ctx.trace.enabled)
    traceProvince(ctx, p, t, { claim, v: br.rate, kp: br.constant, k2p, k4p, k5p, t4, v1, v2, s, lcp, t2 });
  return t2;
}

function traceProvince(ctx: Ctx, p: ProvincialRules, t: TaxCase, x: Steps): void {
  const step = (name: string, label: Words, value: Dec, where: string, inputs: Record<string, string> = {}) =>
    ctx.trace.add(() => ({
      step: name,
      label: `${label.en}${t.tag.en}`,
      labelFr: `${label.fr}${t.tag.fr}`,
      value: txt(value),
      inputs,
      citation: cite(ctx, where),
    }));
  traceK1(ctx, 'K1P', x.claim, t.tag);
  traceK2(ctx, 'K2P', p.lowestRate, x.k2p, t.credits, t.tag);
  if (p.k4pCea)
    step(
      'K4P',
      { en: 'Yukon Canada employment credit', fr: 'Crédit canadien pour emploi du Yukon' },
      x.k4p,
      'ch. 4, step 5, K4P (Yukon)',
      {
        A: txt(t.a),
        CEA: txt(p.k4pCea),
      },
    );
  if (p.k5p)
    step(
      'K5P',
      { en: 'Alberta supplemental credit', fr: 'Crédit supplémentaire de l’Alberta' },
      x.k5p,
      'ch. 4, step 5, K5P (Alberta)',
      {
        K1P: txt(x.claim.k1),
        K2P: txt(x.k2p),
      },
    );
  const t4Inputs = {
    A: txt(t.a),
    V: txt(x.v),
    KP: txt(x.kp),
    K1P: txt(x.claim.k1),
    K2P: txt(x.k2p),
    K3P: '0',
    K4P: txt(x.k4p),
    K5P: txt(x.k5p),
  };
  const t4Where = x.claim.exempt ? 'ch. 4, step 4; claim code E: T4 = 0' : 'ch. 4, step 4, T4';
  step(
    'T4',
    { en: `Basic ${p.province} tax`, fr: `Impôt de base (${p.province})` },
    x.t4,
    `${t4Where} (${p.citation})`,
    t4Inputs,
  );
  if (p.surtax)
    step('V1', { en: 'Ontario surtax', fr: 'Surtaxe de l’Ontario' }, x.v1, 'ch. 4, step 5, V1', { T4: txt(x.t4) });
  if (p.healthPremium)
    step(
      'V2',
      { en: 'Ontario Health Premium', fr: 'Contribution-santé de l’Ontario' },
      x.v2,
      'ch. 4, step 5, V2 (withheld even under claim code E)',
      { A: txt(t.a) },
    );
  if (p.reduction)
    step(
      'S',
      { en: 'Ontario tax reduction', fr: 'Réduction d’impôt de l’Ontario' },
      x.s,
      'ch. 4, step 5, S (Y = 0 dependants)',
      { 'T4 + V1': txt(x.t4.plus(x.v1)) },
    );
  if (p.bcReduction)
    step(
      'S',
      { en: 'British Columbia tax reduction', fr: 'Réduction d’impôt de la Colombie-Britannique' },
      x.s,
      'ch. 4, step 5, S (British Columbia); convention: tax.bc-reduction-floor',
      { T4: txt(x.t4), A: txt(t.a) },
    );
  if (p.lcp)
    step(
      'LCP',
      {
        en: 'Provincial labour-sponsored funds credit (P × LCP, yearly maximum)',
        fr: 'Crédit provincial pour fonds de travailleurs (P × LCP, maximum annuel)',
      },
      x.lcp,
      'ch. 4, step 5, LCP',
      {
        shares: txt(ctx.shares),
      },
    );
  step(
    'T2',
    { en: `Annual ${p.province} tax`, fr: `Impôt provincial annuel (${p.province})` },
    x.t2,
    'ch. 4, step 5, T2',
    {
      T4: txt(x.t4),
      V1: txt(x.v1),
      V2: txt(x.v2),
      S: txt(x.s),
      LCP: txt(x.lcp),
    },
  );
}
