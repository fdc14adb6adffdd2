import fc from 'fast-check';
import { catalogueScenarioJsonArb, fuzzScenarioArb, fuzzScenarioJsonArb } from '../../fixtures/arbitraries';
import { parseScenario, type HrEvent, type Scenario } from '../../../src/domain/scenario';
import { yearOf } from '../../../src/domain/calendar';
import { Money } from '../../../src/domain/money';

function eventDates(e: HrEvent): string[] {
  const own =
    'effective' in e
      ? [e.effective]
      : 'start' in e
        ? [e.start, ...(e.end ? [e.end] : [])]
        : 'date' in e
          ? [e.date]
          : 'lastDay' in e
            ? [e.lastDay]
            : [];
  return [...own, e.entered, ...('signed' in e ? [e.signed] : [])];
}

describe('fuzz scenario arbitraries', () => {
  it('every generated scenario passes parseScenario', () => {
    fc.assert(
      fc.property(fuzzScenarioJsonArb(), (json) => {
        const parsed = parseScenario(json);
        if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      }),
      { numRuns: 500 },
    );
  });

  it('paydays fall in 2025-2026 and every event date is on or after 2025-01-01 (the T4127 editions held)', () => {
    fc.assert(
      fc.property(fuzzScenarioArb(), (s: Scenario) => {
        expect(s.payRuns.from >= '2025-01-01' && s.payRuns.to <= '2026-12-31').toBe(true);
        for (const date of s.events.flatMap(eventDates)) expect(date >= '2025-01-01').toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('stays inside what the supplier declared: provinces, event kinds and pay years', () => {
    const scope = { provinces: ['ON'], eventKinds: ['overtime', 'acting'], payYears: [2026] };
    fc.assert(
      fc.property(fuzzScenarioArb(scope), (s) => {
        expect(s.employee.province).toBe('ON');
        expect(s.events.every((e) => scope.eventKinds.includes(e.kind))).toBe(true);
        expect([yearOf(s.payRuns.from), yearOf(s.payRuns.to)]).toEqual([2026, 2026]);
        expect(s.employee.position).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it('combines the catalogue families: over many scenarios every event kind, late entries and high earners appear', () => {
    const sample = fc.sample(fuzzScenarioArb(), { seed: 42, numRuns: 300 });
    const kinds = new Set(sample.flatMap((s) => s.events.map((e) => e.kind)));
    expect([...kinds].sort()).toEqual([
      'acting',
      'allowance',
      'hire',
      'leaveWithoutPay',
      'overtime',
      'rateRevision',
      'stepIncrement',
      'td1Change',
      'termination',
      'transfer',
    ]);
    const late = sample.filter((s) =>
      s.events.some((e) => e.kind !== 'hire' && daysBetween(eventDates(e)[0], e.entered) > 21),
    );
    expect(late.length).toBeGreaterThan(30);
    const highEarners = sample.filter(
      (s) => s.employee.position?.kind === 'annual' && s.employee.position.annualRate.gte(Money.of('150000')),
    );
    expect(highEarners.length).toBeGreaterThan(5);
  });

  it('the same seed gives the same scenarios', () => {
    const a = fc.sample(fuzzScenarioJsonArb(), { seed: 7, numRuns: 50 });
    const b = fc.sample(fuzzScenarioJsonArb(), { seed: 7, numRuns: 50 });
    expect(b).toEqual(a);
    expect(fc.sample(fuzzScenarioJsonArb(), { seed: 8, numRuns: 50 })).not.toEqual(a);
  });
});

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

describe('realism', () => {
  it('never has two acting assignments at once', () => {
    fc.assert(
      fc.property(fuzzScenarioArb(), (s) => {
        const actings = s.events.flatMap((e) => (e.kind === 'acting' ? [e] : []));
        for (const a of actings)
          for (const b of actings) if (a !== b) expect(a.end < b.start || b.end < a.start).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('catalogue scenarios: the fuzz scenarios with what a catalogue file also holds', () => {
  it('are valid, and over a sample hold pay-stub lines, rate tables, province changes and descriptions', () => {
    const sample = fc.sample(catalogueScenarioJsonArb(), { seed: 9, numRuns: 200 });
    for (const json of sample) {
      const parsed = parseScenario(json);
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    }
    const kinds = new Set(sample.flatMap((j) => j.events.map((e) => e.kind)));
    expect(kinds.has('provinceChange')).toBe(true);
    expect(sample.some((j) => j.events.some((e) => Array.isArray(e.rates)))).toBe(true);
    expect(sample.some((j) => j.expected.length > 0 && j.description !== undefined)).toBe(true);
  });

  it('leave the fuzz stream as it is: the same seed gives the same fuzz scenarios inside them', () => {
    const fuzz = fc.sample(fuzzScenarioJsonArb(), { seed: 10, numRuns: 20 });
    const wide = fc.sample(catalogueScenarioJsonArb(), { seed: 10, numRuns: 20 });
    expect(wide.map((j) => j.payRuns)).toEqual(fuzz.map((j) => j.payRuns));
  });
});
