import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Money } from '../../../src/domain/money';
import { runReference } from '../../../src/domain/reference/engine';
import { parseScenarioOrThrow, type StatementJson } from '../../../src/domain/scenario';
import { EvaluationService } from '../../../src/evaluation/evaluation.service';
import { ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';
import {
  CountingTaskPools,
  FakeSupplierPool,
  FakeSupplierSource,
  FixedClock,
  MemoryRecorder,
  noStoredPolicy,
  referencePayer,
  supplier,
  type Payer,
} from './fakes';

/**
 * Defects in the stored run (issue 14, item 4): each finding's defect and role, each supplier's
 * defects merged from its chunks' tallies, resume-correct, never scored twice; and the
 * volunteers' stub lines judged against each supplier, the reference staying the judge.
 */
const REPO = path.resolve(__dirname, '../../..');
const CATALOGUE = path.join(REPO, 'test-payrolls');
const ONE = path.join(REPO, 'tests/fixtures/evaluate-scenarios/one-paid-one-refused.json');

const less = (text: string, by: string) => Money.of(text).minus(Money.of(by)).toString();

/** REGULAR one dollar short on every statement that has it (and gross and net with it), deductions as the reference's. */
const shortOneDollar = referencePayer((statements) =>
  statements.map((s) => {
    const regular = s.lines.find((l) => l.code === 'REGULAR');
    if (!regular) return s;
    return {
      ...s,
      lines: s.lines.map((l) => (l === regular ? { ...l, amount: less(l.amount, '1.00') } : l)),
      gross: less(s.gross, '1.00'),
      net: less(s.net, '1.00'),
    };
  }),
);

function service(recorder: MemoryRecorder, payers: Record<string, Payer>) {
  const pool = () => new FakeSupplierPool(Object.keys(payers).map(supplier), payers);
  return new EvaluationService(
    new ScenarioCatalog(),
    new FakeSupplierSource(pool),
    recorder,
    new FixedClock(),
    new CountingTaskPools(),
    noStoredPolicy(),
  );
}

describe('defects in the stored run', () => {
  const recorder = new MemoryRecorder();
  const s = service(recorder, { exact: referencePayer(), short: shortOneDollar, gone: () => ({ fail: 'crashed' }) });
  let runId: string;

  beforeAll(async () => {
    runId = (await s.start({ scenarios: CATALOGUE, chunkSize: 7 })).id;
  });

  it('stores the signature version with the run', async () => {
    expect((await recorder.getRun(runId))!.signatureVersion).toBe(2);
    expect((await s.get(runId)).pins.signatureVersion).toBe(2);
  });

  it('gives each finding its defect and role: REGULAR the root, gross and net its consequences, following it', async () => {
    const findings = (await s.findings(runId, { vendorId: 'short' })).filter((f) => f.kind !== 'stub');
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      const root = findings.find((r) => r.scenarioId === f.scenarioId && r.findingId === f.rootId)!;
      expect([f.code ?? f.kind, f.role, root.code, root.role, root.defectId]).toEqual([
        f.code ?? f.kind,
        f.code === 'REGULAR' ? 'root' : 'consequence',
        'REGULAR',
        'root',
        f.defectId,
      ]);
    }
    expect(findings[0].findingId).toBe(`short:${findings[0].scenarioId}:0`);
  });

  it("counts consequences once: the supplier's harm is its REGULAR defects' dollars, not their consequences' too", async () => {
    const defects = await s.defects(runId, { supplier: 'short' });
    expect(defects.every((d) => d.parts.subject === 'REGULAR' && d.parts.direction === 'under')).toBe(true);
    expect(defects.reduce((n, d) => n + d.consequences, 0)).toBeGreaterThan(0);
    const card = (await s.get(runId)).summary!.scorecards.short;
    const under = Money.sum(defects.map((d) => Money.of(d.underPaid)));
    expect([under.toString(), card.overPaid]).toEqual([card.underPaid, '0.00']);
    expect(defects.map((d) => d.rank)).toEqual(defects.map((_, k) => k + 1));
  });

  it('keeps the smallest example: both statements of its payday, the trace and sentence of its root', async () => {
    const [d] = await s.defects(runId, { supplier: 'short' });
    const e = d.example;
    expect((e.supplier as StatementJson).payday).toBe(e.payday);
    expect((e.reference as StatementJson).payday).toBe(e.payday);
    const regular = (st: unknown) => (st as StatementJson).lines.find((l) => l.code === 'REGULAR')!.amount;
    expect(regular(e.supplier)).toBe(less(regular(e.reference), '1.00'));
    expect(e.trace.length).toBeGreaterThan(0);
    expect(e.messages[0]).toMatch(/^REGULAR on /);
    const occurrences = await s.occurrences(runId, d.defectId, { supplier: 'short' });
    expect(occurrences.total).toBe(d.occurrences);
    expect(occurrences.items.every((f) => f.defectId === d.defectId && f.role === 'root')).toBe(true);
  });

  it('makes a failing supplier one supplier-level defect: errors and missed pays, no dollars', async () => {
    const defects = await s.defects(runId, { supplier: 'gone' });
    const card = (await s.get(runId)).summary!.scorecards.gone;
    expect(defects.map((d) => [d.kind, d.defectId, d.errors, d.missedPays, d.overPaid, d.underPaid])).toEqual([
      ['failure', 'v2:failure:crash:-:-:-:-:-', card.errors.total, card.paysMissed, '0.00', '0.00'],
    ]);
    expect(await s.defects(runId, { supplier: 'exact' })).toEqual([]);
  });

  it('filters defects by family', async () => {
    const acting = await s.defects(runId, { supplier: 'short', family: 'acting pay' });
    expect(acting.length).toBeGreaterThan(0);
    expect(acting.every((d) => d.families.includes('acting pay'))).toBe(true);
  });

  it('after a crash half-way, a resumed run has exactly the defects of an uninterrupted one', async () => {
    const crashing = new MemoryRecorder();
    crashing.failOnChunk = 4;
    const again = service(crashing, { short: shortOneDollar, gone: () => ({ fail: 'crashed' }) });
    await expect(again.start({ scenarios: CATALOGUE, chunkSize: 7 })).rejects.toThrow(/chunk 4/);
    const [crashed] = [...crashing.runs.values()];
    await again.resume(crashed.id);
    const whole = await recorder.defects(runId);
    expect(await crashing.defects(crashed.id)).toEqual(whole.filter((d) => d.vendorId !== 'exact'));
  });

  it('refuses to resume a run grouped with another signature version', async () => {
    const r = new MemoryRecorder();
    const x = service(r, { exact: referencePayer() });
    const run = await x.start({ scenarios: ONE });
    Object.assign(r.runs.get(run.id)!, { status: 'interrupted', signatureVersion: 0 });
    await expect(x.resume(run.id)).rejects.toThrow(/signature version 0, this payproof groups with version 2/);
  });
});

describe('stub lines in an evaluation: the reference judges, the stub says which side each supplier took', () => {
  it('records a stub line that differs from the reference, for every supplier, with the side it took', async () => {
    const [json] = JSON.parse(readFileSync(ONE, 'utf8')) as Array<Record<string, unknown>>;
    const pays = runReference(parseScenarioOrThrow(json)).pays;
    const regular = (k: number) => pays[k].statement.lines.find((l) => l.code === 'REGULAR')!.amount.toString();
    const stubbed = {
      ...json,
      expected: [
        { payday: '2026-01-28', code: 'REGULAR', amount: regular(0), source: 'my stub of 2026-01-28' },
        { payday: '2026-02-11', code: 'REGULAR', amount: less(regular(1), '100.00'), source: 'my stub of 2026-02-11' },
      ],
    };
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'payproof-stubs-')), 'stubbed.json');
    writeFileSync(file, JSON.stringify(stubbed));
    // "as-stub" pays REGULAR as the volunteer's stub says (100.00 short on 2026-02-11), as the old system did.
    const asStub = referencePayer((st) =>
      st.map((s) =>
        s.payday !== '2026-02-11'
          ? s
          : {
              ...s,
              lines: s.lines.map((l) => (l.code === 'REGULAR' ? { ...l, amount: less(l.amount, '100.00') } : l)),
              gross: less(s.gross, '100.00'),
              net: less(s.net, '100.00'),
            },
      ),
    );
    const recorder = new MemoryRecorder();
    const s = service(recorder, { exact: referencePayer(), 'as-stub': asStub, short: shortOneDollar });
    const run = await s.start({ scenarios: file });
    const stubs = await s.findings(run.id, { kind: 'stub' });
    expect(stubs.map((f) => [f.vendorId, f.payday, f.check, f.stub, f.expected, f.actual])).toEqual([
      [
        'as-stub',
        '2026-02-11',
        'stub-differs:stub',
        less(regular(1), '100.00'),
        regular(1),
        less(regular(1), '100.00'),
      ],
      ['exact', '2026-02-11', 'stub-differs:reference', less(regular(1), '100.00'), regular(1), regular(1)],
      ['short', '2026-01-28', 'stub-confirms:neither', regular(0), regular(0), less(regular(0), '1.00')],
      ['short', '2026-02-11', 'stub-differs:neither', less(regular(1), '100.00'), regular(1), less(regular(1), '1.00')],
    ]);
    // The reference stays the judge: the exact supplier scores 100 whatever the stub says; stub lines are never defects.
    expect(run.summary!.scorecards.exact.score.value).toBe('100.00');
    expect(stubs.every((f) => f.defectId === null && f.role === null && f.netEffect === null)).toBe(true);
  });
});
