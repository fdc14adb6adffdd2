import type { DefectChange, DefectStatus, RoundComparison } from './compare-rounds';
import type { CarriedRuling, PilotRuling, RoundInput } from './pilot.types';

/**
 * The auditors' rulings carried over round to round (docs/pilots.md, "Rulings carried over").
 * Pure. A ruling applies to a round when it was made on that round's run or an earlier round's,
 * or, made on a run outside the pilot, before the round's run started; of those, the latest on
 * the defect's signature for its supplier (or for every supplier) is in force, as
 * src/audit/disputes/rulings-in-force.ts picks it.
 */

/** What a change is shown as: a defect ruled "reference wrong" is out of the score, not still open. */
export type ShownStatus = DefectStatus | 'reference-wrong';

export function shownStatus(change: Pick<DefectChange, 'status' | 'ruling'>): ShownStatus {
  return change.ruling?.outcome === 'reference-wrong' && change.status !== 'fixed' ? 'reference-wrong' : change.status;
}

function inForce(o: {
  rulings: readonly PilotRuling[];
  roundOfRun: ReadonlyMap<string, number>;
  round: RoundInput;
  vendorId: string;
  signature: string;
}): CarriedRuling | undefined {
  let found: { ruling: PilotRuling; round: number | null } | undefined;
  for (const r of o.rulings) {
    if (r.signature !== o.signature || (r.vendorId !== null && r.vendorId !== o.vendorId)) continue;
    const madeIn = r.runId === null ? undefined : o.roundOfRun.get(r.runId);
    const applies = madeIn !== undefined ? madeIn <= o.round.round : r.at <= o.round.startedAt;
    if (applies && (!found || found.ruling.at <= r.at)) found = { ruling: r, round: madeIn ?? null };
  }
  if (!found) return undefined;
  const { ruling, round } = found;
  return {
    id: ruling.id,
    outcome: ruling.outcome,
    at: ruling.at,
    by: ruling.by,
    round,
    inScore: o.round.rulingsApplied.includes(ruling.id),
  };
}

/** Each comparison with the ruling in force on each of its defects in that round. */
export function carryRulings(
  comparisons: readonly RoundComparison[],
  rounds: readonly RoundInput[],
  rulings: readonly PilotRuling[],
  roundOfRun: ReadonlyMap<string, number>,
): RoundComparison[] {
  if (rulings.length === 0) return [...comparisons];
  return comparisons.map((c) => {
    const round = rounds.find((r) => r.round === c.round);
    if (!round) return c;
    return {
      ...c,
      suppliers: c.suppliers.map((s) => ({
        ...s,
        changes: s.changes.map((x) => {
          const ruling = inForce({ rulings, roundOfRun, round, vendorId: s.vendorId, signature: x.defect.defectId });
          return ruling ? { ...x, ruling } : x;
        }),
      })),
    };
  });
}
