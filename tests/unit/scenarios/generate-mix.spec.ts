import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { dayOfWeek, isLateEntry } from '../../../src/domain/calendar';
import { effectiveDateOf, type Scenario } from '../../../src/domain/scenario';
import { employeeScenario } from '../../../src/scenarios/generate/employee-scenario';
import { employeePlanArb, populationWindow } from '../../../src/scenarios/generate/population-arbitraries';
import { POPULATION_MIX, mixSummary } from '../../../src/scenarios/generate/population-mix';

function population(n: number, seed: number, years = { first: 2025, last: 2026 }): Scenario[] {
  const window = populationWindow(years);
  const arb = employeePlanArb(window);
  const random = new fc.Random(xoroshiro128plus(seed));
  return Array.from({ length: n }, (_, i) =>
    employeeScenario({ plan: arb.generate(random, undefined).value, window, seed, index: i + 1 }),
  );
}

const share = (part: number, whole: number) => (100 * part) / whole;

describe('payproof scenarios generate: the mix', () => {
  const people = population(4000, 3);
  const events = people.flatMap((s) => s.events);

  it('pays everyone on every payday of the years asked for', () => {
    expect(populationWindow({ first: 2025, last: 2026 })).toMatchObject({
      // 2025 has 26 paydays from January 15: the pay due on New Year's Day was made 2024-12-31 (issue 15).
      from: '2025-01-15',
      to: '2026-12-30',
      paydays: 52,
    });
    expect(populationWindow({ first: 2026, last: 2026 })).toMatchObject({
      from: '2026-01-14',
      to: '2026-12-30',
      paydays: 26,
    });
    expect(new Set(people.map((s) => `${s.payRuns.from} ${s.payRuns.to}`))).toEqual(new Set(['2025-01-15 2026-12-30']));
  });

  it('leaves most people with their regular pay only, as stated (about 95 % not hired × 70 % without events)', () => {
    const plain = people.filter((s) => s.events.length === 0).length;
    const expected = (100 - POPULATION_MIX.hired) * (1 - POPULATION_MIX.withEvents / 100);
    expect(Math.abs(share(plain, people.length) - expected)).toBeLessThan(4);
  });

  it('draws provinces and hires in the stated proportions', () => {
    const on = people.filter((s) => s.employee.province === 'ON').length;
    expect(Math.abs(share(on, people.length) - POPULATION_MIX.province.ON)).toBeLessThan(3);
    const hired = people.filter((s) => s.events.some((e) => e.kind === 'hire')).length;
    expect(Math.abs(share(hired, people.length) - POPULATION_MIX.hired)).toBeLessThan(1.5);
    expect(
      people.filter((s) => s.events.some((e) => e.kind === 'hire')).every((s) => s.employee.position === undefined),
    ).toBe(true);
  });

  it('has every kind of event of the mix, and hires', () => {
    const kinds = new Set(events.map((e) => e.kind));
    expect([...kinds].sort()).toEqual([...Object.keys(POPULATION_MIX.eventKinds), 'hire'].sort());
  });

  it('enters about the stated share of events late, after the cut-off of the pay that should have paid them', () => {
    const personal = events.filter((e) => e.kind !== 'hire' && e.kind !== 'rateRevision');
    const late = personal.filter((e) => isLateEntry({ effective: effectiveDateOf(e), entered: e.entered }));
    // Lags are clamped at the last payday, so events near the end of the years are a little less often late.
    expect(share(late.length, personal.length)).toBeGreaterThan(POPULATION_MIX.lateEntries - 6);
    expect(share(late.length, personal.length)).toBeLessThan(POPULATION_MIX.lateEntries + 3);
    expect(people.filter((s) => s.tags.includes('late-entry')).every((s) => s.family !== undefined)).toBe(true);
  });

  it('types overtime by the weekday worked, and puts no event before a hire or after a last day', () => {
    for (const e of events) {
      if (e.kind !== 'overtime') continue;
      const day = dayOfWeek(e.date);
      expect(e.premium).toEqual({
        kind: 'dayType',
        dayType: day === 6 ? 'firstDayOfRest' : day === 0 ? 'secondDayOfRest' : 'workday',
      });
    }
    for (const s of people) {
      const hire = s.events.find((e) => e.kind === 'hire');
      const end = s.events.find((e) => e.kind === 'termination');
      for (const e of s.events.filter((x) => x.kind !== 'rateRevision')) {
        if (hire) expect(effectiveDateOf(e) >= effectiveDateOf(hire)).toBe(true);
        if (end) expect(effectiveDateOf(e) <= effectiveDateOf(end)).toBe(true);
      }
    }
  });

  it('says in every revised scenario that its revision is hypothetical (docs/scenario-format.md)', () => {
    const revised = people.filter((s) => s.events.some((e) => e.kind === 'rateRevision'));
    expect(revised.length).toBeGreaterThan(0);
    expect(revised.every((s) => /rate revision is hypothetical/.test(s.description ?? ''))).toBe(true);
  });

  it('is stated in README.md as the generator draws it', () => {
    const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
    expect(readme.replace(/\s+/g, ' ')).toContain(mixSummary());
  });
});
