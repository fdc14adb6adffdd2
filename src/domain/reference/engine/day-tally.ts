import type Decimal from 'decimal.js';
import { type IsoDate, type PayPeriod, addDays, addMonths, isWorkingDay } from '../../calendar';
import { ZERO } from '../../money';
import { bilingualMonth } from './bilingualism';
import type { EventView } from './event-view';

/** Working days per annual rate: Σ count × rate is the numerator of a line. */
export class DayTally {
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

export interface DayTallies {
  regular: DayTally;
  lwop: DayTally;
  /** Leave days in the first three months of their leave: pension stays owed (pension.lwop-first-three-months). */
  lwopPensionable: DayTally;
  /** Pensionable leave days per leave id, to attribute the period's deficiency to a leave. */
  lwopDaysByLeave: Map<string, number>;
  acting: DayTally;
  allowance: DayTally;
  lastEmployedRate?: Decimal;
}

/** Who gets the bilingualism bonus, and how (allowance.bilingualism-monthly). */
export type BonusBasis = 'monthly' | 'pro-rata' | 'none';

const WORKING_DAYS = new Map<IsoDate, IsoDate[]>();

/** The working days of a period (memoised: the calendar never changes). */
export function workingDaysOf(period: PayPeriod): IsoDate[] {
  let days = WORKING_DAYS.get(period.start);
  if (!days) {
    days = [];
    for (let d = period.start; d <= period.end; d = addDays(d, 1)) if (isWorkingDay(d)) days.push(d);
    WORKING_DAYS.set(period.start, days);
  }
  return days;
}

/** The last day of the first three months of a leave starting on `start` (TBS: "the first three months"). */
export function pensionableUntil(start: IsoDate): IsoDate {
  return addDays(addMonths(start, 3), -1);
}

function tallyLeaveDay(t: DayTallies, view: EventView, d: IsoDate, rate: Decimal): void {
  t.lwop.add(rate);
  const leave = view.leaveOn(d);
  if (leave && d <= pensionableUntil(leave.start)) {
    t.lwopPensionable.add(rate);
    t.lwopDaysByLeave.set(leave.id, (t.lwopDaysByLeave.get(leave.id) ?? 0) + 1);
  }
}

export function tallyDays(view: EventView, period: PayPeriod, bonus: BonusBasis): DayTallies {
  const t: DayTallies = {
    regular: new DayTally(),
    lwop: new DayTally(),
    lwopPensionable: new DayTally(),
    lwopDaysByLeave: new Map(),
    acting: new DayTally(),
    allowance: new DayTally(),
  };
  for (const d of workingDaysOf(period)) {
    if (!view.employedOn(d)) continue;
    const s = view.substantiveRate(d);
    t.lastEmployedRate = s;
    t.regular.add(s);
    // A qualifying month pays every employed working day of it, leave days included.
    const month = bonus === 'monthly' ? bilingualMonth(view, d.slice(0, 7)) : undefined;
    if (month) t.allowance.add(month);
    if (view.onLeave(d)) {
      tallyLeaveDay(t, view, d, s);
      continue;
    }
    const a = view.actingRate(d, s);
    if (a) t.acting.add(a.minus(s));
    if (bonus === 'pro-rata') for (const al of view.allowancesOn(d)) t.allowance.add(al.annualAmount.toDecimal());
  }
  return t;
}
