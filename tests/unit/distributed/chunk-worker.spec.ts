import { UnrecoverableError } from 'bullmq';
import * as path from 'node:path';
import { loadConfig } from '../../../src/common/config';
import { policyToJson } from '../../../src/domain/checks/canonical-policy';
import { SIGNATURE_VERSION } from '../../../src/domain/checks/defects';
import { DEFAULT_POLICY } from '../../../src/domain/checks/tolerance-policy';
import { Money } from '../../../src/domain/money';
import { fromJobData, toJobData } from '../../../src/distributed/chunk-job';
import { ChunkWorkerService } from '../../../src/distributed/chunk-worker.service';
import { EvaluationService } from '../../../src/evaluation/evaluation.service';
import { harnessVersion } from '../../../src/evaluation/harness-version';
import { InlineTaskPool } from '../../../src/evaluation/pipeline/task-pool';
import type { Chunk } from '../../../src/evaluation/pipeline/scenario-stream';
import { ChunkQueue, type ChunkOutcome } from '../../../src/evaluation/ports/chunk-queue.port';
import { ScenarioCatalog, scenarioHash } from '../../../src/scenarios/scenario-catalog.service';
import {
  CountingTaskPools,
  FakeSupplierPool,
  FakeSupplierSource,
  FixedClock,
  MemoryRecorder,
  noStoredPolicy,
  referencePayer,
  supplier,
} from '../evaluation/fakes';

/**
 * The queue path of a run without Redis: the chunks go through a ChunkQueue that hands each
 * job (serialised as BullMQ would carry it) to the queue worker's service, which writes to the
 * same store. The real queue and workers are tested against real servers in
 * tests/e2e/distributed.
 */
const CATALOGUE = path.resolve(__dirname, '../../../test-payrolls');
/** One file of the catalogue: enough chunks of 2 to queue several at once. */
const ACTING = path.join(CATALOGUE, 'acting-pay.csv');

/** Pays REGULAR one dollar short on every statement that has it (and the gross and net with it). */
const dollarShort = referencePayer((statements) =>
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
const pool = () =>
  new FakeSupplierPool([supplier('exact'), supplier('short')], { exact: referencePayer(), short: dollarShort });

function worker(recorder: MemoryRecorder, source = new FakeSupplierSource(pool)): ChunkWorkerService {
  const w = new ChunkWorkerService(recorder, source, new FixedClock(), loadConfig({}));
  w.configure({ pool: new InlineTaskPool(), gate: (_s, work) => work() });
  return w;
}

/** Each chunk goes to the worker as a job; `deliveries` times (a retried chunk is written again). */
class InMemoryQueue extends ChunkQueue {
  readonly depth = 4;
  readonly jobs: number[] = [];
  constructor(
    private readonly w: ChunkWorkerService,
    private readonly deliveries = 1,
  ) {
    super();
  }
  async evaluate(job: { runId: string; chunk: Chunk; vendorIds: string[] }): Promise<ChunkOutcome> {
    const data = JSON.parse(JSON.stringify(toJobData(job))) as ReturnType<typeof toJobData>;
    let outcome: ChunkOutcome | undefined;
    for (let i = 0; i < this.deliveries; i++) outcome = await this.w.evaluate(data);
    this.jobs.push(job.chunk.index);
    return outcome!;
  }
  workers(): number {
    return 1;
  }
}

function evaluation(recorder: MemoryRecorder, queue: ChunkQueue | null): EvaluationService {
  const sources = new FakeSupplierSource(pool);
  const tasks = new CountingTaskPools();
  return new EvaluationService(
    new ScenarioCatalog(),
    sources,
    recorder,
    new FixedClock(),
    tasks,
    noStoredPolicy(),
    queue,
  );
}

describe('a run through a chunk queue (the queue worker service, without Redis)', () => {
  it('gives the findings and scores of a run in one process, even when every chunk is delivered twice', async () => {
    const alone = new MemoryRecorder();
    const here = evaluation(alone, null);
    const expected = await here.start({ scenarios: ACTING, chunkSize: 2 });

    const recorder = new MemoryRecorder();
    const queue = new InMemoryQueue(worker(recorder), 2);
    const queued = evaluation(recorder, queue);
    const run = await queued.start({ scenarios: ACTING, chunkSize: 2 });
    expect(run.status).toBe('finished');
    expect(queue.jobs.length).toBe(Math.ceil(expected.pins.scenarioCount / 2));
    expect(queue.jobs.length).toBeGreaterThan(1);
    const findings = await queued.findings(run.id);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual(await here.findings(expected.id));
    const scores = (r: typeof run) => Object.values(r.summary!.scorecards).map((c) => c.score.value);
    expect(scores(run)).toEqual(scores(expected));
    // The defects: each chunk's tally travels with its checkpoint, merged at the end as on one machine.
    const defects = await recorder.defects(run.id);
    expect(defects.length).toBeGreaterThan(0);
    expect(defects).toEqual(await alone.defects(expected.id));
  });
});

describe('a queue worker checks the run pins before its first chunk', () => {
  async function startedRun(recorder: MemoryRecorder, pins: { harness?: string; signatureVersion?: number } = {}) {
    await recorder.createRun({
      id: 'run-1',
      startedAt: '2026-11-22T10:00:00.000Z',
      harnessVersion: pins.harness ?? harnessVersion(),
      tolerancePolicy: policyToJson(DEFAULT_POLICY),
      policyHash: 'p',
      policySource: 'the default policy',
      scenarioSource: CATALOGUE,
      scenarioCount: 3,
      workTotal: 6,
      options: { scenarios: CATALOGUE, vendors: ['exact', 'short'], chunkSize: 3, sameAnswerRate: 1 },
      owner: { pid: 1, host: 'elsewhere' },
      vendors: [supplier('exact'), supplier('short')].map((s) => ({
        vendorId: s.id,
        name: s.name,
        version: s.version,
        manifestHash: s.manifestHash,
        transport: s.transport,
      })),
      signatureVersion: pins.signatureVersion ?? SIGNATURE_VERSION,
    });
    const load = await new ScenarioCatalog().load(CATALOGUE);
    const items = load.scenarios
      .slice(0, 3)
      .map(({ scenario, file }, seq) => ({ scenario, file, hash: scenarioHash(scenario), seq }));
    return toJobData({ runId: 'run-1', chunk: { index: 0, digest: 'd', items }, vendorIds: ['exact', 'short'] });
  }

  it('does the chunk when the pins hold', async () => {
    const recorder = new MemoryRecorder();
    const job = await startedRun(recorder);
    await expect(worker(recorder).evaluate(job)).resolves.toMatchObject({ refused: 0 });
    expect((await recorder.doneChunks('run-1')).map((c) => c.vendorId).sort()).toEqual(['exact', 'short']);
  });

  it('fails the chunk for good when the run was started by another release', async () => {
    const recorder = new MemoryRecorder();
    const job = await startedRun(recorder, { harness: 'payproof 0.0.9 (commit 0123456789ab)' });
    const failed = worker(recorder).evaluate(job);
    await expect(failed).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(failed).rejects.toThrow(/started by payproof 0\.0\.9.*workers run the same payproof release/);
    expect(await recorder.doneChunks('run-1')).toEqual([]);
  });

  it('fails the chunk for good when the run groups its defects with another signature version', async () => {
    const recorder = new MemoryRecorder();
    const job = await startedRun(recorder, { signatureVersion: SIGNATURE_VERSION + 1 });
    const failed = worker(recorder).evaluate(job);
    await expect(failed).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(failed).rejects.toThrow(/signature version .*workers run the same payproof release/);
    expect(await recorder.doneChunks('run-1')).toEqual([]);
  });

  it("fails the chunk for good when a supplier's vendor.json differs from the run's pin, and stops the suppliers it started", async () => {
    const recorder = new MemoryRecorder();
    const job = await startedRun(recorder);
    let started: FakeSupplierPool | undefined;
    const other = new FakeSupplierSource(() => {
      started = new FakeSupplierPool([supplier('exact'), { ...supplier('short'), manifestHash: 'f'.repeat(64) }], {
        exact: referencePayer(),
        short: dollarShort,
      });
      return started;
    });
    const failed = worker(recorder, other).evaluate(job);
    await expect(failed).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(failed).rejects.toThrow(/supplier short's vendor\.json is not the one run run-1 pinned/);
    expect(started?.stopped).toBe(true);
    expect(await recorder.doneChunks('run-1')).toEqual([]);
  });

  it('fails the chunk for good when the run is not in the worker store', async () => {
    const job = await startedRun(new MemoryRecorder());
    await expect(worker(new MemoryRecorder()).evaluate(job)).rejects.toThrow(
      /run run-1 is not in this worker's store .*same PAYPROOF_DB/,
    );
  });

  it('refuses a scenario that reads back differently from the hash it was queued with', async () => {
    const job = await startedRun(new MemoryRecorder());
    const tampered = { ...job, items: job.items.map((i, k) => (k === 1 ? { ...i, hash: '0'.repeat(64) } : i)) };
    expect(() => fromJobData(tampered)).toThrow(/reads differently on this worker \(sha256 differs\)/);
    expect(fromJobData(job).items.map((i) => i.hash)).toEqual(job.items.map((i) => i.hash));
  });
});
