import { ZERO, type Dec } from '../../money';
import type { LabourFundCredit, ProvincialRules } from '../../rules/t4127';

function positive(x: Dec): Dec {
  return x.isNegative() ? ZERO : x;
}

const min = (x: Dec, y: Dec): Dec => (x.lt(y) ? x : y);

/**
 * BC's tax reduction S (T4127 ch. 4, step 5): the lesser of T4 and the basic amount, reduced by
 * 3.56% of A above the first threshold; nil above the second. Floor 0 (convention
 * tax.bc-reduction-floor: a reduction never adds tax; at A just under the second threshold the
 * printed figures give −0.01).
 */
export function bcReduction(bc: NonNullable<ProvincialRules['bcReduction']>, t4: Dec, a: Dec): Dec {
  if (a.gt(bc.to)) return ZERO;
  const cap = a.lte(bc.from) ? bc.basic : bc.basic.minus(a.minus(bc.from).times(bc.rate));
  return positive(min(t4, cap));
}

/** K5P = ((K1P + K2P) − threshold) × factor, floor 0: Alberta's supplemental credit (T4127 ch. 4, step 5). */
export function albertaK5p(k5p: NonNullable<ProvincialRules['k5p']>, k1p: Dec, k2p: Dec): Dec {
  return positive(k1p.plus(k2p).minus(k5p.threshold)).times(k5p.factor);
}

/** K4P = min(lowest rate × A, lowest rate × CEA): Yukon's Canada employment credit (T4127 ch. 4, step 5). */
export function yukonK4p(rate: Dec, cea: Dec, a: Dec): Dec {
  return rate.times(min(a, cea));
}

/**
 * A labour-sponsored funds credit for the year: rate × P × the shares bought each period, at most
 * the yearly maximum (T4127 ch. 4: P × LCF and P × LCP, "the maximum … for the whole year cannot exceed").
 */
export function labourFundCredit(c: LabourFundCredit, annualShares: Dec): Dec {
  return min(c.rate.times(annualShares), c.max);
}
