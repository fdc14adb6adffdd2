import type Decimal from 'decimal.js';
import { CONVENTION } from '../../conventions';
import { refuse } from '../../refusals';
import { Dec, Money, ZERO } from '../../money';
import type { PensionGroup } from '../../scenario';
import { PAY_CONSTANTS } from '../../rules/public-service/pay-constants';
import { PSSA_RATES, type PssaRates } from '../../rules/public-service/pension';
import type { TraceStep } from '../trace';

export type Contributor = Exclude<PensionGroup, 'none'>;

/** Per group and year: the rates with their per-period YMPE threshold and salary cap, divided once. */
const PER_PERIOD = new Map<string, PssaRates & { threshold: Decimal; cap: Decimal }>();

function ratesFor(year: number, group: Contributor) {
  const key = `${group}:${year}`;
  let found = PER_PERIOD.get(key);
  if (!found) {
    const r = PSSA_RATES.get(key);
    if (!r) throw refuse('UNSUPPORTED', 'pension.rates', { group, year }, { year });
    found = {
      ...r,
      threshold: r.ympe.dividedBy(PAY_CONSTANTS.biweeklyDivisor),
      cap: r.salaryCap.dividedBy(PAY_CONSTANTS.biweeklyDivisor),
    };
    PER_PERIOD.set(key, found);
  }
  return found;
}

/** PSSA contribution on one period's pensionable salary, paid in `year` (convention pension.pssa-per-pay). */
export function pensionAmount(salary: Money, year: number, group: Contributor): Money {
  const r = ratesFor(year, group);
  const { threshold, cap } = r;
  const s = salary.toDecimal();
  const below = Dec.max(ZERO, Dec.min(s, threshold));
  const above = Dec.max(ZERO, Dec.min(s, cap).minus(threshold));
  return Money.roundHalfUp(below.times(r.belowYmpe).plus(above.times(r.aboveYmpe)));
}

/** The trace step of pensionAmount: built only when a trace is asked for. */
export function pensionStep(salary: Money, year: number, group: Contributor, amount: Money): TraceStep {
  const r = ratesFor(year, group);
  return {
    step: 'PENSION',
    label: `${group} contribution on a period's salary of ${salary.toString()} (${year} rates)`,
    labelFr: `Cotisation ${group} sur un salaire de période de ${salary.toString()} (taux de ${year})`,
    value: amount.toString(),
    inputs: {
      salary: salary.toString(),
      'YMPE / 26.088': r.threshold.toString(),
      rateBelow: r.belowYmpe.toString(),
      rateAbove: r.aboveYmpe.toString(),
    },
    citation: `${r.citation}; convention: ${CONVENTION.pension}${r.assumption ? `; convention: ${r.assumption}` : ''}`,
  };
}
