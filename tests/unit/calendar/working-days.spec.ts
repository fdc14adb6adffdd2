import fc from 'fast-check';
import { addDays, isWorkingDay, workingDays } from '../../../src/domain/calendar';
import { isoDateArb } from '../../fixtures/arbitraries';

describe('working days (Mon–Fri, statutory holidays not removed)', () => {
  it('counts Monday to Friday, both ends inclusive', () => {
    expect(workingDays('2026-01-05', '2026-01-09')).toBe(5); // Mon..Fri
    expect(workingDays('2026-01-03', '2026-01-04')).toBe(0); // Sat..Sun
    expect(workingDays('2026-01-09', '2026-01-12')).toBe(2); // Fri..Mon
    expect(workingDays('2026-01-01', '2026-12-31')).toBe(261);
    expect(workingDays('2026-01-10', '2026-01-09')).toBe(0);
  });

  it('does not remove statutory holidays: Christmas 2025 is a working day for pay', () => {
    expect(isWorkingDay('2025-12-25')).toBe(true);
    expect(workingDays('2025-12-18', '2025-12-31')).toBe(10);
  });

  it('agrees with counting day by day', () => {
    fc.assert(
      fc.property(isoDateArb(), fc.integer({ min: 0, max: 60 }), (from, len) => {
        let count = 0;
        for (let i = 0; i <= len; i += 1) if (isWorkingDay(addDays(from, i))) count += 1;
        expect(workingDays(from, addDays(from, len))).toBe(count);
      }),
    );
  });
});
