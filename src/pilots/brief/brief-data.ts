import { Money } from '../../domain/money';
import { shownStatus, type ShownStatus } from '../carry-rulings';
import type { RoundComparison } from '../compare-rounds';
import { defectKey, type RoundDefect, type SealedResult, type SupplierStanding } from '../pilot.types';
import type { SupplierTrend } from '../pilot-trends';

/** How many remaining risks a one-page brief lists. */
export const RISKS_LISTED = 4;

export interface SupplierMoves {
  vendorId: string;
  name: string;
  inPrevious: boolean;
  /** By status as shown: a defect ruled "reference wrong" counts apart from still open, new and came back. */
  counts: Record<ShownStatus, number>;
  titles: Record<ShownStatus, RoundDefect['title'][]>;
}

/** Everything one round's decision brief says, before words: pure, from the pilot's comparison. */
export interface BriefData {
  pilot: string;
  round: number;
  runId: string;
  startedAt: string;
  previousRound: number | null;
  standings: SupplierStanding[];
  comparison: RoundComparison | null;
  moves: SupplierMoves[];
  harm: { total: string; people: number; previousTotal: string | null };
  risks: Array<{ supplier: string; defect: RoundDefect }>;
  trends: SupplierTrend[];
  /** The round's sealed-set result, when its run had a sealed part (src/audit/seal). */
  sealed: SealedResult | null;
}

const harmOf = (d: { overPaid: string; underPaid: string }) => Money.of(d.overPaid).plus(Money.of(d.underPaid));

function totals(standings: readonly SupplierStanding[]): { total: string; people: number } {
  return {
    total: Money.sum(standings.map(harmOf)).toString(),
    people: standings.reduce((n, s) => n + s.peopleAffected, 0),
  };
}

function movesOf(c: RoundComparison | null, standings: readonly SupplierStanding[]): SupplierMoves[] {
  if (!c) return [];
  const name = (id: string) => standings.find((s) => s.vendorId === id)?.name ?? id;
  return c.suppliers.map((s) => {
    const counts = { fixed: 0, open: 0, new: 0, regressed: 0, 'reference-wrong': 0 };
    const titles: SupplierMoves['titles'] = { fixed: [], open: [], new: [], regressed: [], 'reference-wrong': [] };
    for (const change of s.changes) {
      counts[shownStatus(change)]++;
      titles[shownStatus(change)].push(change.defect.title);
    }
    return { vendorId: s.vendorId, name: name(s.vendorId), inPrevious: s.inPrevious, counts, titles };
  });
}

/** The round's defects that cost people the most: dollars over plus under, then people, then id. */
export function largestRisks(defects: readonly RoundDefect[], standings: readonly SupplierStanding[], limit: number) {
  const name = (id: string) => standings.find((s) => s.vendorId === id)?.name ?? id;
  return [...defects]
    .sort(
      (a, b) =>
        harmOf(b).compare(harmOf(a)) ||
        b.people - a.people ||
        a.defectId.localeCompare(b.defectId) ||
        a.vendorId.localeCompare(b.vendorId),
    )
    .slice(0, limit)
    .map((defect) => ({ supplier: name(defect.vendorId), defect }));
}

/** A defect an auditor ruled "reference wrong" is the reference's mistake, not a risk the supplier carries. */
function withoutReferenceWrong(defects: readonly RoundDefect[], c: RoundComparison | null): RoundDefect[] {
  const out = new Set(
    (c?.suppliers ?? []).flatMap((s) =>
      s.changes
        .filter((x) => shownStatus(x) === 'reference-wrong')
        .map((x) => defectKey({ vendorId: s.vendorId, defectId: x.defect.defectId })),
    ),
  );
  return defects.filter((d) => !out.has(defectKey(d)));
}

export function briefData(o: {
  pilot: string;
  round: { round: number; runId: string; startedAt: string; standings: SupplierStanding[]; defects: RoundDefect[] };
  previous: { round: number; standings: SupplierStanding[] } | null;
  comparison: RoundComparison | null;
  trends: SupplierTrend[];
  sealed?: SealedResult | null;
}): BriefData {
  const now = totals(o.round.standings);
  return {
    pilot: o.pilot,
    round: o.round.round,
    runId: o.round.runId,
    startedAt: o.round.startedAt,
    previousRound: o.previous?.round ?? null,
    standings: o.round.standings,
    comparison: o.comparison,
    moves: movesOf(o.comparison, o.round.standings),
    harm: { ...now, previousTotal: o.previous ? totals(o.previous.standings).total : null },
    risks: largestRisks(withoutReferenceWrong(o.round.defects, o.comparison), o.round.standings, RISKS_LISTED),
    trends: o.trends,
    sealed: o.sealed ?? null,
  };
}
