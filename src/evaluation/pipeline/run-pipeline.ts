import { scenarioToJson } from '../../domain/scenario';
import type { ChunkQueue } from '../ports/chunk-queue.port';
import type { RunRecorder } from '../ports/run-recorder.port';
import type { ChunkRecord, ScenarioRecord } from '../ports/run-records';
import type { ProgressListener } from '../evaluation.types';
import type { StageTimer } from '../stage-timer';
import type { Sampler, SupplierPool } from '../supplier-pool';
import type { Chunk, ScenarioStream } from './scenario-stream';
import type { TaskPool } from './task-pool';
import { judgeTaskAnswers, judgeTaskScenarios, type OutcomeJson, type ReferenceOutcome } from './tasks.types';
import { saidError } from '../../submissions/refusal-text';

/** What evaluating one chunk needs, in this process or on a queue worker (src/distributed). */
export interface ChunkContext {
  runId: string;
  policyJson: unknown;
  sample: Sampler;
  pool: TaskPool;
  suppliers: SupplierPool;
  recorder: RunRecorder;
  timer: StageTimer;
  now: () => string;
  rulesEditions: Set<string>;
}

/** Everything the chunk loop needs for one run. */
export interface PipelineContext extends ChunkContext {
  stream: ScenarioStream;
  skipped: ReadonlySet<string>;
  chunkSize: number;
  inFlight: number;
  /** When given, chunks go to queue workers instead of being evaluated here. */
  queue?: ChunkQueue | null;
  /** Chunks already stored, per chunk: supplier → digest (resume). */
  done: ReadonlyMap<number, ReadonlyMap<string, string>>;
  /** Work counters, shared with progress: per supplier people done. */
  vendorDone: Map<string, number>;
  scenarioCount: number;
  refused: { count: number };
  progress?: ProgressListener;
}

/**
 * The evaluation as a pipeline over chunks of employees: reference (worker threads) →
 * suppliers (concurrent requests) → judge (worker threads) → store (one transaction) → drop.
 * A few chunks are in flight at once; memory depends on the chunk size, not the population.
 */
export async function runPipeline(ctx: PipelineContext): Promise<void> {
  const running = new Set<Promise<void>>();
  let failure: unknown;
  for await (const chunk of ctx.stream.chunks(ctx.chunkSize, ctx.skipped)) {
    if (failure !== undefined) break;
    const vendorIds = pending(ctx, chunk);
    if (vendorIds.length === 0) continue;
    const work: Promise<void> = evaluateHereOrQueued(ctx, chunk, vendorIds)
      .catch((err: unknown) => {
        failure ??= err;
      })
      .finally(() => running.delete(work));
    running.add(work);
    while (running.size >= ctx.inFlight) await Promise.race(running);
  }
  await Promise.all(running);
  if (failure !== undefined) throw failure instanceof Error ? failure : new Error(JSON.stringify(failure));
}

/** The suppliers this chunk still needs; a chunk stored before must be the same chunk of the same catalogue. */
function pending(ctx: PipelineContext, chunk: Chunk): string[] {
  const stored = ctx.done.get(chunk.index);
  const all = ctx.suppliers.suppliers.map((s) => s.id);
  if (!stored) return all;
  for (const [vendorId, digest] of stored)
    if (digest !== chunk.digest)
      throw saidError('CONFLICT', 'error.run.chunkChanged', {
        id: ctx.runId,
        chunk: chunk.index,
        first: chunk.items[0].scenario.id,
        vendor: vendorId,
      });
  return all.filter((id) => !stored.has(id));
}

async function evaluateHereOrQueued(ctx: PipelineContext, chunk: Chunk, vendorIds: string[]): Promise<void> {
  if (ctx.queue) {
    const outcome = await ctx.queue.evaluate({ runId: ctx.runId, chunk, vendorIds });
    ctx.timer.add(outcome.stages);
    ctx.refused.count += outcome.refused;
  } else ctx.refused.count += await evaluateChunk(ctx, chunk, vendorIds);
  advance(ctx, chunk, vendorIds);
}

/** Reference → suppliers → judge → store one chunk; gives the number of scenarios the reference refused. */
export async function evaluateChunk(ctx: ChunkContext, chunk: Chunk, vendorIds: string[]): Promise<number> {
  const jsons = chunk.items.map((i) => scenarioToJson(i.scenario));
  const texts = jsons.map((j) => JSON.stringify(j));
  const refs = await ctx.timer.timeAsync('reference', () => ctx.pool.reference({ scenarios: `[${texts.join(',')}]` }));
  const paid = chunk.items.flatMap((item, k) =>
    refs[k].refused ? [] : [{ item, json: texts[k], statements: refs[k].statements! }],
  );
  const scenarios = chunk.items.map((item, k): ScenarioRecord => scenarioRecord(item, jsons[k], refs[k]));
  const answers = await ctx.timer.timeAsync('supplier', () =>
    Promise.all(
      vendorIds.map((id) =>
        paid.length === 0
          ? Promise.resolve({ first: [] as OutcomeJson[], second: [], requests: 0, repeated: 0 })
          : ctx.suppliers.answer(
              id,
              paid.map((p) => p.item.scenario),
              ctx.sample,
            ),
      ),
    ),
  );
  const judged = await ctx.timer.timeAsync('checks', () =>
    ctx.pool.judge({
      policy: ctx.policyJson,
      scenarios: judgeTaskScenarios(paid),
      vendors: vendorIds.map((vendorId, v) => ({
        vendorId,
        answers: judgeTaskAnswers(answers[v].first, answers[v].second),
        requests: { requests: answers[v].requests, repeated: answers[v].repeated },
      })),
    }),
  );
  for (const r of refs) for (const e of r.editions) ctx.rulesEditions.add(e);
  const record: ChunkRecord = {
    runId: ctx.runId,
    chunk: chunk.index,
    digest: chunk.digest,
    scenarios,
    vendors: judged.vendors,
    rulesEditions: [...ctx.rulesEditions].sort(),
    doneAt: ctx.now(),
  };
  await ctx.timer.timeAsync('storage', () => ctx.recorder.writeChunk(record));
  return chunk.items.length - paid.length;
}

function scenarioRecord(item: Chunk['items'][number], json: unknown, ref: ReferenceOutcome): ScenarioRecord {
  return {
    scenarioId: item.scenario.id,
    chunk: 0,
    seq: item.seq,
    hash: item.hash,
    file: item.file,
    title: item.scenario.title,
    family: item.scenario.family ?? null,
    scenarioJson: json,
    referenceHash: ref.referenceHash ?? null,
    refused: ref.refused ?? null,
  };
}

function advance(ctx: PipelineContext, chunk: Chunk, vendorIds: string[]): void {
  const total = ctx.scenarioCount * ctx.suppliers.suppliers.length;
  for (const vendorId of vendorIds) {
    const vendorDone = (ctx.vendorDone.get(vendorId) ?? 0) + chunk.items.length;
    ctx.vendorDone.set(vendorId, vendorDone);
    const done = [...ctx.vendorDone.values()].reduce((a, b) => a + b, 0);
    ctx.progress?.({
      type: 'advanced',
      runId: ctx.runId,
      done,
      total,
      vendorId,
      scenarios: chunk.items.length,
      vendorDone,
      vendorTotal: ctx.scenarioCount,
    });
  }
}
