import fc from 'fast-check';
import { parseScenarioOrThrow, type Scenario } from '../../../src/domain/scenario';
import { sampleWithContext, shrinkValue } from '../../../src/fuzz/shrink';
import { trimWindow } from '../../../src/fuzz/trim-window';

const arb = fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 10 });
const fails = (xs: number[]) => xs.some((x) => x > 500);

async function shrinkFirstFailing(chunk: number, budget = 10_000) {
  const values = sampleWithContext(arb, 5, 50);
  const start = values.find((v) => fails(v.value_))!;
  return shrinkValue({
    arb,
    start,
    chunk,
    budget,
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

describe('trimming the window', () => {
  const base = parseScenarioOrThrow({
    id: 's',
    title: 't',
    events: [],
    payRuns: { from: '2025-08-27', to: '2025-12-17' },
    employee: {
      id: 'E',
      province: 'ON',
      td1: { federal: { code: 1 }, provincial: { code: 1 } },
      pensionGroup: 'PSSA-2',
      classification: 'AS-02',
      step: 1,
    },
  });

  it('drops paydays from both ends while the defect still shows', async () => {
    // A defect that shows on the 2025-11-05 pay only.
    const shows = async (cs: readonly Scenario[]) => {
      const i = cs.findIndex((c) => c.payRuns.from <= '2025-11-05' && c.payRuns.to >= '2025-11-05');
      return i === -1 ? undefined : i;
    };
    const { scenario, steps } = await trimWindow(base, shows);
    expect(scenario.payRuns).toEqual({ from: '2025-11-05', to: '2025-11-05' });
    expect(scenario.id).toBe('s');
    expect(steps).toBe(8);
  });

  it('keeps the window when no narrower one shows the defect', async () => {
    expect((await trimWindow(base, async () => undefined)).scenario).toBe(base);
  });
});
