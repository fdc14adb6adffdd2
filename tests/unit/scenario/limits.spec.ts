import { DATE_LIMITS, parseScenario, windowNotes } from '../../../src/domain/scenario';
import { fullScenarioJson } from './full-scenario';

/** Plausibility limits (limits.ts): each refusal names the field, the value and the accepted range. */
type Json = Record<string, any>;

function errorsAfter(change: (s: Json) => void): string[] {
  const s = fullScenarioJson();
  change(s);
  const parsed = parseScenario(s);
  return parsed.ok ? [] : parsed.errors;
}

describe('scenario plausibility limits', () => {
  it('derives the payday range from the T4127 editions held', () => {
    expect(DATE_LIMITS).toMatchObject({ firstPayday: '2025-01-15', lastPayday: '2026-12-30' });
  });

  it('refuses union dues no pay could hold', () => {
    expect(errorsAfter((s) => (s.employee.unionDues = '99999999999999999999.99'))).toEqual([
      'employee.unionDues: 99999999999999999999.99 is more than 38332.31 (the most one pay can hold: dues are withheld each pay)',
    ]);
  });

  it.each([
    ['1900-01-03', 'is before 2014-04-23'],
    ['2100-01-06', 'is after 2027-12-31'],
  ])('refuses overtime worked on %s, naming the range', (date, found) => {
    const errors = errorsAfter((s) =>
      s.events.push({ id: 'ot', kind: 'overtime', date, entered: '2026-03-02', hours: '2', dayType: 'workday' }),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        new RegExp(`^events\\[\\d+\\]\\.date: ${date} ${found} \\(expected a date from 2014-04-23 to 2027-12-31: `),
      ),
    ]);
  });

  it('refuses an entry date in 1900', () => {
    expect(errorsAfter((s) => (s.events[0].entered = '1900-01-01'))).toEqual([
      "events[0].entered: 1900-01-01 is before 2014-04-23 (expected a date from 2014-04-23 to 2027-12-31: federal pay moved to arrears on 2014-04-23, the earliest date payproof's pay calendar models)",
    ]);
  });

  it('refuses a 200,000-character title', () => {
    expect(errorsAfter((s) => (s.title = 'x'.repeat(200_000)))).toEqual([
      'title: 200000 characters, more than the 200 allowed (expected a short title on one line)',
    ]);
  });

  it('refuses paydays outside the editions held', () => {
    expect(errorsAfter((s) => (s.payRuns.to = '2027-01-13'))).toEqual([
      'payRuns.to: 2027-01-13 is after the paydays payproof has rules for (expected a payday from 2025-01-15 to 2026-12-30: the T4127 editions payproof holds cover paydays from 2025-01-15 to 2026-12-30)',
    ]);
  });

  it('refuses more than a full-time week and a multiplier above double time', () => {
    expect(errorsAfter((s) => (s.employee.weeklyHours = '40'))).toEqual([
      expect.stringMatching(/^employee\.weeklyHours: found 40 hours, expected more than 0 and at most 37\.5/),
    ]);
    expect(
      errorsAfter((s) =>
        s.events.push({
          id: 'ot',
          kind: 'overtime',
          date: '2026-03-03',
          entered: '2026-03-03',
          hours: '2',
          multiplier: '2.5',
        }),
      ),
    ).toEqual([expect.stringMatching(/^events\[\d+\]\.multiplier: 2\.5 is more than 2\.0 \(double time/)]);
  });
});

describe('window notes', () => {
  it('says when the person left before the first pay asked for', () => {
    const left = fullScenarioJson();
    left.payRuns = { from: '2026-12-16', to: '2026-12-30' };
    left.expected = [];
    left.events = left.events.filter((e: Json) => e.kind !== 'termination');
    left.events.push({ id: 'gone', kind: 'termination', lastDay: '2026-10-30', entered: '2026-10-30' });
    const parsed = parseScenario(left);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(windowNotes(parsed.value)).toEqual([
      'scenario "as02-full-year-2026": the person left on 2026-10-30, before the first period asked for (2026-11-19 to 2026-12-02, paid 2026-12-16): the pays asked for check that nothing more is paid',
    ]);
  });

  it('says nothing of a scenario whose person is employed in the window', () => {
    const parsed = parseScenario(fullScenarioJson());
    expect(parsed.ok && windowNotes(parsed.value)).toEqual([]);
  });
});
