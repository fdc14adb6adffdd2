import { Money } from '../domain/money';
import { compareRounds, type PinChange, type RoundComparison, type SharedScenarioDefects } from './compare-rounds';
import type { RoundInput } from './pilot.types';

/** One supplier in one round: its harm, its score and its defects' count, beside what changed since the round before. */
export interface TrendPoint {
  round: number;
  runId: string;
  score: string;
  overPaid: string;
  underPaid: string;
  /** overPaid + underPaid. */
  harm: string;
  peopleAffected: number;
  paysMissed: number;
  expectedPaydays: number;
  /** Its defects in the round; null when the run grouped none. */
  defects: number | null;
  changed: PinChange[];
}

export interface SupplierTrend {
  vendorId: string;
  name: string;
  points: TrendPoint[];
}

/** Each round's comparison with the one before it (the first with none). */
export function comparePilot(
  rounds: readonly RoundInput[],
  shared: ReadonlyMap<number, SharedScenarioDefects>,
): RoundComparison[] {
  return rounds.map((current, i) =>
    compareRounds({
      earlier: rounds.slice(0, Math.max(0, i - 1)),
      previous: i === 0 ? null : rounds[i - 1],
      current,
      shared: shared.get(current.round),
    }),
  );
}

/** Per supplier, its standing round by round, in round order; a round it took no part in has no point. */
export function supplierTrends(
  rounds: readonly RoundInput[],
  comparisons: readonly RoundComparison[],
): SupplierTrend[] {
  const trends = new Map<string, SupplierTrend>();
  rounds.forEach((r) => {
    for (const s of r.standings) {
      const trend = trends.get(s.vendorId) ?? { vendorId: s.vendorId, name: s.name, points: [] };
      trend.name = s.name;
      trend.points.push({
        round: r.round,
        runId: r.runId,
        score: s.score,
        overPaid: s.overPaid,
        underPaid: s.underPaid,
        harm: Money.of(s.overPaid).plus(Money.of(s.underPaid)).toString(),
        peopleAffected: s.peopleAffected,
        paysMissed: s.paysMissed,
        expectedPaydays: s.expectedPaydays,
        defects: r.defectsStored ? r.defects.filter((d) => d.vendorId === s.vendorId).length : null,
        changed: comparisons.find((c) => c.round === r.round)?.changed ?? [],
      });
      trends.set(s.vendorId, trend);
    }
  });
  return [...trends.values()].sort((a, b) => a.vendorId.localeCompare(b.vendorId));
}
