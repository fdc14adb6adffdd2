import type { Scorecard } from './score.types';

export interface Ranked {
  rank: number;
  vendorId: string;
  score: string;
}

/**
 * Best score first (scoring-weights.ts); on an equal score, less harm (over- plus under-paid)
 * first, then the supplier id, so the order never depends on which supplier answered first.
 * Equal scores and harm share a rank ("1, 1, 3").
 */
export function rankSuppliers(cards: Readonly<Record<string, Scorecard>>): Ranked[] {
  const rows = Object.entries(cards).map(([vendorId, c]) => ({ vendorId, c, harm: c.overPaid.plus(c.underPaid) }));
  rows.sort((a, b) => {
    const byScore = Number(b.c.score.value) - Number(a.c.score.value);
    if (byScore !== 0) return byScore;
    const byHarm = a.harm.compare(b.harm);
    return byHarm !== 0 ? byHarm : a.vendorId < b.vendorId ? -1 : a.vendorId > b.vendorId ? 1 : 0;
  });
  return rows.map((r) => {
    const tiedWith = rows.findIndex((o) => o.c.score.value === r.c.score.value && o.harm.eq(r.harm));
    return { rank: tiedWith + 1, vendorId: r.vendorId, score: r.c.score.value };
  });
}
