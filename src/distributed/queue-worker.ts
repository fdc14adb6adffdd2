import { Worker } from 'bullmq';
import { createTaskPool } from '../evaluation/pipeline/task-pool';
import { chunksInFlight } from '../evaluation/plan';
import type { ChunkOutcome } from '../evaluation/ports/chunk-queue.port';
import { QUEUE_NAME, type ChunkJobData } from './chunk-job';
import type { ChunkWorkerService } from './chunk-worker.service';
import { PayproofError } from '../domain/errors';
import { describeRedis, reachable, redisConnection } from './redis';
import { redisRequestGate } from './supplier-gate';

/** How many times a chunk may lose its worker (killed, or silent past the stall time) before it fails. */
export const MAX_STALLS = 3;
/** Default seconds a chunk may go without a sign of life from its worker before another worker takes it. */
export const DEFAULT_STALL_SECONDS = 30;

export interface QueueWorkerOptions {
  queueUrl: string;
  /** Worker threads for the reference and the checks (default: one per core). */
  threads?: number;
  /** Chunks at once (default: as `evaluate` keeps in flight for that many threads). */
  concurrency?: number;
  stallSeconds?: number;
  vendorsDir?: string;
  log: (line: string) => void;
}

export interface RunningWorker {
  threads: number;
  concurrency: number;
  /** Stops taking chunks, finishes those in hand, stops the suppliers and threads. */
  close(): Promise<void>;
}

/**
 * A `payproof worker`: takes chunks from the queue (BullMQ) and evaluates them. BullMQ holds a
 * lock on each chunk while its worker lives (renewed every half stall time); when a worker dies,
 * the lock lapses and another worker's stall check puts the chunk back in the queue, so it is
 * done elsewhere, and its idempotent write leaves no finding lost or doubled.
 */
export async function startQueueWorker(service: ChunkWorkerService, o: QueueWorkerOptions): Promise<RunningWorker> {
  const pool = createTaskPool(o.threads);
  const concurrency = o.concurrency ?? chunksInFlight(pool.threads);
  const gateConnection = redisConnection(o.queueUrl);
  const queueConnection = redisConnection(o.queueUrl);
  service.configure({ pool, gate: redisRequestGate(gateConnection, o.log), vendorsDir: o.vendorsDir });
  const stallMs = (o.stallSeconds ?? DEFAULT_STALL_SECONDS) * 1000;
  const worker = new Worker<ChunkJobData, ChunkOutcome>(QUEUE_NAME, (job) => service.evaluate(job.data), {
    connection: queueConnection,
    concurrency,
    lockDuration: stallMs,
    stalledInterval: stallMs,
    maxStalledCount: MAX_STALLS,
  });
  const about = (data: ChunkJobData) => `chunk ${data.chunk} of run ${data.runId}`;
  worker.on('active', (job) => o.log(`${about(job.data)}: evaluating ${job.data.items.length} people`));
  worker.on('completed', (job, outcome) => o.log(`${about(job.data)}: stored in ${outcome.workedMs} ms`));
  worker.on('failed', (job, err) => job && o.log(`${about(job.data)}: failed: ${err.message}`));
  worker.on('error', (err) => o.log(`queue: ${err.message}`));
  try {
    await reachable(worker.waitUntilReady());
  } catch (err) {
    await Promise.allSettled([worker.close(true), pool.close()]);
    gateConnection.disconnect();
    queueConnection.disconnect();
    throw new PayproofError(
      'CONFIG',
      `--queue: cannot reach Redis at ${describeRedis(o.queueUrl)}: ${(err as Error).message}`,
    );
  }
  return {
    threads: pool.threads,
    concurrency,
    close: async () => {
      await worker.close();
      await service.close();
      await pool.close();
      gateConnection.disconnect();
      queueConnection.disconnect();
    },
  };
}
