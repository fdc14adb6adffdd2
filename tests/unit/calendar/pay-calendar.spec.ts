import fc from 'fast-check';
import {
  addDays,
  dayOfWeek,
  diffDays,
  isPayday,
  paydayForPeriod,
  paydaysInYear,
  payRunsBetween,
  periodContaining,
  periodOfPayday,
  periodsPerYear,
  workingDays,
  assertPayday,
  DESIGNATED_HOLIDAYS,
  holidayOn,
  nextPayday,
  paydayOnOrAfter,
  paydayOnOrBefore,
  paydaysBetween,
  previousPayday,
  scheduledOf,
} from '../../../src/domain/calendar';
import { paydayArb } from '../../fixtures/arbitraries';

describe('federal biweekly pay calendar', () => {
  it('2026 has 26 paydays, January 14 to December 30', () => {
    const days = paydaysInYear(2026);
    expect(days).toHaveLength(26);
    expect(days[0]).toBe('2026-01-14');
    expect(days[25]).toBe('2026-12-30');
    expect(periodsPerYear(2026)).toBe(26);
  });

  // TBS, Payday: "every second Wednesday commencing Wednesday, January 15, 1992"; a payday on a
  // holiday is paid the business day before (r/CanadaPublicServants, Oct 2024, quoting the Pay
  // Centre calendar: "The pay centre calendar says that 31 December 2024 is a pay day").
  it("the pay due on New Year's Day 2025 is made on 2024-12-31: 2024 has 27 paydays, 2025 has 26 (P = 26)", () => {
    const days = paydaysInYear(2025);
    expect(days).toHaveLength(26);
    expect(days[0]).toBe('2025-01-15');
    expect(days[25]).toBe('2025-12-31');
    expect(periodsPerYear(2025)).toBe(26);
    expect(paydaysInYear(2024).at(-1)).toBe('2024-12-31');
    expect(periodsPerYear(2024)).toBe(27);
    expect(isPayday('2025-01-01')).toBe(false);
    expect(isPayday('2024-12-31')).toBe(true);
    expect(scheduledOf('2024-12-31')).toBe('2025-01-01');
    // The period is the scheduled payday's: 2024-12-05 to 2024-12-18.
    expect(periodOfPayday('2024-12-31')).toEqual({ start: '2024-12-05', end: '2024-12-18' });
    expect(paydayForPeriod({ start: '2024-12-05', end: '2024-12-18' })).toBe('2024-12-31');
  });

  it('the pay due on Canada Day 2026 (a Wednesday) is made on Tuesday 2026-06-30, in the same year', () => {
    expect(holidayOn('2026-07-01')).toBe('Canada Day');
    expect(paydaysBetween('2026-06-17', '2026-07-15')).toEqual(['2026-06-17', '2026-06-30', '2026-07-15']);
    expect(nextPayday('2026-06-17')).toBe('2026-06-30');
    expect(previousPayday('2026-07-15')).toBe('2026-06-30');
    expect(periodsPerYear(2026)).toBe(26);
    expect(paydayOnOrAfter('2026-07-01')).toBe('2026-07-15');
    expect(paydayOnOrBefore('2026-07-01')).toBe('2026-06-30');
  });

  it('holds the holidays as data, each on its weekday (Monday holidays on Mondays, none on a weekend)', () => {
    for (const [date, name] of DESIGNATED_HOLIDAYS) {
      const day = dayOfWeek(date);
      if (/^(Easter Monday|Victoria Day|Labour Day|Thanksgiving Day)$/.test(name))
        expect({ name, day }).toEqual({ name, day: 1 });
      if (name === 'Good Friday') expect({ name, day }).toEqual({ name, day: 5 });
      if (name.includes('observed')) expect([1, 2]).toContain(day);
      expect([0, 6]).not.toContain(day);
    }
  });

  it('the period paid on 2026-01-14 runs Thursday 2025-12-18 to Wednesday 2025-12-31', () => {
    expect(periodOfPayday('2026-01-14')).toEqual({ start: '2025-12-18', end: '2025-12-31' });
    expect(paydayForPeriod({ start: '2025-12-18', end: '2025-12-31' })).toBe('2026-01-14');
  });

  it('finds the period containing any day', () => {
    expect(periodContaining('2025-12-18')).toEqual({ start: '2025-12-18', end: '2025-12-31' });
    expect(periodContaining('2025-12-31')).toEqual({ start: '2025-12-18', end: '2025-12-31' });
    expect(periodContaining('2026-01-01')).toEqual({ start: '2026-01-01', end: '2026-01-14' });
  });

  it('refuses a day that is not a payday, naming the nearest ones', () => {
    expect(() => assertPayday('2026-01-15')).toThrow(
      '2026-01-15 (a Thursday) is not a federal payday (the nearest are 2026-01-14 and 2026-01-28)',
    );
    expect(() => periodOfPayday('2026-01-21')).toThrow(/not a federal payday/);
  });

  it('refuses a period that is not a pay period', () => {
    expect(() => paydayForPeriod({ start: '2025-12-19', end: '2026-01-01' })).toThrow(
      '2025-12-19 to 2026-01-01 is not a pay period (expected Thursday to Wednesday, e.g. 2025-12-18 to 2025-12-31)',
    );
  });

  it('lists pay runs between two dates, inclusive', () => {
    const runs = payRunsBetween('2026-01-14', '2026-02-11');
    expect(runs.map((r) => r.payday)).toEqual(['2026-01-14', '2026-01-28', '2026-02-11']);
    expect(runs[0]).toEqual({
      payday: '2026-01-14',
      periodStart: '2025-12-18',
      periodEnd: '2025-12-31',
      cutoff: '2026-01-07',
      periodsInYear: 26,
    });
    expect(payRunsBetween('2025-12-31', '2025-12-31')[0].periodsInYear).toBe(26);
    // The cut-off counts from the scheduled payday, so the windows stay 14 days apart.
    expect(payRunsBetween('2026-06-30', '2026-06-30')[0].cutoff).toBe('2026-06-24');
    expect(payRunsBetween('2026-01-15', '2026-01-27')).toEqual([]);
  });

  it('every period runs Thursday to Wednesday, 14 days with 10 working days, paid 14 days after it ends', () => {
    fc.assert(
      fc.property(paydayArb(), (payday) => {
        const p = periodOfPayday(payday);
        expect(dayOfWeek(p.start)).toBe(4);
        expect(dayOfWeek(p.end)).toBe(3);
        expect(diffDays(p.start, p.end)).toBe(13);
        expect(workingDays(p.start, p.end)).toBe(10);
        expect(diffDays(p.start, scheduledOf(payday))).toBe(27);
        expect(paydayForPeriod(p)).toBe(payday);
        expect(periodContaining(addDays(p.start, 7))).toEqual(p);
      }),
    );
  });

  it('every year has 26 or 27 paydays', () => {
    for (let y = 1993; y <= 2060; y += 1) expect([26, 27]).toContain(periodsPerYear(y));
  });
});
