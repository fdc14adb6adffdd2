import fc from 'fast-check';
import type { TolerancePolicy } from '../domain/checks/tolerance-policy';
import { PayproofError } from '../domain/errors';
import type { Scenario } from '../domain/scenario';
import type { VendorAdapter } from '../vendors/vendor-adapter';
import { fuzzScenarioArb } from './arbitraries';
import type { FuzzScope } from './fuzz.types';
import { focusFor, judgeScenarios, type Judged } from './fuzz-judge';
import type { Defect, FuzzOptions, FuzzReport } from './fuzz-report';
import { showsAlone, triage } from './fuzz-triage';
import type { FuzzFinding } from './signatures';
import { sampleWithContext, shrinkValue } from './shrink';
import { trimWindow } from './trim-window';

export type { Defect, FuzzOptions, FuzzProgress, FuzzReport, SupplierError } from './fuzz-report';

const withId = (s: Scenario, id: string): Scenario => ({ ...s, id });

async function scope(adapter: VendorAdapter): Promise<FuzzScope> {
  const described = await adapter.describe();
  if (!described.ok)
    throw new PayproofError('VENDOR_FAILURE', `${adapter.id}: describe failed: ${described.failure.message}`);
  const { provinces, eventKinds, payYears } = described.description.capabilities;
  return { provinces, eventKinds, payYears };
}

type Witness = { scenario: Scenario; finding: FuzzFinding };

/** Judges candidates in one supplier request; the first that still shows the signature, if any. */
function firstShowing(adapter: VendorAdapter, signature: string, policy?: TolerancePolicy) {
  let calls = 0;
  const focus = focusFor(signature);
  const shows = (j: Judged) => j.findings.find((f) => f.signature === signature);
  return async (candidates: readonly Scenario[]): Promise<{ index: number; witness: Witness } | undefined> => {
    calls += 1;
    const named = candidates.map((c, i) => withId(c, `shrink-${calls}-${i}`));
    const judged = await judgeScenarios({
      adapter,
      scenarios: named,
      focus,
      ...(policy && { policy }),
      until: (j) => shows(j) !== undefined,
    });
    const index = judged.findIndex((j) => shows(j) !== undefined);
    return index === -1 ? undefined : { index, witness: { scenario: named[index], finding: shows(judged[index])! } };
  };
}

/**
 * Shrinks one generated scenario toward the smallest that still shows `signature`: fast-check's
 * shrink stream of the arbitrary, several candidates per supplier request (shrink.ts), then
 * paydays dropped from either end of the window (trim-window.ts).
 */
async function shrink(
  adapter: VendorAdapter,
  arb: fc.Arbitrary<Scenario>,
  o: { start: fc.Value<Scenario>; signature: string; budget: number; policy?: TolerancePolicy },
) {
  const judge = firstShowing(adapter, o.signature, o.policy);
  const shrunk = await shrinkValue<Scenario, Witness>({
    arb,
    start: o.start,
    chunk: SHRINK_CHUNK,
    budget: o.budget,
    firstFailing: judge,
  });
  let witness = shrunk.witness;
  const trimmed = await trimWindow(shrunk.value, async (candidates) => {
    const hit = await judge(candidates);
    if (hit) witness = hit.witness;
    return hit?.index;
  });
  return { witness, tried: shrunk.tried, steps: shrunk.steps + trimmed.steps };
}

/** Signatures shrunk side by side. */
const SHRINKS_AT_ONCE = 3;

/** Candidates per supplier request while shrinking. */
const SHRINK_CHUNK = 8;

async function generationPass(
  adapter: VendorAdapter,
  scenarios: readonly Scenario[],
  o: FuzzOptions,
  defects: () => number,
): Promise<Judged[]> {
  const size = o.batchSize ?? 20;
  const judged: Judged[] = [];
  for (let i = 0; i < scenarios.length; i += size) {
    judged.push(
      ...(await judgeScenarios({
        adapter,
        scenarios: scenarios.slice(i, i + size),
        ...(o.policy && { policy: o.policy }),
      })),
    );
    o.onProgress?.({ phase: 'run', done: judged.length, total: scenarios.length, defects: defects() });
  }
  return judged;
}

/**
 * `payproof fuzz` for one supplier: the seed's generated scenarios (inside what the supplier
 * declared) go to the supplier and the reference, judged as an evaluation judges them; each
 * signature first seen is shrunk to a minimal counterexample, which is replayed alone before it
 * counts as a regression. The same seed and runs give the same scenarios and defects.
 */
export async function fuzzSupplier(adapter: VendorAdapter, o: FuzzOptions): Promise<FuzzReport> {
  const declared = await scope(adapter);
  const arb = fuzzScenarioArb(declared);
  const generated = sampleWithContext(arb, o.seed, o.runs);
  const scenarios = generated.map((v, i) => withId(v.value_, `run-${i}`));
  const found = new Map<string, Defect>();
  const judged = await generationPass(adapter, scenarios, o, () => found.size);
  const { todo, supplierErrors } = await triage(adapter, judged, o);
  // Shrinks of different signatures are independent: a few at a time overlap the supplier's
  // latency (a process per request for a command supplier); each result is the same as alone.
  for (let k = 0; k < todo.length; k += SHRINKS_AT_ONCE) {
    const group = todo.slice(k, k + SHRINKS_AT_ONCE);
    const budget = o.maxShrinkSteps ?? 400;
    const shrunk = await Promise.all(
      group.map(({ run, f }) =>
        shrink(adapter, arb, { start: generated[run], signature: f.signature, budget, policy: o.policy }),
      ),
    );
    for (const [i, { run, f, scenario }] of group.entries()) {
      const minimal = shrunk[i].witness ?? { scenario, finding: f };
      const counterexample = withId(minimal.scenario, `run-${run}-minimal`);
      found.set(f.signature, {
        signature: f.signature,
        ...(f.title && { title: f.title }),
        finding: minimal.finding,
        counterexample,
        run,
        original: scenario,
        shrinkSteps: shrunk[i].steps,
        shrinkTried: shrunk[i].tried,
        reproducedAlone: await showsAlone(adapter, counterexample, f.signature, o.policy),
      });
    }
    o.onProgress?.({ phase: 'shrink', done: k + group.length, total: todo.length, defects: found.size });
  }
  return {
    vendorId: adapter.id,
    seed: o.seed,
    runs: o.runs,
    scope: declared,
    skipped: judged.filter((j) => j.skipped).length,
    refused: judged.filter((j) => j.refused).length,
    failing: judged.filter((j) => j.findings.length > 0).length,
    defects: [...found.values()],
    supplierErrors,
  };
}
