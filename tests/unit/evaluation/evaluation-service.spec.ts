import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import * as path from 'node:path';
import { Money } from '../../../src/domain/money';
import { EvaluationService } from '../../../src/evaluation/evaluation.service';
import type { ProgressEvent } from '../../../src/evaluation/evaluation.types';
import { sampler } from '../../../src/evaluation/plan';
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
} from './fakes';

const REPO = path.resolve(__dirname, '../../..');
const CATALOGUE = path.join(REPO, 'test-payrolls');
const REFUSED = path.join(REPO, 'tests/fixtures/evaluate-scenarios/one-paid-one-refused.json');

/** Pays REGULAR one dollar short on every statement that has it (and the net with it). */
const shortOneDollar = referencePayer((statements) =>
  statements.map((s) => {
    const regular = s.lines.find((l) => l.code === 'REGULAR');
    if (!regular) return s;
    const less = (text: string) => Money.of(text).minus(Money.of('1.00')).toString();
    return {
      ...s,
      lines: s.lines.map((l) => (l === regular ? { ...l, amount: less(l.amount) } : l)),
      gross: less(s.gross),
      net: less(s.net),
    };
  }),
);

function service(recorder: MemoryRecorder, pool: () => FakeSupplierPool) {
  const sources = new FakeSupplierSource(pool);
  const tasks = new CountingTaskPools();
  return {
    sources,
    tasks,
    service: new EvaluationService(new ScenarioCatalog(), sources, recorder, new FixedClock(), tasks, noStoredPolicy()),
  };
}

const twoSuppliers = () =>
  new FakeSupplierPool([supplier('exact'), supplier('short')], { exact: referencePayer(), short: shortOneDollar });

describe('EvaluationService with fake ports (recorder, suppliers, task pool)', () => {
  it('evaluates the catalogue chunk by chunk: an exact supplier scores 100, a short one is found out with traces', async () => {
    const recorder = new MemoryRecorder();
    const { service: s, sources } = service(recorder, twoSuppliers);
    const events: ProgressEvent[] = [];
    const run = await s.start({ scenarios: CATALOGUE, chunkSize: 7 }, (e) => events.push(e));
    expect(run.status).toBe('finished');
    expect(run.workDone).toBe(run.workTotal);
    expect(run.summary!.scorecards.exact.score.value).toBe('100.00');
    expect(run.summary!.ranking.map((r) => r.vendorId)).toEqual(['exact', 'short']);
    const findings = await s.findings(run.id);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.vendorId === 'short')).toBe(true);
    const regular = findings.filter((f) => f.code === 'REGULAR');
    expect(regular.length).toBeGreaterThan(0);
    for (const f of regular) expect(f.trace?.length).toBeGreaterThan(0);
    // Requests of at most one chunk; every supplier stopped at the end.
    expect(Math.max(...sources.opened[0].requests.map((r) => r.length))).toBeLessThanOrEqual(7);
    expect(sources.opened[0].stopped).toBe(true);
    // Progress: reading, started, then one event per chunk and supplier, reaching the total.
    expect(events[0].type).toBe('reading');
    const advanced = events.filter((e) => e.type === 'advanced');
    expect(advanced.at(-1)).toMatchObject({ done: run.workTotal, total: run.workTotal });
    // The statements of a supplier are kept for a person with a finding only.
    const shortAnswer = (await s.statements(run.id, findings[0].scenarioId)).suppliers;
    expect(Array.isArray(shortAnswer.short)).toBe(true);
    expect(shortAnswer.exact).toMatchObject({ answerHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('records a refused scenario as refused and sends it to no supplier', async () => {
    const recorder = new MemoryRecorder();
    const { service: s, sources } = service(recorder, twoSuppliers);
    const run = await s.start({ scenarios: REFUSED });
    expect(run.summary!.refused).toBe(1);
    expect(sources.opened[0].requests.flat()).not.toContain('quebec-td1-code-3');
    expect(run.pins.scenarios.find((p) => p.id === 'quebec-td1-code-3')?.refused?.code).toBe('UNSUPPORTED');
  });

  it('after a crash half-way, --resume gives exactly the findings and scores of an uninterrupted run, redoing only what was not stored', async () => {
    const whole = service(new MemoryRecorder(), twoSuppliers).service;
    const uninterrupted = await whole.start({ scenarios: CATALOGUE, chunkSize: 7 });

    const recorder = new MemoryRecorder();
    recorder.failOnChunk = 5;
    const { service: s, sources } = service(recorder, twoSuppliers);
    await expect(s.start({ scenarios: CATALOGUE, chunkSize: 7 })).rejects.toThrow('disk full writing chunk 5');
    const [crashed] = [...recorder.runs.values()];
    expect(crashed.status).toBe('failed');
    const storedBefore = (await recorder.doneChunks(crashed.id)).length;
    expect(storedBefore).toBeGreaterThan(0);

    const resumed = await s.resume(crashed.id);
    expect(resumed.status).toBe('finished');
    expect(await s.findings(resumed.id)).toEqual(await whole.findings(uninterrupted.id));
    const untimed = (x: typeof resumed) =>
      JSON.parse(JSON.stringify(x.summary!.scorecards, (k, v) => (k === 'responseMs' ? undefined : v)));
    expect(untimed(resumed)).toEqual(untimed(uninterrupted));
    // The resumed process asked the suppliers only for the chunks not stored.
    const chunks = Math.ceil(uninterrupted.pins.scenarioCount / 7);
    expect(sources.opened[1].requests.length).toBe(2 * chunks - storedBefore);
  });

  it('refuses to resume a finished run, or one whose catalogue changed', async () => {
    const recorder = new MemoryRecorder();
    const { service: s } = service(recorder, twoSuppliers);
    const run = await s.start({ scenarios: REFUSED });
    await expect(s.resume(run.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    recorder.runs.get(run.id)!.status = 'interrupted';
    recorder.runs.get(run.id)!.options!.scenarios = path.join(CATALOGUE, 'acting-pay.csv');
    await expect(s.resume(run.id)).rejects.toThrow(/now holds \d+ scenarios, the run was started with 2/);
  });

  it('sends a sample of requests twice, chosen by the employees in them (the same every time)', async () => {
    const recorder = new MemoryRecorder();
    const { service: s, sources } = service(recorder, twoSuppliers);
    const run = await s.start({ scenarios: CATALOGUE, chunkSize: 3, sameAnswerRate: 0.5 });
    const pool = sources.opened[0];
    expect(pool.repeats.length).toBeGreaterThan(0);
    expect(pool.repeats.length).toBeLessThan(pool.requests.length);
    const sample = sampler(0.5);
    expect(pool.repeats.every((ids) => sample(ids))).toBe(true);
    expect(run.summary!.sameAnswer).toEqual({
      rate: 0.5,
      requests: pool.requests.length,
      repeated: pool.repeats.length,
    });
  });

  it('marks a run whose process is gone as interrupted at start-up', async () => {
    const recorder = new MemoryRecorder();
    const { service: s } = service(recorder, twoSuppliers);
    const run = await s.start({ scenarios: REFUSED });
    Object.assign(recorder.runs.get(run.id)!, {
      status: 'running',
      owner: { pid: 2 ** 22 + 17, host: hostname() },
    });
    expect(await s.sweepInterrupted()).toEqual([run.id]);
    expect((await s.get(run.id)).status).toBe('interrupted');
  });
});

describe('the privacy screen over the catalogue of an evaluation (issue 19)', () => {
  it('leaves out a file that holds, or whose name holds, what looks like personal information, and keeps nothing of it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'payproof-screened-'));
    copyFileSync(path.join(CATALOGUE, 'acting-pay.csv'), path.join(dir, 'acting-pay.csv'));
    // A SIN (it passes the Luhn check) typed into a title, and a file named after a person and their SIN.
    const lwop = readFileSync(path.join(CATALOGUE, 'leave-without-pay.csv'), 'utf8');
    expect(lwop).toContain(',scenario,,"');
    writeFileSync(path.join(dir, 'leave.csv'), lwop.replace(',scenario,,"', ',scenario,,"SIN 046 454 286: '));
    copyFileSync(path.join(CATALOGUE, 'late-hr-entries.csv'), path.join(dir, 'jean-tremblay-046-454-286.csv'));
    const recorder = new MemoryRecorder();
    const { service: s } = service(recorder, twoSuppliers);
    const run = await s.start({ scenarios: dir, chunkSize: 50 });
    expect(run.status).toBe('finished');
    // Only the clean file's scenarios were evaluated.
    const clean = new Set(
      (await new ScenarioCatalog().load(path.join(dir, 'acting-pay.csv'))).scenarios.map((x) => x.scenario.id),
    );
    expect(run.pins.scenarios.map((p) => p.id).sort()).toEqual([...clean].sort());
    const errors = run.summary!.loadErrors;
    const at = `${path.join(dir, 'leave.csv')}, row `;
    expect(
      errors.some((e) => e.startsWith(at) && /, column "title": this looks like a Social Insurance Number/.test(e)),
    ).toBe(true);
    expect(errors.some((e) => e.includes('(a file whose name is withheld)'))).toBe(true);
    // Nothing stored holds the refused text or the refused file name.
    const stored = JSON.stringify(
      [recorder.runs, recorder.scenarios, recorder.chunks].map((m) =>
        [...m.values()].map((v) => (v instanceof Map ? [...v.values()] : v)),
      ),
    );
    expect(stored).toContain('act-');
    for (const refused of ['046 454 286', '046-454-286', 'tremblay']) expect(stored).not.toContain(refused);
  });
});
