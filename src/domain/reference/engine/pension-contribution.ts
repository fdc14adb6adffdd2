import { CONVENTION } from '../../conventions';
import { PayproofError } from '../../errors';
import { Dec, Money, ZERO } from '../../money';
import type { PensionGroup } from '../../scenario';
import { PAY_CONSTANTS } from '../../rules/public-service/pay-constants';
import { PSSA_RATES } from '../../rules/public-service/pension';
import type { TraceStep } from '../trace';

export type Contributor = Exclude<PensionGroup, 'none'>;

/** PSSA contribution on one period's pensionable salary, paid in `year` (convention pension.pssa-per-pay). */
export function pensionOn(salary: Money, year: number, group: Contributor): { amount: Money; step: TraceStep } {
  const r = PSSA_RATES.get(`${group}:${year}`);
  if (!r)
    throw new PayproofError(
      'UNSUPPORTED',
      `no ${group} pension contribution rates are held for ${year} (held: 2025, 2026)`,
      { year },
    );
  const threshold = r.ympe.dividedBy(PAY_CONSTANTS.biweeklyDivisor);
  const cap = r.salaryCap.dividedBy(PAY_CONSTANTS.biweeklyDivisor);
  const s = salary.toDecimal();
  const below = Dec.max(ZERO, Dec.min(s, threshold));
  const above = Dec.max(ZERO, Dec.min(s, cap).minus(threshold));
  const amount = Money.roundHalfUp(below.times(r.belowYmpe).plus(above.times(r.aboveYmpe)));
  return {
    amount,
    step: {
      step: 'PENSION',
      label: `${group} contribution on a period's salary of ${salary.toString()} (${year} rates)`,
      value: amount.toString(),
      inputs: {
        salary: salary.toString(),
        'YMPE / 26.088': threshold.toString(),
        rateBelow: r.belowYmpe.toString(),
        rateAbove: r.aboveYmpe.toString(),
      },
      citation: `${r.citation}; convention: ${CONVENTION.pension}${r.assumption ? `; convention: ${r.assumption}` : ''}`,
    },
  };
}
