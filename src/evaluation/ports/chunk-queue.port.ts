import type { StageTimings } from '../evaluation.types';
import type { Chunk } from '../pipeline/scenario-stream';

/** Where a worker's time went on one chunk, in milliseconds. */
export type ChunkStages = Omit<StageTimings, 'total' | 'supplierBusy'>;

/** What a queue worker reports once it has evaluated and stored a chunk. */
export interface ChunkOutcome {
  /** Scenarios the reference refused (sent to no supplier). */
  refused: number;
  stages: ChunkStages;
  /** From the worker taking the chunk to the chunk stored. */
  workedMs: number;
  /** Which worker did it: "host/pid". */
  worker: string;
}

/**
 * Where a run's chunks go when they are not evaluated in this process: a queue that `payproof
 * worker`s on any number of machines take chunks from (src/distributed, BullMQ on Redis). A
 * worker evaluates a chunk as evaluateChunk does here and writes it to the shared store
 * (idempotent chunk writes); a chunk whose worker died goes to another worker.
 */
export abstract class ChunkQueue {
  /** Chunks queued at once: back-pressure, so the memory of the process that queues them stays flat. */
  abstract readonly depth: number;
  abstract evaluate(job: { runId: string; chunk: Chunk; vendorIds: string[] }): Promise<ChunkOutcome>;
  /** The workers that evaluated chunks of this run for this process. */
  abstract workers(runId: string): number;
}
