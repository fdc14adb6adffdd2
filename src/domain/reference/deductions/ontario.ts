import { ZERO, type Dec } from '../../money';
import type { HealthPremiumTier, ProvincialRules } from '../../rules/t4127';

function positive(x: Dec): Dec {
  return x.isNegative() ? ZERO : x;
}

type Surtax = NonNullable<ProvincialRules['surtax']>;
type Reduction = NonNullable<ProvincialRules['reduction']>;

/** V1 = 20% × (T4 − threshold 1) + 36% × (T4 − threshold 2), each part floor 0 (T4127 ch. 4, step 5). */
export function ontarioSurtax(on: { surtax: Surtax }, t4: Dec): Dec {
  const s = on.surtax;
  return positive(t4.minus(s.threshold1))
    .times(s.rate1)
    .plus(positive(t4.minus(s.threshold2)).times(s.rate2));
}

/** V2, the Ontario Health Premium on A: tiers capped as in T4127 ch. 4, step 5 (not indexed). */
export function ontarioHealthPremium(on: { healthPremium: readonly HealthPremiumTier[] }, a: Dec): Dec {
  for (const tier of on.healthPremium) {
    if (a.gt(tier.from)) {
      const v = tier.base.plus(a.minus(tier.from).times(tier.rate));
      return v.gt(tier.cap) ? tier.cap : v;
    }
  }
  return ZERO;
}

/** S = min(T4 + V1, 2 × (basic + Y × per dependant) − (T4 + V1)), floor 0; Y = 0 (no dependants input). */
export function ontarioReduction(on: { reduction: Reduction }, t4v1: Dec): Dec {
  const other = on.reduction.basic.times(2).minus(t4v1);
  return positive(t4v1.lt(other) ? t4v1 : other);
}
