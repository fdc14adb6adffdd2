import { invalidInput } from '../errors';

/**
 * A calendar date as ISO 8601 text, 'YYYY-MM-DD' (years 0000–9999). Dates cross every
 * boundary in this form; because the year has four digits, text order is date order.
 *
 * Arithmetic is on day numbers (days since 1970-01-01) with the civil-calendar formulas of
 * H. Hinnant ("chrono-compatible low-level date algorithms"): no Date object, no time zone,
 * no clock, so every result is deterministic.
 */
export type IsoDate = string;

/** 0 = Sunday … 6 = Saturday, as in ISO week-day order shifted to JavaScript's convention. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const WEDNESDAY: Weekday = 3;
export const THURSDAY: Weekday = 4;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_NAMES_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why `text` is not a date, in words a volunteer can act on, or undefined when it is one.
 * "2026-02-30" → "February 2026 has only 28 days".
 */
export function dateProblem(text: string, lang: 'en' | 'fr' = 'en'): string | undefined {
  const fr = lang === 'fr';
  const m = ISO_SHAPE.exec(text);
  if (!m) return fr ? 'attendu : AAAA-MM-JJ, p. ex. 2026-01-14' : 'expected YYYY-MM-DD, e.g. 2026-01-14';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12)
    return fr ? `il n’y a pas de mois ${m[2]} (attendu : 01 à 12)` : `there is no month ${m[2]} (expected 01 to 12)`;
  const last = daysInMonth(y, mo);
  if (d < 1 || d > last)
    return fr
      ? `${MONTH_NAMES_FR[mo - 1]} ${m[1]} n’a que ${last} jours`
      : `${MONTH_NAMES[mo - 1]} ${m[1]} has only ${last} days`;
  return undefined;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && dateProblem(value) === undefined;
}

/** Checks `text` is a real calendar date and returns it; throws INVALID_INPUT otherwise. */
export function parseIsoDate(text: string): IsoDate {
  const problem = dateProblem(text);
  if (problem !== undefined) throw invalidInput(`${text} is not a date: ${problem}`);
  return text;
}

/** Days since 1970-01-01 (negative before). Throws INVALID_INPUT on a non-date. */
export function toDayNumber(date: IsoDate): number {
  parseIsoDate(date);
  let y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number (inverse of toDayNumber). */
export function fromDayNumber(n: number): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${n} is not a whole day number`);
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) throw new RangeError(`day ${n} is outside years 0000–9999`);
  const pad = (v: number, w: number) => String(v).padStart(w, '0');
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`${days} is not a whole number of days`);
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The same day `months` calendar months later, clamped to the month's last day
 * (addMonths('2026-01-31', 1) = '2026-02-28').
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isSafeInteger(months)) throw new RangeError(`${months} is not a whole number of months`);
  parseIsoDate(date);
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (y < 0 || y > 9999) throw new RangeError(`${date} + ${months} months is outside years 0000–9999`);
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days from `from` to `to` (positive when `to` is later): diffDays('2026-01-01', '2026-01-15') = 14. */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const d = toDayNumber(a) - toDayNumber(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/** 1970-01-01 (day 0) was a Thursday. */
export function dayOfWeek(date: IsoDate): Weekday {
  return ((((toDayNumber(date) + THURSDAY) % 7) + 7) % 7) as Weekday;
}

export function yearOf(date: IsoDate): number {
  parseIsoDate(date);
  return Number(date.slice(0, 4));
}
