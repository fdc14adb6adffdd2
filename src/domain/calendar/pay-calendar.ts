import { invalidInput } from '../errors';
import { IsoDate, WEEKDAY_NAMES, addDays, dayOfWeek, fromDayNumber, toDayNumber } from './iso-date';
import { holidayOn } from './holidays';

/**
 * The federal biweekly pay calendar, as data (convention calendar.payday-cadence):
 * - the official payday is "every second Wednesday commencing Wednesday, January 15, 1992"
 *   (TBS, Payday); pay periods run Thursday to the second following Wednesday (14 days);
 * - pay is in arrears since April 23, 2014 (PSPC): the period paid on the scheduled payday S
 *   runs from S−27 (Thursday) to S−14 (Wednesday).
 * A scheduled payday that falls on a designated holiday is paid the business day before
 * (convention calendar.payday-holiday-previous-business-day, holidays.ts): 2025-01-01 is paid
 * on 2024-12-31, so that pay is 2024 income and 2025 has 26 paydays; 2026-07-01 (Canada Day)
 * is paid on 2026-06-30. Everything keyed by a payday uses the day the pay is made.
 */
export const PAYDAY_CADENCE = {
  anchor: '1992-01-15',
  everyDays: 14,
  /** Days from the last day of a period to the scheduled payday that pays it. */
  arrearsDays: 14,
  periodDays: 14,
  source:
    'TBS, Payday: "the official payday is every second Wednesday commencing Wednesday, January 15, 1992"; PSPC, How public service pay works (pay in arrears)',
} as const;

export const PAYDAY_ANCHOR: IsoDate = PAYDAY_CADENCE.anchor;
export const PERIOD_LENGTH_DAYS = PAYDAY_CADENCE.periodDays;
export const ARREARS_DAYS = PAYDAY_CADENCE.arrearsDays;

const ANCHOR_DAY = toDayNumber(PAYDAY_ANCHOR);
/** The first day (a Thursday) of the period paid on the anchor payday. */
const ANCHOR_PERIOD_START_DAY = ANCHOR_DAY - ARREARS_DAYS - (PERIOD_LENGTH_DAYS - 1);
/** A holiday moves a payday back at most this many days (a run of holidays and a weekend). */
const MAX_SHIFT_DAYS = 6;

/** A pay period, both ends inclusive. */
export interface PayPeriod {
  start: IsoDate;
  end: IsoDate;
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** True on the cadence's Wednesdays (before any holiday moves them). */
export function isScheduledPayday(date: IsoDate): boolean {
  return mod(toDayNumber(date) - ANCHOR_DAY, PERIOD_LENGTH_DAYS) === 0;
}

/** The first cadence Wednesday on or after `date`. */
export function scheduledOnOrAfter(date: IsoDate): IsoDate {
  const n = toDayNumber(date);
  return fromDayNumber(n + mod(ANCHOR_DAY - n, PERIOD_LENGTH_DAYS));
}

/** A business day: Monday to Friday and not a designated holiday. */
export function isBusinessDay(date: IsoDate): boolean {
  const d = dayOfWeek(date);
  return d !== 0 && d !== 6 && holidayOn(date) === undefined;
}

/** The day the pay of a scheduled payday is made: the scheduled day, or the business day before it. */
export function paidOn(scheduled: IsoDate): IsoDate {
  let day = scheduled;
  while (!isBusinessDay(day)) day = addDays(day, -1);
  return day;
}

/** Memo of scheduledPaydayOf (null: no pay that day): the calendar never changes, and paydays are asked about often. */
const SCHEDULED = new Map<IsoDate, IsoDate | null>();

/** The scheduled payday whose pay is made on `date`, or undefined when no pay is made that day. */
export function scheduledPaydayOf(date: IsoDate): IsoDate | undefined {
  let found = SCHEDULED.get(date);
  if (found === undefined) {
    const scheduled = scheduledOnOrAfter(date);
    const near = toDayNumber(scheduled) - toDayNumber(date) <= MAX_SHIFT_DAYS;
    found = near && paidOn(scheduled) === date ? scheduled : null;
    // Bounded: a long fuzzing session asks about many dates.
    if (SCHEDULED.size >= 100_000) SCHEDULED.clear();
    SCHEDULED.set(date, found);
  }
  return found ?? undefined;
}

export function isPayday(date: IsoDate): boolean {
  return scheduledPaydayOf(date) !== undefined;
}

export function paydayOnOrAfter(date: IsoDate): IsoDate {
  let scheduled = scheduledOnOrAfter(date);
  while (paidOn(scheduled) < date) scheduled = addDays(scheduled, PERIOD_LENGTH_DAYS);
  return paidOn(scheduled);
}

export function paydayOnOrBefore(date: IsoDate): IsoDate {
  let scheduled = scheduledOnOrAfter(date);
  while (paidOn(scheduled) > date) scheduled = addDays(scheduled, -PERIOD_LENGTH_DAYS);
  return paidOn(scheduled);
}

/** The payday after `payday` (its scheduled day + 14, moved for a holiday). */
export function nextPayday(payday: IsoDate): IsoDate {
  return paidOn(addDays(scheduledOf(payday), PERIOD_LENGTH_DAYS));
}

/** The payday before `payday`. */
export function previousPayday(payday: IsoDate): IsoDate {
  return paidOn(addDays(scheduledOf(payday), -PERIOD_LENGTH_DAYS));
}

/** Throws INVALID_INPUT naming the nearest paydays when `date` is not a payday. */
export function assertPayday(date: IsoDate): IsoDate {
  if (isPayday(date)) return date;
  const before = paydayOnOrBefore(date);
  throw invalidInput(
    `${date} (a ${WEEKDAY_NAMES[dayOfWeek(date)]}) is not a federal payday (the nearest are ${before} and ${paydayOnOrAfter(date)})`,
  );
}

/** The scheduled (cadence) payday of a payday; throws INVALID_INPUT when `payday` is not one. */
export function scheduledOf(payday: IsoDate): IsoDate {
  return scheduledPaydayOf(assertPayday(payday)) as IsoDate;
}

/** Every payday from `from` to `to`, both inclusive (either may be any date). */
export function paydaysBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = paydayOnOrAfter(from); d <= to; d = nextPayday(d)) days.push(d);
  return days;
}

export function paydaysInYear(year: number): IsoDate[] {
  if (!Number.isInteger(year) || year < 1 || year > 9998) throw new RangeError(`${year} is not a supported year`);
  const y = String(year).padStart(4, '0');
  return paydaysBetween(`${y}-01-01`, `${y}-12-31`);
}

/**
 * P for tax: the number of paydays in the calendar year (26, or 27 in a 27-payday year).
 * Deductions belong to the year the pay is made (T4127: P is the number of pay periods in the
 * year; income is taxed in the year it is received), so a holiday can move a pay, and one
 * of P, into the year before (convention tax.year-of-payday).
 */
export function periodsPerYear(year: number): number {
  let p = PERIODS_PER_YEAR.get(year);
  if (p === undefined) {
    p = paydaysInYear(year).length;
    PERIODS_PER_YEAR.set(year, p);
  }
  return p;
}

/** Memo of periodsPerYear: the calendar of a year never changes. */
const PERIODS_PER_YEAR = new Map<number, number>();

/** The period paid on `payday`: S−27 (Thursday) to S−14 (Wednesday) of its scheduled payday S. */
export function periodOfPayday(payday: IsoDate): PayPeriod {
  const end = addDays(scheduledOf(payday), -ARREARS_DAYS);
  return { start: addDays(end, -(PERIOD_LENGTH_DAYS - 1)), end };
}

/** The pay period a date falls in (every date falls in exactly one). */
export function periodContaining(date: IsoDate): PayPeriod {
  const n = toDayNumber(date);
  const start = n - mod(n - ANCHOR_PERIOD_START_DAY, PERIOD_LENGTH_DAYS);
  return { start: fromDayNumber(start), end: fromDayNumber(start + PERIOD_LENGTH_DAYS - 1) };
}

/** The payday that pays a period; throws INVALID_INPUT if `period` is not a real pay period. */
export function paydayForPeriod(period: PayPeriod): IsoDate {
  const real = periodContaining(period.start);
  if (real.start !== period.start || real.end !== period.end) {
    throw invalidInput(
      `${period.start} to ${period.end} is not a pay period (expected Thursday to Wednesday, e.g. ${real.start} to ${real.end})`,
    );
  }
  return paidOn(addDays(period.end, ARREARS_DAYS));
}

const MOVED = new Map<number, { scheduled: IsoDate; paidOn: IsoDate }[]>();

/** The paydays of `year`'s pays that a holiday moved (paid on a day other than the scheduled one), either way across the year end. */
export function movedPaydays(year: number): { scheduled: IsoDate; paidOn: IsoDate }[] {
  let moved = MOVED.get(year);
  if (!moved) {
    moved = findMoved(year);
    MOVED.set(year, moved);
  }
  return moved;
}

function findMoved(year: number): { scheduled: IsoDate; paidOn: IsoDate }[] {
  const y = String(year).padStart(4, '0');
  const out: { scheduled: IsoDate; paidOn: IsoDate }[] = [];
  for (
    let s = scheduledOnOrAfter(`${y}-01-01`);
    s <= addDays(`${y}-12-31`, MAX_SHIFT_DAYS);
    s = addDays(s, PERIOD_LENGTH_DAYS)
  ) {
    const day = paidOn(s);
    if (day !== s && (s.startsWith(y) || day.startsWith(y))) out.push({ scheduled: s, paidOn: day });
  }
  return out;
}
