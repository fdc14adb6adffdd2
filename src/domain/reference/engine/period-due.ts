import type Decimal from 'decimal.js';
import { type IsoDate, type PayPeriod, addDays, isWorkingDay } from '../../calendar';
import { Dec, Money, ZERO, dec } from '../../money';
import type { LineCode, OvertimeDayType, Scenario } from '../../scenario';
import { PAY_CONSTANTS } from '../../rules/public-service/pay-constants';
import type { TraceStep } from '../trace';
import { CONVENTIONS, type EventView } from './event-view';

/** One earning line of a period, before it is put on a statement. */
export interface EarningLine {
  code: Extract<LineCode, 'REGULAR' | 'ACTING' | 'OVERTIME' | 'ALLOWANCE_BILINGUALISM' | 'LWOP'>;
  amount: Money;
  hours?: Decimal;
  description: string;
  trace: TraceStep[];
}

/** What is due for one period, as known at one cut-off (docs/reference-engine.md, section 2). */
export interface PeriodDue {
  period: PayPeriod;
  lines: EarningLine[];
  total: Money;
  /** Pensionable salary: REGULAR + ACTING + LWOP. */
  salary: Money;
  /** The substantive annual rate × hours factor on the last employed day, for insurance premiums. */
  insuredAnnual?: Decimal;
}

const FULL_TIME = PAY_CONSTANTS.fullTimeWeeklyHours;
/** 260.88 × 37.5: the daily-rate divisor with the hours factor folded in, so each line divides once. */
const DAILY_DIVISOR = PAY_CONSTANTS.dailyDivisor.times(FULL_TIME);
/** 52.176 × 37.5 = 1956.6: the hourly-rate divisor of a full-time annual rate. */
const HOURLY_DIVISOR = PAY_CONSTANTS.weeksPerYear.times(FULL_TIME);
const ONE_THIRD_TIME = FULL_TIME.dividedBy(3);
const OT = { first: dec('1.5'), after: dec('2'), threshold: dec('7.5') };
const PSPC = PAY_CONSTANTS.citation;

/** Working days per annual rate: Σ count × rate is the numerator of a line. */
class DayTally {
  private readonly byRate = new Map<string, { rate: Decimal; days: number }>();
  add(rate: Decimal): void {
    const key = rate.toString();
    const seen = this.byRate.get(key);
    if (seen) seen.days += 1;
    else this.byRate.set(key, { rate, days: 1 });
  }
  get days(): number {
    let n = 0;
    for (const v of this.byRate.values()) n += v.days;
    return n;
  }
  numerator(hours: Decimal): Decimal {
    let sum = ZERO;
    for (const v of this.byRate.values()) sum = sum.plus(v.rate.times(v.days));
    return sum.times(hours);
  }
  describe(): Record<string, string> {
    return Object.fromEntries([...this.byRate.values()].map((v) => [`days at ${v.rate.toString()}`, String(v.days)]));
  }
}

interface DayTallies {
  regular: DayTally;
  lwop: DayTally;
  acting: DayTally;
  allowance: DayTally;
  lastEmployedRate?: Decimal;
}

const WORKING_DAYS = new Map<IsoDate, IsoDate[]>();

/** The working days of a period (memoised: the calendar never changes). */
function workingDaysOf(period: PayPeriod): IsoDate[] {
  let days = WORKING_DAYS.get(period.start);
  if (!days) {
    days = [];
    for (let d = period.start; d <= period.end; d = addDays(d, 1)) if (isWorkingDay(d)) days.push(d);
    WORKING_DAYS.set(period.start, days);
  }
  return days;
}

function tallyDays(view: EventView, period: PayPeriod, allowancesPaid: boolean): DayTallies {
  const t: DayTallies = {
    regular: new DayTally(),
    lwop: new DayTally(),
    acting: new DayTally(),
    allowance: new DayTally(),
  };
  for (const d of workingDaysOf(period)) {
    if (!view.employedOn(d)) continue;
    const s = view.substantiveRate(d);
    t.lastEmployedRate = s;
    t.regular.add(s);
    if (view.onLeave(d)) {
      t.lwop.add(s);
      continue;
    }
    const a = view.actingRate(d, s);
    if (a) t.acting.add(a.minus(s));
    if (allowancesPaid) for (const al of view.allowancesOn(d)) t.allowance.add(al.annualAmount.toDecimal());
  }
  return t;
}

function dayLine(
  code: EarningLine['code'],
  tally: DayTally,
  ctx: { hours: Decimal; sign: 1 | -1; label: string; citation: string; trace: boolean },
): EarningLine[] {
  if (tally.days === 0) return [];
  const exact = tally.numerator(ctx.hours).dividedBy(DAILY_DIVISOR).times(ctx.sign);
  const amount = Money.roundHalfUp(exact);
  if (amount.isZero()) return [];
  const hours = ctx.hours.times(tally.days).dividedBy(5).times(ctx.sign);
  return [
    {
      code,
      amount,
      hours,
      description: `${ctx.label}, ${tally.days} working day${tally.days === 1 ? '' : 's'}`,
      trace: !ctx.trace
        ? []
        : [
            {
              step: code,
              label: `${ctx.label}: Σ working days × annual rate / 260.88 × weekly hours / 37.5, half-up to the cent`,
              value: amount.toString(),
              inputs: { ...tally.describe(), weeklyHours: ctx.hours.toString(), exact: exact.toString() },
              citation: `${ctx.citation}; convention: ${CONVENTIONS.proration}`,
            },
          ],
    },
  ];
}

/** Hours × multiplier for one date's overtime of one kind (convention overtime.pa-multipliers). */
function weightedHours(dayType: OvertimeDayType, hours: Decimal): Decimal {
  if (dayType === 'secondDayOfRest') return hours.times(OT.after);
  const first = Dec.min(hours, OT.threshold);
  return first.times(OT.first).plus(hours.minus(first).times(OT.after));
}

function overtimeLine(view: EventView, period: PayPeriod, trace: boolean): EarningLine[] {
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
              value: amount.toString(),
              inputs: { ...inputs, exact: exact.toString() },
              citation: `${PSPC}; convention: ${CONVENTIONS.overtime}; acting rate by ${CONVENTIONS.placement}`,
            },
          ],
    },
  ];
}

/** What is due for `period` knowing the events of `view` (docs/reference-engine.md, section 2). */
export function periodDue(scenario: Scenario, view: EventView, period: PayPeriod, trace: boolean): PeriodDue {
  const h = scenario.employee.weeklyHours;
  const t = tallyDays(view, period, h.greaterThan(ONE_THIRD_TIME));
  const lines: EarningLine[] = [
    ...dayLine('REGULAR', t.regular, { hours: h, sign: 1, label: 'Regular pay', citation: PSPC, trace }),
    ...dayLine('ACTING', t.acting, {
      hours: h,
      sign: 1,
      label: 'Acting pay (acting rate − substantive rate)',
      citation: `${PSPC}; convention: ${CONVENTIONS.placement}, ${CONVENTIONS.qualifying}`,
      trace,
    }),
    ...overtimeLine(view, period, trace),
    ...dayLine('ALLOWANCE_BILINGUALISM', t.allowance, {
      hours: h,
      sign: 1,
      label: 'Bilingualism bonus',
      citation: 'TBS, Directive on the Bilingualism Bonus (800 a year)',
      trace,
    }),
    ...dayLine('LWOP', t.lwop, { hours: h, sign: -1, label: 'Leave without pay', citation: PSPC, trace }),
  ];
  const total = Money.sum(lines.map((l) => l.amount));
  const salary = Money.sum(
    lines.filter((l) => l.code === 'REGULAR' || l.code === 'ACTING' || l.code === 'LWOP').map((l) => l.amount),
  );
  const insuredAnnual = t.lastEmployedRate?.times(h).dividedBy(FULL_TIME);
  return { period, lines, total, salary, ...(insuredAnnual && { insuredAnnual }) };
}
