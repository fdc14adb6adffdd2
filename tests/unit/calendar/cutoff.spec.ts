import fc from 'fast-check';
import {
  PAY_RUN_LOCK,
  cutoffConvention,
  cutoffFor,
  describeCutoff,
  isLateEntry,
  isSeenBy,
  payRunFor,
  payRunSeeing,
  previousPayday,
} from '../../../src/domain/calendar';
import { isoDateArb } from '../../fixtures/arbitraries';

describe('cut-off (convention cutoff.pay-run-lock)', () => {
  it('defaults to the Wednesday one week before payday', () => {
    expect(PAY_RUN_LOCK).toEqual({ name: 'cutoff.pay-run-lock', daysBeforePayday: 7 });
    expect(cutoffFor('2026-01-14')).toBe('2026-01-07');
    expect(describeCutoff(PAY_RUN_LOCK)).toBe('cutoff.pay-run-lock (7 days before payday)');
  });

  it('takes the offset as a parameter, 0 to 13 days', () => {
    expect(cutoffFor('2026-01-14', cutoffConvention(3))).toBe('2026-01-11');
    expect(cutoffFor('2026-01-14', cutoffConvention(0))).toBe('2026-01-14');
    expect(() => cutoffConvention(14)).toThrow(
      'cutoff.pay-run-lock: 14 days before payday is not allowed (expected a whole number from 0 to 13)',
    );
    expect(() => cutoffConvention(1.5)).toThrow(/not allowed/);
  });

  it('an entry on the cut-off is in the run; the day after, only in the next run', () => {
    const run = payRunFor('2026-01-14');
    expect(isSeenBy('2026-01-07', run)).toBe(true);
    expect(isSeenBy('2026-01-08', run)).toBe(false);
    expect(payRunSeeing('2026-01-07').payday).toBe('2026-01-14');
    expect(payRunSeeing('2026-01-08').payday).toBe('2026-01-28');
  });

  it('an event entered after the cut-off of the run paying its period is a late (retroactive) entry', () => {
    // Acting from 2025-12-22 (period paid 2026-01-14, cut-off 2026-01-07).
    expect(isLateEntry({ effective: '2025-12-22', entered: '2026-01-07' })).toBe(false);
    expect(isLateEntry({ effective: '2025-12-22', entered: '2026-01-08' })).toBe(true);
    expect(isLateEntry({ effective: '2026-03-02', entered: '2026-01-08' })).toBe(false); // entered in advance
  });

  it('each entry date is seen by exactly one first pay run, whose cut-off is on or after it', () => {
    fc.assert(
      fc.property(isoDateArb(), fc.integer({ min: 0, max: 13 }), (entered, days) => {
        const conv = cutoffConvention(days);
        const run = payRunSeeing(entered, conv);
        expect(isSeenBy(entered, run)).toBe(true);
        const previous = payRunFor(previousPayday(run.payday), conv);
        expect(isSeenBy(entered, previous)).toBe(false);
        expect(run.cutoff > run.periodEnd).toBe(true);
      }),
    );
  });
});
