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

  it('2025 had 27 paydays, January 1 to December 31', () => {
    const days = paydaysInYear(2025);
    expect(days).toHaveLength(27);
    expect(days[0]).toBe('2025-01-01');
    expect(days[26]).toBe('2025-12-31');
    expect(periodsPerYear(2025)).toBe(27);
  });

  it('every payday is a Wednesday two weeks after the last', () => {
    const days = paydaysInYear(2026);
    for (const [i, d] of days.entries()) {
      expect(dayOfWeek(d)).toBe(3);
      if (i > 0) expect(diffDays(days[i - 1], d)).toBe(14);
    }
    expect(isPayday('1992-01-15')).toBe(true);
    expect(isPayday('2026-01-21')).toBe(false);
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
    expect(payRunsBetween('2025-12-31', '2025-12-31')[0].periodsInYear).toBe(27);
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
        expect(diffDays(p.start, payday)).toBe(27);
        expect(paydayForPeriod(p)).toBe(payday);
        expect(periodContaining(addDays(p.start, 7))).toEqual(p);
      }),
    );
  });

  it('every year has 26 or 27 paydays', () => {
    for (let y = 1993; y <= 2060; y += 1) expect([26, 27]).toContain(periodsPerYear(y));
  });
});
