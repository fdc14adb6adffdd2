import { ALL_IDS, REGISTRY, conventionById, conventionsNamedIn } from '../../../src/domain/conventions';
import { runReference, type ReferenceResult } from '../../../src/domain/reference/engine';
import type { Scenario } from '../../../src/domain/scenario';
import { formatLoadError } from '../../../src/scenarios/load-error';
import { ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';
import { CATALOGUE } from '../catalogue/catalogue-fixtures';

/** The conventions a reference result names: in its line traces, what it does not judge, and its notes. */
function named(r: ReferenceResult): Set<string> {
  const out = new Set<string>(conventionsNamedIn(r.pays.flatMap((p) => (p.lineTraces ?? []).flat())));
  for (const p of r.pays) for (const n of p.notJudged ?? []) out.add(n.convention);
  for (const note of r.notes) for (const c of REGISTRY) if (note.includes(c.id)) out.add(c.id);
  return out;
}

describe('the convention registry (issue 15, Build 3)', () => {
  it('holds every convention id once', () => {
    expect(REGISTRY.map((c) => c.id).sort()).toEqual([...ALL_IDS].sort());
    expect(new Set(REGISTRY.map((c) => c.id)).size).toBe(REGISTRY.length);
  });

  it('gives each rule in words, its sources (sourced and secondary rules quote one), or says it is unverified', () => {
    for (const c of REGISTRY) {
      expect({ id: c.id, rule: c.rule.length > 40 }).toEqual({ id: c.id, rule: true });
      if (c.status !== 'unverified')
        expect({ id: c.id, quoted: c.sources.some((s) => s.quote) }).toEqual({ id: c.id, quoted: true });
      if (c.status === 'secondary')
        expect({ id: c.id, unverified: Boolean(c.unverified) }).toEqual({ id: c.id, unverified: true });
    }
  });

  it('reads the ids a trace names, and only registered ones', () => {
    expect(
      conventionsNamedIn([
        { citation: 'PSPC; convention: pay.daily-proration, acting.promotion-placement' },
        { citation: 'convention: pssa.group1-2026-as-2025: 2026 Group 1 rates not found' },
        { citation: 'convention: not-a-convention' },
      ]),
    ).toEqual(['pay.daily-proration', 'acting.promotion-placement', 'pssa.group1-2026-as-2025']);
    expect(conventionById('recovery.flexible-acknowledged')?.selectable).toBe(true);
  });

  describe('on the catalogue', () => {
    const results = new Map<string, { scenario: Scenario; named: Set<string> }>();
    beforeAll(async () => {
      const load = await new ScenarioCatalog().load(CATALOGUE);
      if (load.errors.length > 0) throw new Error(load.errors.map(formatLoadError).join('\n'));
      for (const { scenario } of load.scenarios) {
        results.set(scenario.id, { scenario, named: named(runReference(scenario, { trace: true })) });
      }
    });

    it('lists for every convention scenarios whose reference trace names it', () => {
      const wrong = REGISTRY.flatMap((c) =>
        c.scenarios
          .filter((id) => !results.get(id)?.named.has(c.id))
          .map((id) => `${c.id}: ${id} ${results.has(id) ? 'does not name it' : 'is not in the catalogue'}`),
      );
      expect(wrong).toEqual([]);
    });

    it('exercises every convention with at least one catalogue scenario (scenarios carry no taxable benefit yet)', () => {
      const none = REGISTRY.filter((c) => c.scenarios.length === 0).map((c) => c.id);
      expect(none).toEqual(['benefit.cash-or-non-cash']);
    });
  });
});
