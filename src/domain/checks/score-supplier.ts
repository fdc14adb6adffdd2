import {
  addCounts,
  addToParts,
  emptyCounts,
  scorecardOf,
  scenarioCounts,
  tallyOf,
  type FamilyPart,
} from './score-parts';
import type { ScenarioResult, Scorecard, Tally } from './score.types';

/** Every count, percentile and the score over one set of scenario results. */
export function tally(results: readonly ScenarioResult[]): Tally {
  let c = emptyCounts();
  for (const r of results) c = addCounts(c, scenarioCounts(r));
  return tallyOf(
    c,
    results.map((r) => r.elapsedMs),
  );
}

/**
 * One supplier's scorecard over many scenarios: the tally of all of them, and the same tally
 * per Phoenix failure family. A scenario the supplier failed with an error counts as an
 * error and as not correctly paid; its pays count as missed only if the caller compared the
 * reference against the supplier's (empty) answer and passed those missed-pay findings,
 * which the evaluation should do so the harm of a failure shows in dollars. A scenario the
 * supplier declared 'unsupported' has every expected payday counted as a missed pay without
 * findings, so declaring a scenario out of scope never scores better than attempting it.
 * The same sums can be built chunk by chunk (score-parts.ts); the result is identical.
 */
export function scoreSupplier(results: readonly ScenarioResult[]): Scorecard {
  const parts = new Map<string, FamilyPart>();
  for (const r of results) addToParts(parts, r);
  return scorecardOf(parts);
}
