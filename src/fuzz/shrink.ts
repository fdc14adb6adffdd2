import fc from 'fast-check';

/**
 * fast-check's shrinking, driven here so each step can ask the supplier about several
 * candidates in one request (a command supplier starts one process per request). Candidates
 * come from the arbitrary's own shrink stream (arbitraries.ts is built to shrink toward fewer
 * events, round amounts and a short span) and are taken in the stream's order: the first that
 * still fails becomes the new current value, as in fast-check's runner, so the result is the
 * same whatever the chunk size and the same for a given seed.
 */

/** Records the Value (with its shrink context) of every value fast-check generates. */
export class RecordingArbitrary<T> extends fc.Arbitrary<T> {
  readonly generated: fc.Value<T>[] = [];

  constructor(private readonly inner: fc.Arbitrary<T>) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    const value = this.inner.generate(mrng, biasFactor);
    this.generated.push(value);
    return value;
  }

  canShrinkWithoutContext(value: unknown): value is T {
    return this.inner.canShrinkWithoutContext(value);
  }

  shrink(value: T, context: unknown): fc.Stream<fc.Value<T>> {
    return this.inner.shrink(value, context);
  }
}

/** The seed's first `runs` values, with what shrinking them needs (same values as fc.sample). */
export function sampleWithContext<T>(arb: fc.Arbitrary<T>, seed: number, runs: number): fc.Value<T>[] {
  const recording = new RecordingArbitrary(arb);
  fc.sample(recording, { seed, numRuns: runs });
  return recording.generated.slice(0, runs);
}

export interface ShrinkInput<T, W> {
  arb: fc.Arbitrary<T>;
  start: fc.Value<T>;
  /** Judges candidates in order, stopping at the first that still fails: its index and witness, or undefined. */
  firstFailing: (candidates: readonly T[]) => Promise<{ index: number; witness: W } | undefined>;
  chunk: number;
  /** Candidates one shrink may try: a count, not a time, so a seed always gives the same result. */
  budget: number;
}

export interface ShrinkResult<T, W> {
  value: T;
  witness?: W;
  /** Candidates tried. */
  tried: number;
  /** Steps that made the value smaller. */
  steps: number;
}

export async function shrinkValue<T, W>(o: ShrinkInput<T, W>): Promise<ShrinkResult<T, W>> {
  let current = o.start;
  let witness: W | undefined;
  let tried = 0;
  let steps = 0;
  let improved = true;
  while (improved && tried < o.budget) {
    improved = false;
    const stream = o.arb.shrink(current.value_, current.context)[Symbol.iterator]();
    for (
      let chunk = take(stream, Math.min(o.chunk, o.budget - tried));
      chunk.length > 0 && !improved;
      chunk = take(stream, Math.min(o.chunk, o.budget - tried))
    ) {
      tried += chunk.length;
      const hit = await o.firstFailing(chunk.map((v) => v.value_));
      if (hit) {
        [current, witness, improved, steps] = [chunk[hit.index], hit.witness, true, steps + 1];
      }
    }
  }
  return { value: current.value_, witness, tried, steps };
}

function take<T>(it: Iterator<T>, n: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const next = it.next();
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}
