import { rankSuppliers } from '../../domain/checks/rank-suppliers';
import {
  addCounts,
  countsFromJson,
  emptyCounts,
  scenarioCounts,
  tallyOf,
  type Counts,
} from '../../domain/checks/score-parts';
import { NO_FAMILY, type ScenarioResult, type Scorecard, type Tally } from '../../domain/checks/score.types';
import type { RankEntry, RunSummary, ScorecardJson } from '../../evaluation/evaluation.types';

type TallyJson = ScorecardJson['families'][string];

/** The additive counts of a stored tally (its percentages, percentiles and score are recomputed). */
export function countsOf(t: TallyJson): Counts {
  const { correctShare: _c, harmPerPerson: _h, responseMs: _r, score: _s, ...rest } = t;
  const { families: _f, ...counts } = rest as typeof rest & { families?: unknown };
  return countsFromJson(counts);
}

export function negate(c: Counts): Counts {
  const byKind = Object.fromEntries(Object.entries(c.errors.byKind).map(([k, n]) => [k, -n]));
  return {
    scenarios: -c.scenarios,
    scenariosCorrect: -c.scenariosCorrect,
    lines: { total: -c.lines.total, matched: -c.lines.matched },
    overPaid: c.overPaid.negated(),
    underPaid: c.underPaid.negated(),
    peopleAffected: -c.peopleAffected,
    paysMissed: -c.paysMissed,
    unexpectedPays: -c.unexpectedPays,
    expectedPaydays: -c.expectedPaydays,
    invariantViolations: -c.invariantViolations,
    scenariosWithViolations: -c.scenariosWithViolations,
    errors: { total: -c.errors.total, byKind },
  };
}

/** What one person's change adds to its family's counts: the adjusted result's counts less the original's. */
export function delta(before: ScenarioResult, after: ScenarioResult): Counts {
  return addCounts(scenarioCounts(after), negate(scenarioCounts(before)));
}

/** A tally from counts, keeping the stored response-time percentiles (a ruling does not change them). */
function tallyFrom(counts: Counts, responseMs: Tally['responseMs']): Tally {
  const byKind = Object.fromEntries(Object.entries(counts.errors.byKind).filter(([, n]) => n !== 0));
  return { ...tallyOf({ ...counts, errors: { ...counts.errors, byKind } }, []), responseMs };
}

/**
 * The summary's scorecards with each supplier's family counts changed by `deltas`
 * (supplier → family → counts), the supplier's whole recomputed from its families, and the
 * ranking again. Untouched suppliers keep their cards as they were.
 */
export function rescore(summary: RunSummary, deltas: ReadonlyMap<string, ReadonlyMap<string, Counts>>): RunSummary {
  if (deltas.size === 0) return summary;
  const cards: Record<string, Scorecard> = {};
  const json: Record<string, ScorecardJson> = { ...summary.scorecards };
  for (const [vendorId, card] of Object.entries(summary.scorecards)) {
    const d = deltas.get(vendorId);
    const families: Record<string, Tally> = {};
    let all = emptyCounts();
    for (const [family, t] of Object.entries(card.families)) {
      const counts = addCounts(countsOf(t), d?.get(family) ?? emptyCounts());
      families[family] = tallyFrom(counts, t.responseMs);
      all = addCounts(all, counts);
    }
    const whole = tallyFrom(all, card.responseMs);
    cards[vendorId] = { ...whole, families };
    if (d) json[vendorId] = JSON.parse(JSON.stringify(cards[vendorId])) as ScorecardJson;
  }
  const names = new Map(summary.ranking.map((r) => [r.vendorId, r.name]));
  const ranking: RankEntry[] = rankSuppliers(cards).map((r) => ({ ...r, name: names.get(r.vendorId) ?? r.vendorId }));
  return { ...summary, scorecards: json, ranking };
}

export { NO_FAMILY };
