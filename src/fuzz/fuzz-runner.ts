import fc from 'fast-check';
import { PayproofError } from '../domain/errors';
import type { Scenario } from '../domain/scenario';
import type { VendorAdapter } from '../vendors/vendor-adapter';
import { fuzzScenarioArb } from './arbitraries';
import type { FuzzScope } from './fuzz.types';
import { focusFor, judgeScenarios, type Judged } from './fuzz-judge';
import type { FuzzFinding } from './signatures';

export interface FuzzProgress {
  phase: 'run' | 'shrink';
  done: number;
  total: number;
  defects: number;
}

export interface FuzzOptions {
  runs: number;
  seed: number;
  /** Scenarios per pay-run request in the generation pass (default 20; variants ride along). */
  batchSize?: number;
  /** Supplier calls one shrink may make (default 300): a bound that keeps a run reproducible, unlike a time limit. */
  maxShrinkSteps?: number;
  onProgress?: (p: FuzzProgress) => void;
}

/** One distinct defect: the finding on its minimal scenario, and where it was first seen. */
export interface Defect {
  signature: string;
  finding: FuzzFinding;
  counterexample: Scenario;
  /** The index of the generated run that first showed it (replay: --seed with fast-check path = run). */
  run: number;
  original: Scenario;
  shrinkSteps: number;
}

export interface FuzzReport {
  vendorId: string;
  seed: number;
  runs: number;
  scope: FuzzScope;
  skipped: number;
  refused: number;
  /** Runs with at least one finding. */
  failing: number;
  defects: Defect[];
}

const withId = (s: Scenario, id: string): Scenario => ({ ...s, id });

async function scope(adapter: VendorAdapter): Promise<FuzzScope> {
  const described = await adapter.describe();
  if (!described.ok) throw new PayproofError('VENDOR_FAILURE', `${adapter.id}: describe failed: ${described.failure.message}`);
  const { provinces, eventKinds, payYears } = described.description.capabilities;
  return { provinces, eventKinds, payYears };
}

/**
 * Shrinks run `run` of the seed toward the smallest scenario that still shows `signature`,
 * with fast-check's own shrinking (replayed by `path`) of the arbitrary's integer plan. The
 * last scenario that still showed it is the minimal counterexample.
 */
async function shrink(adapter: VendorAdapter, arb: fc.Arbitrary<Scenario>, o: { seed: number; run: number; signature: string; maxSteps: number }) {
  let steps = 0;
  let best: { scenario: Scenario; finding: FuzzFinding } | undefined;
  const property = fc.asyncProperty(arb, async (candidate) => {
    if (steps >= o.maxSteps) return true; // out of budget: every further candidate "passes", so the shrinker stops here
    steps += 1;
    const scenario = withId(candidate, `shrink-${steps}`);
    const [judged] = await judgeScenarios(adapter, [scenario], focusFor(o.signature));
    const finding = judged.findings.find((f) => f.signature === o.signature);
    if (finding) best = { scenario, finding };
    return finding === undefined;
  });
  await fc.check(property, { seed: o.seed, path: String(o.run) });
  return { best, steps };
}

async function generationPass(adapter: VendorAdapter, scenarios: readonly Scenario[], o: FuzzOptions, defects: () => number): Promise<Judged[]> {
  const size = o.batchSize ?? 20;
  const judged: Judged[] = [];
  for (let i = 0; i < scenarios.length; i += size) {
    judged.push(...(await judgeScenarios(adapter, scenarios.slice(i, i + size))));
    o.onProgress?.({ phase: 'run', done: judged.length, total: scenarios.length, defects: defects() });
  }
  return judged;
}

/**
 * `payproof fuzz` for one supplier: the seed's generated scenarios (inside what the supplier
 * declared) go to the supplier and the reference; each signature first seen is shrunk to a
 * minimal counterexample. The same seed and runs give the same scenarios and defects.
 */
export async function fuzzSupplier(adapter: VendorAdapter, o: FuzzOptions): Promise<FuzzReport> {
  const declared = await scope(adapter);
  const arb = fuzzScenarioArb(declared);
  const scenarios = fc.sample(arb, { seed: o.seed, numRuns: o.runs }).map((s, i) => withId(s, `run-${i}`));
  const found = new Map<string, Defect>();
  const judged = await generationPass(adapter, scenarios, o, () => found.size);
  const firsts = judged.flatMap((j, run) => j.findings.map((f) => ({ run, f, scenario: j.scenario })));
  const todo = firsts.filter(({ f }, i) => firsts.findIndex((x) => x.f.signature === f.signature) === i);
  for (const [k, { run, f, scenario }] of todo.entries()) {
    const { best, steps } = await shrink(adapter, arb, { seed: o.seed, run, signature: f.signature, maxSteps: o.maxShrinkSteps ?? 300 });
    const minimal = best ?? { scenario, finding: f };
    found.set(f.signature, { signature: f.signature, finding: minimal.finding, counterexample: minimal.scenario, run, original: scenario, shrinkSteps: steps });
    o.onProgress?.({ phase: 'shrink', done: k + 1, total: todo.length, defects: found.size });
  }
  return {
    vendorId: adapter.id, seed: o.seed, runs: o.runs, scope: declared,
    skipped: judged.filter((j) => j.skipped).length,
    refused: judged.filter((j) => j.refused).length,
    failing: judged.filter((j) => j.findings.length > 0).length,
    defects: [...found.values()],
  };
}
