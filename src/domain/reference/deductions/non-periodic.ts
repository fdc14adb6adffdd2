import { ZERO, type Dec, type Money } from '../../money';
import { annualTaxes, type Claims } from './annual-tax';
import { txt, type Ctx } from './context';
import { roundCents } from './rounding';
import type { Contributions } from './contributions';
import { creditBase, type CreditSource } from './credits';
import type { Words } from '../../scenario';

export interface TaxPair {
  federal: Dec;
  provincial: Dec;
}

/** The period's taxes: on the periodic pay, and on any bonus and retroactive pay. */
export interface Taxes {
  federalTax: Money;
  provincialTax: Money;
  bonus?: TaxPair;
  retro?: TaxPair;
}

/** One non-periodic payment B, taxed as the difference it makes to annual tax (T4127 ch. 4). */
export interface NonPeriodicCase {
  /** "bonus" or "retro", for the trace. */
  /** What the payment is, in both languages: { en: 'bonus', fr: 'la prime' }. */
  name: Words;
  /** A of the periodic pay. */
  aRegular: Dec;
  b: Dec;
  f5b: Dec;
  /** B1 and F5BYTD: earlier non-periodic payments this year (and a bonus paid earlier in this period). */
  b1: Dec;
  f5bYtd: Dec;
  before: CreditSource;
  after: CreditSource;
}

function positive(x: Dec): Dec {
  return x.isNegative() ? ZERO : x;
}

/**
 * TB = tax on A with the payment − tax on A without it, where
 * A without = A + (B1 − F4 − F5BYTD) and A with = A without + (B − F3 − F5B) (F3, F4 not inputs: 0).
 * When A with ≤ 5,000 a flat 15% (10% in Quebec) is withheld instead (T4127 ch. 4, non-periodic payments).
 */
export function nonPeriodicTax(ctx: Ctx, claims: Claims, x: NonPeriodicCase): TaxPair {
  const aWithout = x.aRegular.plus(x.b1).minus(x.f5bYtd);
  const aWith = aWithout.plus(x.b).minus(x.f5b);
  const np = ctx.e.nonPeriodic;
  const exempt = claims.federal.kind === 'code' && claims.federal.code === 'E';
  if (aWith.lte(np.flatThreshold)) {
    // Claim code E: no income tax at all, flat rate included.
    const rate = exempt ? ZERO : ctx.quebec ? np.flatRateQuebec : np.flatRate;
    const federal = roundCents(x.b.times(rate)).toDecimal();
    ctx.trace.add(() => ({
      step: 'TB',
      label: `Tax on the ${x.name.en}: flat rate, annual income with it is 5,000 or less`,
      labelFr: `Impôt sur ${x.name.fr} : taux fixe, le revenu annuel qui l’inclut est de 5 000 ou moins`,
      value: txt(federal),
      inputs: { B: txt(x.b), 'A with': txt(aWith), rate: txt(rate) },
      citation: `${np.citation}; convention: the flat rate is withheld as federal tax, provincial 0`,
    }));
    return { federal, provincial: ZERO };
  }
  const without = annualTaxes(
    ctx,
    {
      a: aWithout,
      credits: creditBase(ctx, x.before),
      tag: { en: ` (without ${x.name.en})`, fr: ` (sans ${x.name.fr})` },
    },
    claims,
  );
  const withIt = annualTaxes(
    ctx,
    { a: aWith, credits: creditBase(ctx, x.after), tag: { en: ` (with ${x.name.en})`, fr: ` (avec ${x.name.fr})` } },
    claims,
  );
  const federal = roundCents(positive(withIt.t1.minus(without.t1))).toDecimal();
  const provincial = roundCents(positive(withIt.t2.minus(without.t2))).toDecimal();
  ctx.trace.add(() => ({
    step: 'TB',
    label: `Tax on the ${x.name.en} (non-periodic method: tax with − tax without)`,
    labelFr: `Impôt sur ${x.name.fr} (méthode des paiements non périodiques : impôt avec − impôt sans)`,
    value: txt(federal.plus(provincial)),
    inputs: {
      B: txt(x.b),
      F5B: txt(x.f5b),
      B1: txt(x.b1),
      F5BYTD: txt(x.f5bYtd),
      'A with': txt(aWith),
      'A without': txt(aWithout),
      'T1 with': txt(withIt.t1),
      'T1 without': txt(without.t1),
      'T2 with': txt(withIt.t2),
      'T2 without': txt(without.t2),
      federal: txt(federal),
      provincial: txt(provincial),
    },
    citation: np.citation,
  }));
  return { federal, provincial };
}

export function addContributions(a: Contributions, b: Contributions): Contributions {
  return { c: a.c.plus(b.c), c2: a.c2.plus(b.c2), ei: a.ei.plus(b.ei), qpip: a.qpip.plus(b.qpip) };
}

export function lessContributions(a: Contributions, b: Contributions): Contributions {
  return { c: a.c.minus(b.c), c2: a.c2.minus(b.c2), ei: a.ei.minus(b.ei), qpip: a.qpip.minus(b.qpip) };
}
