import { ZERO, type Dec } from '../../money';
import { roundCents } from './rounding';
import type { PremiumRules } from '../../rules/t4127';

/**
 * A premium capped by the annual maximum: min(max − withheld so far, rate × insurable earnings),
 * floor 0, half-up to the cent (T4127 ch. 7 for EI; the same shape for QPIP).
 */
export function premium(rules: PremiumRules, paidSoFar: Dec, insurable: Dec): Dec {
  const room = rules.max.minus(paidSoFar);
  const onPay = rules.rate.times(insurable);
  const p = room.lt(onPay) ? room : onPay;
  return p.isNegative() ? ZERO : roundCents(p).toDecimal();
}

/**
 * EI premiums withheld elsewhere at another rate (a move to or from Quebec), restated at this
 * rate, so the maximum for the employee becomes max − converted (T4127 ch. 7).
 */
export function convertPremium(paid: Dec, from: PremiumRules, to: PremiumRules): Dec {
  return paid.times(to.rate).dividedBy(from.rate);
}
