import * as path from 'node:path';
import type { Scenario } from '../../../../src/domain/scenario';
import { ScenarioCatalog } from '../../../../src/scenarios/scenario-catalog.service';
import { PLANTED_CLASSES } from '../../../../src/selftest/planted-classes';
import { runSelftest, type SelftestReport } from '../../../../src/selftest/run-selftest';
import { selftestPassed, selftestText } from '../../../../src/selftest/selftest-report';

/**
 * Issue 14, item 6 and "done when": a supplier with one planted defect gives exactly one defect,
 * with the expected title, for every class the selftest plants, over the bundled catalogue.
 */

const CATALOGUE = path.resolve(__dirname, '../../../../test-payrolls');

describe('payproof selftest over the bundled catalogue', () => {
  let report: SelftestReport;
  beforeAll(async () => {
    const load = await new ScenarioCatalog().load(CATALOGUE);
    report = runSelftest(load.scenarios.map((l) => l.scenario));
  });

  it('plants at least 15 classes: the Phoenix families and the supplier-level faults', () => {
    expect(PLANTED_CLASSES.length).toBeGreaterThanOrEqual(15);
    const families = new Set(PLANTED_CLASSES.map((c) => c.family));
    for (const family of [
      'acting pay',
      'leave without pay',
      'overpayment recovery',
      'statutory maximums',
      'supplier-level',
    ])
      expect(families).toContain(family);
    expect(new Set(PLANTED_CLASSES.map((c) => c.id)).size).toBe(PLANTED_CLASSES.length);
  });

  it.each(PLANTED_CLASSES.map((c) => c.id))('%s: exactly one defect, with the expected title', (id) => {
    const c = report.classes.find((x) => x.id === id)!;
    expect(c.shown.map((s) => s.title.en)).toEqual([c.expectedTitle.en]);
    expect([c.detected, c.one, c.rightTitle]).toEqual([true, true, true]);
  });

  it('says so in English and in French', () => {
    expect(selftestPassed(report)).toBe(true);
    const n = PLANTED_CLASSES.length;
    expect(selftestText(report, 'en')).toContain(`Shown as exactly one defect with the expected title: ${n} of ${n}.`);
    expect(selftestText(report, 'fr')).toContain(`Présentées comme un seul défaut au titre attendu : ${n} sur ${n}.`);
  });

  it('reports a class the scenario set cannot reveal as not detected, and exits in failure', () => {
    // Without any acting scenario, the acting class has nothing to plant into.
    const noActing = (s: Scenario) => !s.events.some((e) => e.kind === 'acting');
    const acting = PLANTED_CLASSES.filter((c) => c.id === 'acting-first-period-unpaid');
    return new ScenarioCatalog().load(CATALOGUE).then((load) => {
      const small = runSelftest(load.scenarios.map((l) => l.scenario).filter(noActing), { classes: acting });
      expect(small.classes.map((c) => [c.detected, c.one])).toEqual([[false, false]]);
      expect(selftestPassed(small)).toBe(false);
      expect(selftestText(small, 'en')).toContain('not detected: no scenario of this set reveals it');
    });
  });
});
