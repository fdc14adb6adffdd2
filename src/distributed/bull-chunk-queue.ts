import { Queue, QueueEvents, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { PayproofError } from '../domain/errors';
import { ChunkQueue, type ChunkOutcome } from '../evaluation/ports/chunk-queue.port';
import type { Chunk } from '../evaluation/pipeline/scenario-stream';
import { CHUNK_JOB, chunkJobId, QUEUE_NAME, toJobData, type ChunkJobData } from './chunk-job';
import { describeRedis, reachable, redisConnection } from './redis';

/**
 * Chunks queued at once by one run. Enough to keep many workers busy (each takes a few chunks
 * at a time), few enough that the queuing process holds a bounded number of scenarios (about
 * 32 × 100 employees) whatever the population.
 */
export const QUEUE_DEPTH = 32;

/** How often a chunk being waited for is checked to be still in the queue. */
const VANISHED_CHECK_MS = 30_000;

/** How many times a chunk is tried when its worker reports an error (a lost database connection); a dead worker's chunk is recovered separately (stalled). */
export const CHUNK_ATTEMPTS = 3;

/**
 * The run's side of the queue (BullMQ on Redis): each chunk becomes one job, whose id is the
 * run and chunk (a chunk is queued once, even by a resumed run while the first one's job still
 * waits); this process waits for its completion (QueueEvents) and takes the worker's report.
 * Completed jobs are kept an hour, failed ones a day, for whoever watches the queue.
 */
export class BullChunkQueue extends ChunkQueue {
  readonly depth = QUEUE_DEPTH;
  private readonly seen = new Map<string, Set<string>>();

  private constructor(
    private readonly queue: Queue<ChunkJobData, ChunkOutcome>,
    private readonly events: QueueEvents,
    private readonly connections: Redis[],
  ) {
    super();
  }

  static async connect(url: string): Promise<BullChunkQueue> {
    const connections = [redisConnection(url), redisConnection(url)];
    const queue = new Queue<ChunkJobData, ChunkOutcome>(QUEUE_NAME, { connection: connections[0] });
    const events = new QueueEvents(QUEUE_NAME, { connection: connections[1] });
    try {
      await reachable(Promise.all([queue.waitUntilReady(), events.waitUntilReady()]));
    } catch (err) {
      await Promise.allSettled([queue.close(), events.close()]);
      connections.forEach((c) => c.disconnect());
      throw new PayproofError(
        'CONFIG',
        `PAYPROOF_QUEUE: cannot reach Redis at ${describeRedis(url)}: ${(err as Error).message}`,
      );
    }
    // Each chunk waited for listens on both (waitUntilFinished): up to QUEUE_DEPTH at once per run.
    queue.setMaxListeners(0);
    events.setMaxListeners(0);
    return new BullChunkQueue(queue, events, connections);
  }

  async evaluate(job: { runId: string; chunk: Chunk; vendorIds: string[] }): Promise<ChunkOutcome> {
    const jobId = chunkJobId(job.runId, job.chunk.index);
    // A job left by an earlier attempt at this run: one still waiting or running is waited for;
    // one finished (failed, or done but not stored as far as this run knows) is queued again.
    const earlier = await this.queue.getJob(jobId);
    if (earlier && ['completed', 'failed'].includes(await earlier.getState())) await earlier.remove();
    const queued =
      (earlier && (await this.queue.getJob(jobId))) ??
      (await this.queue.add(CHUNK_JOB, toJobData(job), {
        jobId,
        attempts: CHUNK_ATTEMPTS,
        backoff: { type: 'exponential', delay: 2000 },
        removeOnComplete: { age: 3600 },
        removeOnFail: { age: 24 * 3600 },
      }));
    const outcome = await this.finished(queued);
    const workers = this.seen.get(job.runId) ?? new Set<string>();
    this.seen.set(job.runId, workers.add(outcome.worker));
    return outcome;
  }

  /**
   * The job's end, as its worker reported it. A job that is no longer in the queue (Redis
   * restarted without its data, or someone emptied the queue) would never end: it fails the
   * run instead, saying so, and the run can be resumed.
   */
  private async finished(job: Job<ChunkJobData, ChunkOutcome>): Promise<ChunkOutcome> {
    let check: NodeJS.Timeout | undefined;
    const vanished = new Promise<never>((_, reject) => {
      check = setInterval(() => {
        void this.queue.getJob(job.id!).then(
          (still) =>
            still ??
            reject(
              new Error(
                `chunk ${job.data.chunk}: its job is no longer in the queue (Redis restarted without its data?); resume the run`,
              ),
            ),
          () => undefined,
        );
      }, VANISHED_CHECK_MS);
    });
    try {
      return await Promise.race([job.waitUntilFinished(this.events), vanished]);
    } finally {
      clearInterval(check);
    }
  }

  workers(runId: string): number {
    return this.seen.get(runId)?.size ?? 0;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([this.events.close(), this.queue.close()]);
    for (const c of this.connections) c.disconnect();
  }
}
