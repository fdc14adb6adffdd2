import { conditionHolds } from '../../../../src/domain/checks/defects/conditions';
import { scenario } from './person';

/** Each condition of a signature, on the period a line is for (conditions.ts). */
describe('signature conditions', () => {
  const acting = scenario({
    events: [
      {
        id: 'act',
        kind: 'acting',
        start: '2026-03-04',
        end: '2026-04-30',
        classification: 'AS-04',
        step: 1,
        entered: '2026-04-01',
      },
    ],
    from: '2026-03-25',
    to: '2026-05-20',
  });

  it('acting-first-period: the period holds the first day of an acting assignment', () => {
    expect(conditionHolds('acting-first-period', { scenario: acting, payday: '2026-03-25' })).toBe(true);
    expect(conditionHolds('acting-first-period', { scenario: acting, payday: '2026-04-08' })).toBe(false);
    // A retroactive line for the first period, paid later, is about that period.
    expect(
      conditionHolds('acting-first-period', {
        scenario: acting,
        payday: '2026-04-22',
        forPeriod: { start: '2026-02-26', end: '2026-03-11' },
      }),
    ).toBe(true);
  });

  it('partial-period: a boundary inside the period, and only when both sides have the line', () => {
    expect(conditionHolds('partial-period', { scenario: acting, payday: '2026-03-25' })).toBe(true);
    expect(conditionHolds('partial-period', { scenario: acting, payday: '2026-04-08' })).toBe(false);
    expect(conditionHolds('partial-period', { scenario: acting, payday: '2026-03-25', bothSides: false })).toBe(false);
  });

  it('late-entry: an event entered after the cut-off of the run that paid its first period, that can shape the line', () => {
    // Entered on April 1, after the cut-off of the March 25 run that paid its first days.
    expect(conditionHolds('late-entry', { scenario: acting, payday: '2026-04-08', subject: 'ACTING' })).toBe(true);
    expect(conditionHolds('late-entry', { scenario: acting, payday: '2026-04-08', subject: 'OVERTIME' })).toBe(true);
    expect(conditionHolds('late-entry', { scenario: acting, payday: '2026-04-08', subject: 'REGULAR' })).toBe(false);
    // Not yet seen on March 25.
    expect(conditionHolds('late-entry', { scenario: acting, payday: '2026-03-25', subject: 'ACTING' })).toBe(false);
  });

  it('after-annual-maximum is what the caller measured on the reference', () => {
    expect(
      conditionHolds('after-annual-maximum', { scenario: acting, payday: '2026-12-16', atAnnualMaximum: true }),
    ).toBe(true);
    expect(conditionHolds('after-annual-maximum', { scenario: acting, payday: '2026-12-16' })).toBe(false);
  });

  it('year-boundary, edition-change and payday-27-year come from the calendar and the T4127 editions', () => {
    const plain = scenario({ from: '2025-01-15', to: '2026-01-14' });
    expect(conditionHolds('year-boundary', { scenario: plain, payday: '2026-01-14' })).toBe(true);
    expect(conditionHolds('year-boundary', { scenario: plain, payday: '2026-01-28' })).toBe(false);
    expect(conditionHolds('edition-change', { scenario: plain, payday: '2026-01-14' })).toBe(true);
    expect(conditionHolds('edition-change', { scenario: plain, payday: '2026-01-28' })).toBe(false);
    // 2024 has 27 paydays: the pay of Wednesday 2025-01-01 (a holiday) is made on 2024-12-31
    // (calendar.payday-holiday-previous-business-day); 2025 and 2026 have 26.
    expect(conditionHolds('payday-27-year', { scenario: plain, payday: '2024-12-31' })).toBe(true);
    expect(conditionHolds('payday-27-year', { scenario: plain, payday: '2025-06-04' })).toBe(false);
    expect(conditionHolds('payday-27-year', { scenario: plain, payday: '2026-06-03' })).toBe(false);
  });

  it('overpayment, new-hire and termination: late leave or departure, a hire in the period, a last day by its end', () => {
    const s = scenario({
      events: [
        { id: 'hire', kind: 'hire', effective: '2026-01-05', classification: 'AS-02', step: 1, entered: '2025-12-20' },
        { id: 'lwop', kind: 'leaveWithoutPay', start: '2026-02-02', end: '2026-02-06', entered: '2026-03-10' },
        { id: 'end', kind: 'termination', lastDay: '2026-05-29', entered: '2026-05-01' },
      ],
      employee: { classification: undefined, step: undefined },
      from: '2026-01-28',
      to: '2026-07-15',
    });
    expect(conditionHolds('new-hire', { scenario: s, payday: '2026-01-28' })).toBe(true);
    expect(conditionHolds('new-hire', { scenario: s, payday: '2026-02-11' })).toBe(false);
    const lwopPeriod = { start: '2026-01-29', end: '2026-02-11' };
    expect(conditionHolds('overpayment', { scenario: s, payday: '2026-03-25', forPeriod: lwopPeriod })).toBe(true);
    expect(conditionHolds('overpayment', { scenario: s, payday: '2026-03-11', forPeriod: lwopPeriod })).toBe(false);
    expect(conditionHolds('termination', { scenario: s, payday: '2026-07-15' })).toBe(true);
    expect(conditionHolds('termination', { scenario: s, payday: '2026-05-20' })).toBe(false);
  });
});
