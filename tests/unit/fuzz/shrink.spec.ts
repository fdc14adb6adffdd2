import fc from 'fast-check';
import { sampleWithContext, shrinkValue } from '../../../src/fuzz/shrink';

const arb = fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 10 });
const fails = (xs: number[]) => xs.some((x) => x > 500);

async function shrinkFirstFailing(chunk: number, budget = 10_000) {
  const values = sampleWithContext(arb, 5, 50);
  const start = values.find((v) => fails(v.value_))!;
  return shrinkValue({
    arb, start, chunk, budget,
    firstFailing: async (candidates) => {
      const index = candidates.findIndex(fails);
      return index === -1 ? undefined : { index, witness: candidates[index] };
    },
  });
}

describe('shrinking', () => {
  it('samples the same values as fc.sample for the same seed', () => {
    expect(sampleWithContext(arb, 9, 20).map((v) => v.value_)).toEqual(fc.sample(arb, { seed: 9, numRuns: 20 }));
  });

  it('shrinks to the minimal failing value', async () => {
    const result = await shrinkFirstFailing(8);
    expect(result.value).toEqual([501]);
    expect(result.witness).toEqual([501]);
  });

  it('gives the same result whatever the number of candidates per request', async () => {
    const [one, eight] = [await shrinkFirstFailing(1), await shrinkFirstFailing(8)];
    expect(eight.value).toEqual(one.value);
    expect(eight.steps).toBe(one.steps);
  });

  it('stops at its budget of candidates', async () => {
    const result = await shrinkFirstFailing(4, 6);
    expect(result.tried).toBeLessThanOrEqual(6);
    expect(fails(result.value)).toBe(true);
  });
});
