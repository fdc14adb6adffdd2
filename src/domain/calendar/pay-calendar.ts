import { invalidInput } from '../errors';
import { IsoDate, WEEKDAY_NAMES, addDays, dayOfWeek, fromDayNumber, toDayNumber } from './iso-date';

/**
 * The federal biweekly pay calendar (public-service-pay.md, "Calendar"):
 * - a pay period runs Thursday to the second following Wednesday (14 days);
 * - pay is in arrears since April 23, 2014: a period is paid on the Wednesday two weeks
 *   after it ends, so the period paid on payday W runs from W−27 (Thursday) to W−14 (Wednesday);
 * - paydays follow a two-week cadence that includes Wednesday 1992-01-15 (derived: it gives
 *   26 paydays in 2026, Jan 14 … Dec 30, and 27 in 2025, Jan 1 … Dec 31).
 */
export const PAYDAY_ANCHOR: IsoDate = '1992-01-15';
export const PERIOD_LENGTH_DAYS = 14;
/** Days from the last day of a period to the payday that pays it. */
export const ARREARS_DAYS = 14;

const ANCHOR_DAY = toDayNumber(PAYDAY_ANCHOR);
/** The first day (a Thursday) of the period paid on the anchor payday. */
const ANCHOR_PERIOD_START_DAY = ANCHOR_DAY - ARREARS_DAYS - (PERIOD_LENGTH_DAYS - 1);

/** A pay period, both ends inclusive. */
export interface PayPeriod {
  start: IsoDate;
  end: IsoDate;
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

export function isPayday(date: IsoDate): boolean {
  return mod(toDayNumber(date) - ANCHOR_DAY, PERIOD_LENGTH_DAYS) === 0;
}

/** Throws INVALID_INPUT naming the nearest paydays when `date` is not a payday. */
export function assertPayday(date: IsoDate): IsoDate {
  if (isPayday(date)) return date;
  const before = paydayOnOrBefore(date);
  throw invalidInput(
    `${date} (a ${WEEKDAY_NAMES[dayOfWeek(date)]}) is not a federal payday (the nearest are ${before} and ${addDays(before, PERIOD_LENGTH_DAYS)})`,
  );
}

export function paydayOnOrAfter(date: IsoDate): IsoDate {
  const n = toDayNumber(date);
  return fromDayNumber(n + mod(ANCHOR_DAY - n, PERIOD_LENGTH_DAYS));
}

export function paydayOnOrBefore(date: IsoDate): IsoDate {
  const n = toDayNumber(date);
  return fromDayNumber(n - mod(n - ANCHOR_DAY, PERIOD_LENGTH_DAYS));
}

/** Every payday from `from` to `to`, both inclusive (either may be any date). */
export function paydaysBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const last = toDayNumber(to);
  const days: IsoDate[] = [];
  for (let n = toDayNumber(paydayOnOrAfter(from)); n <= last; n += PERIOD_LENGTH_DAYS) days.push(fromDayNumber(n));
  return days;
}

export function paydaysInYear(year: number): IsoDate[] {
  if (!Number.isInteger(year) || year < 1 || year > 9998) throw new RangeError(`${year} is not a supported year`);
  const y = String(year).padStart(4, '0');
  return paydaysBetween(`${y}-01-01`, `${y}-12-31`);
}

/**
 * P for tax: the number of paydays in the calendar year (26, or 27 in a 27-payday year).
 * Deductions belong to the year of the pay date (public-service-pay.md, "Calendar").
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

/** The period paid on `payday`: W−27 (Thursday) to W−14 (Wednesday). */
export function periodOfPayday(payday: IsoDate): PayPeriod {
  assertPayday(payday);
  const end = addDays(payday, -ARREARS_DAYS);
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
  return addDays(period.end, ARREARS_DAYS);
}
