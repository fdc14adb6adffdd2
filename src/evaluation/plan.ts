import { createHash } from 'node:crypto';
import { saidError } from '../submissions/refusal-text';

/** Employees per chunk at most: small enough to keep memory flat and progress moving, large enough to batch requests. */
export const MAX_DEFAULT_CHUNK_SIZE = 100;

/**
 * Employees per chunk unless asked: about a sixteenth of the population, between 10 and 100,
 * so a small catalogue still spreads over every core and a large one batches well. Stored
 * with the run: a resumed run cuts the same chunks.
 */
export function defaultChunkSize(scenarioCount: number): number {
  return Math.min(MAX_DEFAULT_CHUNK_SIZE, Math.max(10, Math.ceil(scenarioCount / 16)));
}
/** Up to this many employees, every request is sent twice (same-answer-twice); beyond, a sample. */
export const SAME_ANSWER_ALL_UP_TO = 1000;
export const SAME_ANSWER_SAMPLE_RATE = 0.05;

export function defaultSameAnswerRate(scenarioCount: number): number {
  return scenarioCount <= SAME_ANSWER_ALL_UP_TO ? 1 : SAME_ANSWER_SAMPLE_RATE;
}

/**
 * Whether a request goes twice: decided from its employees' ids alone (a hash, not a random
 * draw), so the same run, resumed or repeated, samples the same requests and gives the same
 * findings.
 */
export function sampler(rate: number): (scenarioIds: readonly string[]) => boolean {
  if (rate >= 1) return () => true;
  if (rate <= 0) return () => false;
  return (ids) => {
    const h = createHash('sha256').update(ids.join('\n')).digest();
    return h.readUInt32BE(0) / 0x1_0000_0000 < rate;
  };
}

/** Chunks in flight at once: enough to keep every worker and the suppliers busy, few enough to bound memory. */
export function chunksInFlight(workers: number): number {
  return Math.max(3, workers * 2 + 1);
}

export function positive(name: string, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw saidError('INVALID_INPUT', 'error.run.positive', { name, found: n });
  return n;
}

export function checkedRate(r: number): number {
  if (!(r >= 0 && r <= 1)) throw saidError('INVALID_INPUT', 'error.run.rate', { found: r });
  return r;
}
