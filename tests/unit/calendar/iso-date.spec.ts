import fc from 'fast-check';
import {
  addDays,
  compareDates,
  dateProblem,
  dayOfWeek,
  diffDays,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
  yearOf,
} from '../../../src/domain/calendar';
import { PayproofError } from '../../../src/domain/errors';

describe('ISO dates', () => {
  it('accepts real dates, including 29 February of a leap year', () => {
    expect(isIsoDate('2026-01-14')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it.each([
    ['2026-02-30', 'February 2026 has only 28 days'],
    ['1900-02-29', 'February 1900 has only 28 days'],
    ['2026-04-31', 'April 2026 has only 30 days'],
    ['2026-13-01', 'there is no month 13 (expected 01 to 12)'],
    ['2026-00-10', 'there is no month 00 (expected 01 to 12)'],
    ['2026-01-00', 'January 2026 has only 31 days'],
    ['14/01/2026', 'expected YYYY-MM-DD, e.g. 2026-01-14'],
    ['2026-1-14', 'expected YYYY-MM-DD, e.g. 2026-01-14'],
    ['', 'expected YYYY-MM-DD, e.g. 2026-01-14'],
  ])('refuses %j: %s', (text, problem) => {
    expect(dateProblem(text)).toBe(problem);
    expect(isIsoDate(text)).toBe(false);
  });

  it('throws INVALID_INPUT with a plain message', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow(
      new PayproofError('INVALID_INPUT', '2026-02-30 is not a date: February 2026 has only 28 days'),
    );
  });

  it('counts days across month, year and leap-day boundaries', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-14', -27)).toBe('2025-12-18');
    expect(diffDays('2026-01-01', '2027-01-01')).toBe(365);
    expect(diffDays('2024-01-01', '2025-01-01')).toBe(366);
    expect(diffDays('2026-01-15', '2026-01-01')).toBe(-14);
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('1992-01-15')).toBe(3); // Wednesday: the payday anchor
    expect(dayOfWeek('2026-01-14')).toBe(3);
    expect(dayOfWeek('2025-12-18')).toBe(4); // Thursday
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-28')).toBe(0); // Sunday, before day 0
  });

  it('compares and reads the year', () => {
    expect(compareDates('2025-12-31', '2026-01-01')).toBe(-1);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
    expect(yearOf('2026-12-30')).toBe(2026);
  });

  it('day numbers and dates are inverse, and text order is date order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -700_000, max: 2_900_000 }),
        fc.integer({ min: -700_000, max: 2_900_000 }),
        (a, b) => {
          const da = fromDayNumber(a);
          expect(isIsoDate(da)).toBe(true);
          expect(toDayNumber(da)).toBe(a);
          expect(Math.sign(compareDates(da, fromDayNumber(b)))).toBe(Math.sign(a - b));
          expect(da < fromDayNumber(b)).toBe(a < b);
        },
      ),
    );
  });
});
