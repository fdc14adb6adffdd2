import type Decimal from 'decimal.js';
import type { IsoDate, PayPeriod } from '../../calendar';
import { CONVENTION } from '../../conventions';
import { Dec, Money, ZERO, dec } from '../../money';
import type { OvertimeDayType } from '../../scenario';
import { PAY_CONSTANTS } from '../../rules/public-service/pay-constants';
import type { EarningLine } from './earning-line';
import type { EventView } from './event-view';

const FULL_TIME = PAY_CONSTANTS.fullTimeWeeklyHours;
/** 52.176 × 37.5 = 1956.6: the hourly-rate divisor of a full-time annual rate. */
const HOURLY_DIVISOR = PAY_CONSTANTS.weeksPerYear.times(FULL_TIME);
const OT = { first: dec('1.5'), after: dec('2'), threshold: dec('7.5') };
const PSPC = PAY_CONSTANTS.citation;

/** Hours × multiplier for one date's overtime of one kind (convention overtime.pa-multipliers). */
function weightedHours(dayType: OvertimeDayType, hours: Decimal): Decimal {
  if (dayType === 'secondDayOfRest') return hours.times(OT.after);
  const first = Dec.min(hours, OT.threshold);
  return first.times(OT.first).plus(hours.minus(first).times(OT.after));
}

export function overtimeLine(view: EventView, period: PayPeriod, trace: boolean): EarningLine[] {
  const byDate = new Map<string, { date: IsoDate; dayType?: OvertimeDayType; multiplier?: Decimal; hours: Decimal }>();
  for (const ot of view.overtime) {
    if (ot.date < period.start || ot.date > period.end || !view.employedOn(ot.date)) continue;
    const key =
      ot.premium.kind === 'dayType'
        ? `${ot.date}|${ot.premium.dayType}`
        : `${ot.date}|x${ot.premium.multiplier.toString()}|${ot.id}`;
    const seen = byDate.get(key);
    if (seen) seen.hours = seen.hours.plus(ot.hours);
    else
      byDate.set(key, {
        date: ot.date,
        hours: ot.hours,
        ...(ot.premium.kind === 'dayType' ? { dayType: ot.premium.dayType } : { multiplier: ot.premium.multiplier }),
      });
  }
  if (byDate.size === 0) return [];
  let numerator = ZERO;
  let hours = ZERO;
  const inputs: Record<string, string> = {};
  for (const o of byDate.values()) {
    const s = view.substantiveRate(o.date);
    const rate = view.actingRate(o.date, s) ?? s;
    const weighted = o.dayType ? weightedHours(o.dayType, o.hours) : o.hours.times(o.multiplier as Decimal);
    numerator = numerator.plus(rate.times(weighted));
    hours = hours.plus(o.hours);
    if (trace)
      inputs[`${o.date} ${o.dayType ?? `×${o.multiplier?.toString()}`}`] =
        `${o.hours.toString()} h at annual ${rate.toString()} = ${weighted.toString()} weighted h`;
  }
  const exact = numerator.dividedBy(HOURLY_DIVISOR);
  const amount = Money.roundHalfUp(exact);
  return [
    {
      code: 'OVERTIME',
      amount,
      hours,
      description: `Overtime, ${hours.toString()} h`,
      trace: !trace
        ? []
        : [
            {
              step: 'OVERTIME',
              label:
                'Overtime: Σ annual rate of the position worked / 1956.6 × hours × multiplier, half-up to the cent',
              labelFr:
                'Heures supplémentaires : Σ taux annuel du poste occupé / 1956,6 × heures × multiplicateur, arrondi au cent le plus proche',
              value: amount.toString(),
              inputs: { ...inputs, exact: exact.toString() },
              citation: `${PSPC}; convention: ${CONVENTION.overtime}; acting rate by ${CONVENTION.placement}`,
            },
          ],
    },
  ];
}
