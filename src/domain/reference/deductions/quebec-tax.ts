import { ZERO, type Dec } from '../../money';
import { refuse } from '../../refusals';
import type { QuebecRules } from '../../rules/t4127';
import { bracketFor } from './brackets';
import { txt, type Ctx } from './context';
import type { Claim } from './deductions.types';
import { roundCents } from './rounding';
import type { Words } from '../../scenario';

/**
 * Quebec income tax at source, Revenu Québec TP-1015.F-V s. 2.1.1 (regular payments) and s. 2.1.2
 * method 2 (lump sums: bonuses, retroactive pay). Each product is rounded to the cent as its
 * parenthesis resolves, as the guide's own examples are (Appendices 1 and 2).
 */
export interface QuebecPay {
  /** G = D: the periodic remuneration (gross + taxable benefits). */
  g: Dec;
  /** F: RPP and RRSP (the guide's F has no union-dues term). */
  f: Dec;
  /** C and C2: the period's QPP on all of S3; S3: pensionable pay, lump sums included. */
  c: Dec;
  c2: Dec;
  s3: Dec;
  /** B2: the lump sums paid this period. */
  lumpSums: Dec;
}

const cents = (x: Dec): Dec => roundCents(x).toDecimal();
const positive = (x: Dec): Dec => (x.isNegative() ? ZERO : x);

function qc(ctx: Ctx): QuebecRules {
  if (ctx.qc === null) throw new Error('quebec-tax: called outside Quebec');
  return ctx.qc;
}

/** E, the TP-1015.3 personal credits, to the nearest dollar (s. 2.1.1 step 2), or null when exempt (line 20). */
export function quebecCredits(ctx: Ctx, claim: Claim): Dec | null {
  const q = qc(ctx);
  if (claim.kind === 'amount') return claim.amount.toDecimal().toDecimalPlaces(0); // Dec rounds half-up
  if (claim.code === 'E') return null;
  if (claim.code === 0) return ZERO;
  if (claim.code === 1) return q.basicAmount;
  throw refuse(
    'UNSUPPORTED',
    'quebec.claimCode',
    { code: String(claim.code) },
    { code: claim.code, field: 'provincialClaim' },
  );
}

/** H, CS, CSA and the annualized I of the regular pay (s. 2.1.1 step 1). */
export function quebecIncome(ctx: Ctx, p: QuebecPay): { h: Dec; cs: Dec; csa: Dec; i: Dec } {
  const q = qc(ctx);
  const h6 = cents(q.workersDeduction.rate.times(p.g));
  const hMax = cents(q.workersDeduction.max.dividedBy(ctx.P));
  const h = h6.lt(hMax) ? h6 : hMax;
  const cs = cents(p.c.times(ctx.plan.enhancedRatio)).plus(p.c2);
  const csa = p.lumpSums.isZero() || p.s3.isZero() ? cs : cents(cs.times(p.s3.minus(p.lumpSums)).dividedBy(p.s3));
  const i = positive(ctx.P.times(p.g.minus(p.f).minus(h).minus(csa)));
  return { h, cs, csa, i };
}

/** Y = T × I − K − K1 − 0.14 × E, floor 0 (s. 2.1.1 step 2; K1, J, Q and Q1 are not inputs: 0). */
function yearTax(ctx: Ctx, i: Dec, e: Dec): { y: Dec; t: Dec; k: Dec } {
  const q = qc(ctx);
  const br = bracketFor(q.brackets, i);
  const y = positive(
    cents(br.rate.times(i))
      .minus(br.constant)
      .minus(cents(q.creditRate.times(e))),
  );
  return { y, t: br.rate, k: br.constant };
}

/**
 * Quebec's credits for Fonds de solidarité FTQ (Q) and Fondaction (Q1) shares are per fund, each
 * with its own yearly limit; one amount of labour-fund shares cannot say which: refused.
 */
function checkShares(ctx: Ctx): void {
  if (!ctx.shares.isZero()) {
    throw refuse('UNSUPPORTED', 'quebec.labourFunds', {}, { field: 'labourFundShares' });
  }
}

/** A = Y / P, half-up to the cent (s. 2.1.1 step 3). The TD1's L is federal: no Quebec addition. */
export function quebecPeriodTax(ctx: Ctx, p: QuebecPay, claim: Claim): Dec {
  checkShares(ctx);
  const e = quebecCredits(ctx, claim);
  const inc = quebecIncome(ctx, p);
  const { y, t, k } = e === null ? { y: ZERO, t: ZERO, k: ZERO } : yearTax(ctx, inc.i, e);
  const a = cents(y.dividedBy(ctx.P));
  ctx.trace.add(() => ({
    step: 'T2',
    label: 'Quebec income tax for the period: A = Y / P (TP-1015.F-V)',
    labelFr: 'Impôt du Québec pour la période : A = Y / P (TP-1015.F-V)',
    value: txt(a),
    inputs: {
      G: txt(p.g),
      F: txt(p.f),
      H: txt(inc.h),
      CS: txt(inc.cs),
      CSA: txt(inc.csa),
      I: txt(inc.i),
      T: txt(t),
      K: txt(k),
      E: e === null ? 'exempt (TP-1015.3 line 20)' : txt(e),
      Y: txt(y),
    },
    citation: `${qc(ctx).citation}.1, steps 1–3 (rounded to the cent at each step, as its Appendix 1)`,
  }));
  return a;
}

/** A lump sum B2, with the lump sums paid earlier this year (B1) and their CSB (CSB1). */
export interface QuebecLumpSum {
  /** What the payment is, in both languages: { en: 'bonus', fr: 'la prime' }. */
  name: Words;
  b2: Dec;
  b1: Dec;
  csb1: Dec;
}

/**
 * Method 2 (s. 2.1.2): I = P × (G − F − H − CSA) + B1 + B2 − CSB1 − CSB, and the tax on the lump
 * sum is T × (B2 − CSB) at the rate T of that I. When P × G + B1 + B2 is at most the threshold, a
 * flat 7% of B2 instead. CSB = CS × B2 / S3. No tax under an exemption (TP-1015.3 line 20).
 */
export function quebecLumpSumTax(ctx: Ctx, p: QuebecPay, claim: Claim, x: QuebecLumpSum): { tax: Dec; csb: Dec } {
  const q = qc(ctx);
  const inc = quebecIncome(ctx, p);
  const csb = p.s3.isZero() ? ZERO : cents(inc.cs.times(x.b2).dividedBy(p.s3));
  const exempt = quebecCredits(ctx, claim) === null;
  const flat = ctx.P.times(p.g).plus(x.b1).plus(x.b2).lte(q.lumpSum.threshold);
  const i2 = positive(inc.i.plus(x.b1).plus(x.b2).minus(x.csb1).minus(csb));
  const t = flat ? q.lumpSum.rate : bracketFor(q.brackets, i2).rate;
  const tax = exempt ? ZERO : cents(t.times(flat ? x.b2 : positive(x.b2.minus(csb))));
  ctx.trace.add(() => ({
    step: 'TB',
    label: `Quebec income tax on the ${x.name.en} (TP-1015.F-V method 2${flat ? ': flat rate' : ''})`,
    labelFr: `Impôt du Québec sur ${x.name.fr} (TP-1015.F-V, méthode 2${flat ? ' : taux fixe' : ''})`,
    value: txt(tax),
    inputs: { B2: txt(x.b2), B1: txt(x.b1), CSB: txt(csb), CSB1: txt(x.csb1), I: txt(i2), T: txt(t) },
    citation: `${q.citation}.2, method 2`,
  }));
  return { tax, csb };
}
