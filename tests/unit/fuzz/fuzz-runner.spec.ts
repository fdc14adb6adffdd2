import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { scenarioToJson } from '../../../src/domain/scenario';
import { fuzzSupplier, type FuzzReport } from '../../../src/fuzz/fuzz-runner';
import { fuzzSummary } from '../../../src/fuzz/fuzz-summary';
import { saveRegressions } from '../../../src/fuzz/regression-store';
import { scenariosFromCsv } from '../../../src/scenarios/csv-scenarios';
import { VendorRegistry } from '../../../src/vendors/vendor-registry';

/** One fuzz run through the supplier's real adapter (module transport: in this process). */
async function fuzz(id: string, options: { runs: number; seed: number }, root?: string): Promise<FuzzReport> {
  const registry = VendorRegistry.load(root ? { root } : {});
  try {
    return await fuzzSupplier(registry.get(id), { ...options, maxShrinkSteps: 120 });
  } finally {
    await registry.stop();
  }
}

const FIXTURES = path.join(__dirname, '../../fixtures/fuzz-vendors');
const comparable = (r: FuzzReport) =>
  r.defects.map((d) => ({
    ...d,
    counterexample: scenarioToJson(d.counterexample),
    original: scenarioToJson(d.original),
  }));

describe('fuzzSupplier', () => {
  it('finds nothing against a supplier that answers with the reference statements', async () => {
    const report = await fuzz('reference', { runs: 80, seed: 11 }, FIXTURES);
    expect(report).toMatchObject({ runs: 80, failing: 0, skipped: 0, refused: 0, defects: [], supplierErrors: [] });
    expect(fuzzSummary(report)).toContain('no defect found');
  });

  it('the same seed gives the same scenarios and the same findings; another seed other scenarios', async () => {
    const [a, b, c] = [
      await fuzz('floatwise', { runs: 15, seed: 3 }),
      await fuzz('floatwise', { runs: 15, seed: 3 }),
      await fuzz('floatwise', { runs: 15, seed: 4 }),
    ];
    expect(a.defects.length).toBeGreaterThan(0);
    expect(comparable(b)).toEqual(comparable(a));
    expect(fuzzSummary(b)).toBe(fuzzSummary(a));
    expect(comparable(c)).not.toEqual(comparable(a));
  });

  it('each defect keeps its minimal counterexample, which still shows the finding and is no bigger than the run it came from', async () => {
    const report = await fuzz('floatwise', { runs: 15, seed: 3 });
    expect(report.defects.length).toBeGreaterThan(0);
    for (const d of report.defects) {
      expect(d.counterexample.events.length).toBeLessThanOrEqual(d.original.events.length);
      expect(d.finding.message.length).toBeGreaterThan(0);
      expect(d.reproducedAlone).toBe(true);
    }
  });

  it('saves one CSV regression per signature, never twice, that the catalogue loader reads back', async () => {
    const report = await fuzz('floatwise', { runs: 15, seed: 3 });
    const dir = mkdtempSync(path.join(tmpdir(), 'payproof-regressions-'));
    const ctx = { vendorId: 'floatwise', seed: 3, runs: 15 };
    const first = saveRegressions(dir, ctx, report.defects);
    const again = saveRegressions(dir, ctx, report.defects);
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((s) => s.written)).toBe(true);
    expect(again.every((s) => !s.written)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(first.map((s) => path.basename(s.file)).sort());
    for (const [i, saved] of first.entries()) {
      const read = scenariosFromCsv(saved.file, readFileSync(saved.file, 'utf8'));
      if (!read.ok) throw new Error(JSON.stringify(read.errors));
      const { id, title, description, family, tags, expected, ...rest } = scenarioToJson(read.scenarios[0]);
      const {
        id: _i,
        title: _t,
        tags: _g,
        expected: _e,
        ...original
      } = scenarioToJson(report.defects[i].counterexample);
      expect(rest).toEqual(original);
      expect(description).toContain(report.defects[i].finding.message);
      expect([id, family, tags, expected]).toEqual([
        expect.stringMatching(/^fuzz-floatwise-/),
        'fuzz regression',
        ['fuzz', 'regression', 'floatwise'],
        [],
      ]);
      expect(title).toContain(report.defects[i].title!.en);
      expect(description).toContain(`Signature: ${report.defects[i].signature}.`);
    }
  });
});
