import { fc } from '@fast-check/jest';
import * as path from 'node:path';
import {
  DefectLedger,
  emptyTally,
  explainPerson,
  mergeTallies,
  personTally,
  type LedgerEntry,
  type LedgerTally,
} from '../../../../src/domain/checks/defects';
import { referenceHistory } from '../../../../src/domain/checks/defects/reference-history';
import { DEFAULT_POLICY } from '../../../../src/domain/checks/tolerance-policy';
import { PayproofError } from '../../../../src/domain/errors';
import { runReference } from '../../../../src/domain/reference/engine';
import { judgeScenario } from '../../../../src/evaluation/judge-scenario';
import { ScenarioCatalog } from '../../../../src/scenarios/scenario-catalog.service';
import { PLANTED_CLASSES } from '../../../../src/selftest/planted-classes';
import type { VendorOutcome } from '../../../../src/vendors/vendor-adapter';

/**
 * A chunked evaluation stores each chunk's defect tally with its checkpoint and merges them at
 * the end (docs/evaluation-pipeline.md): whatever the cut into chunks and the order they are
 * merged in, the merged tally is the ledger's, person by person.
 */
const CLASSES = ['acting-first-period-unpaid', 'cpp2-ignored', 'earnings-truncated', 'overtime-hourly-rate-2080'];

async function entries(): Promise<LedgerEntry[]> {
  const load = await new ScenarioCatalog().load(path.resolve(__dirname, '../../../../test-payrolls'));
  const planted = PLANTED_CLASSES.filter((c) => CLASSES.includes(c.id) || c.id === 'timeout');
  const out: LedgerEntry[] = [];
  load.scenarios.forEach(({ scenario }, index) => {
    let reference;
    try {
      reference = runReference(scenario, { trace: true });
    } catch (err) {
      if (err instanceof PayproofError) return;
      throw err;
    }
    // One supplier with every class in turn, person by person (and a timeout for every fifth).
    const c = planted[index % planted.length];
    const p = c.plant({ scenario, reference: reference.pays, history: referenceHistory(scenario) }, index);
    const first: VendorOutcome =
      'statements' in p ? { ok: true, statements: p.statements, missingPaydays: [], elapsedMs: 0 } : p.first;
    const { result } = judgeScenario({ scenario, reference, first, policy: DEFAULT_POLICY });
    const actual = first.ok ? first.statements : undefined;
    const explanation = explainPerson({ scenario, reference: reference.pays, actual, result, policy: DEFAULT_POLICY });
    out.push({ supplierId: 'acme', scenario, reference: reference.pays, actual, result, explanation });
  });
  return out;
}

describe('defect tallies, chunk by chunk', () => {
  let all: LedgerEntry[];
  let whole: LedgerTally;
  const ledger = new DefectLedger();

  beforeAll(async () => {
    all = await entries();
    for (const e of all) ledger.add(e);
    whole = all.map(personTally).reduce(mergeTallies, emptyTally());
  });

  it('gives the ledger its figures: every defect and failure kind, counts, dollars, families, the example', () => {
    const { defects, failures } = ledger.defects('acme');
    expect(defects.length).toBeGreaterThanOrEqual(CLASSES.length);
    expect(failures.map((f) => f.kind)).toEqual(['timeout']);
    const tallied = new Map(whole.defects.map((t) => [t.signature.key, t]));
    for (const d of defects) {
      const t = tallied.get(d.id)!;
      expect([t.occurrences, t.people, t.pays, t.consequences, t.codes, t.families]).toEqual([
        d.occurrences,
        d.people,
        d.pays,
        d.consequences,
        d.codes,
        d.families,
      ]);
      expect([t.overPaid, t.underPaid]).toEqual([d.overPaid.toString(), d.underPaid.toString()]);
      expect([t.example.scenarioId, t.example.payday, t.example.size]).toEqual([
        d.example.scenarioId,
        d.example.payday,
        d.example.size,
      ]);
    }
    expect(whole.defects.length).toBe(defects.length);
    expect(whole.failures).toEqual(failures);
  });

  it('is the same whatever the cut into chunks and the order they are merged in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: all.length - 1 }), { maxLength: 8 }),
        fc.boolean(),
        (cuts, reversed) => {
          const bounds = [0, ...[...cuts].sort((a, b) => a - b), all.length];
          const chunks = bounds
            .slice(1)
            .map((end, k) => all.slice(bounds[k], end).map(personTally).reduce(mergeTallies, emptyTally()));
          const merged = (reversed ? chunks.reverse() : chunks).reduce(mergeTallies, emptyTally());
          expect(merged).toEqual(whole);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('survives JSON (a checkpoint is stored as JSON, and crosses worker threads as such)', () => {
    expect(JSON.parse(JSON.stringify(whole))).toEqual(whole);
  });
});
