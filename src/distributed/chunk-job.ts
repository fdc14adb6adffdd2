import { invalidInput } from '../domain/errors';
import { parseScenario, scenarioToJson } from '../domain/scenario';
import type { Chunk } from '../evaluation/pipeline/scenario-stream';
import { scenarioHash } from '../scenarios/scenario-catalog.service';

/** The queue every run's chunks go through, and the job name of a chunk. */
export const QUEUE_NAME = 'payproof-chunks';
export const CHUNK_JOB = 'chunk';

/**
 * A chunk as it travels in a job: the scenarios themselves (canonical JSON, with their file,
 * hash and place in the catalogue), so a worker needs no copy of the catalogue; the suppliers
 * still to do; the run, whose pins the worker reads from the shared store.
 */
export interface ChunkJobData {
  runId: string;
  chunk: number;
  digest: string;
  vendorIds: string[];
  items: Array<{ scenario: unknown; file: string; hash: string; seq: number }>;
}

/** BullMQ job ids may not hold ':'; one id per run and chunk, so a chunk is queued once. */
export function chunkJobId(runId: string, chunk: number): string {
  return `${runId}.${chunk}`;
}

export function toJobData(job: { runId: string; chunk: Chunk; vendorIds: string[] }): ChunkJobData {
  return {
    runId: job.runId,
    chunk: job.chunk.index,
    digest: job.chunk.digest,
    vendorIds: job.vendorIds,
    items: job.chunk.items.map((i) => ({
      scenario: scenarioToJson(i.scenario),
      file: i.file,
      hash: i.hash,
      seq: i.seq,
    })),
  };
}

/**
 * The chunk back from its job. Each scenario must parse to the same scenario it was (same
 * hash): a worker of another release that reads scenarios differently refuses the chunk
 * instead of judging something else.
 */
export function fromJobData(data: ChunkJobData): Chunk {
  const items = data.items.map((i) => {
    const parsed = parseScenario(i.scenario);
    if (!parsed.ok)
      throw invalidInput(
        `chunk ${data.chunk} of run ${data.runId}: scenario at position ${i.seq} does not parse on this worker`,
      );
    if (scenarioHash(parsed.value) !== i.hash)
      throw invalidInput(
        `chunk ${data.chunk} of run ${data.runId}: scenario ${parsed.value.id} reads differently on this worker (sha256 differs): is it the same payproof release?`,
      );
    return { scenario: parsed.value, file: i.file, hash: i.hash, seq: i.seq };
  });
  return { index: data.chunk, digest: data.digest, items };
}
