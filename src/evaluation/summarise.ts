import { countsFromJson, mergeParts, scorecardOf, type FamilyPart } from '../domain/checks/score-parts';
import { rankSuppliers } from '../domain/checks/rank-suppliers';
import type { Scorecard } from '../domain/checks/score.types';
import { SCORING } from '../domain/checks/scoring-weights';
import type { RunSummary, ScorecardJson, StageTimings } from './evaluation.types';
import type { ChunkParts } from './ports/run-records';

/** One supplier's running sums while the chunks' partial sums are read back. */
interface SupplierSums {
  families: Map<string, FamilyPart>;
  periods: number;
  requests: number;
  repeated: number;
}

/**
 * The run's summary from its chunks' partial sums, read back in chunk order: the same sums
 * whether the run went in one go or was resumed, so the same scores.
 */
export class RunSummariser {
  private readonly sums = new Map<string, SupplierSums>();

  constructor(private readonly suppliers: ReadonlyArray<{ id: string; name: string }>) {
    for (const s of suppliers) this.sums.set(s.id, { families: new Map(), periods: 0, requests: 0, repeated: 0 });
  }

  add(vendorId: string, parts: ChunkParts): void {
    const sums = this.sums.get(vendorId);
    if (!sums) return;
    const more = new Map(
      Object.entries(parts.families).map(([f, p]) => [f, { counts: countsFromJson(p.counts), elapsedMs: p.elapsedMs }]),
    );
    mergeParts(sums.families, more);
    sums.periods += parts.periods;
    sums.requests += parts.requests;
    sums.repeated += parts.repeated;
  }

  summary(i: {
    notes: string[];
    loadErrors: string[];
    sameAnswerRate: number;
    refused: number;
    workers: number;
    timings: StageTimings;
  }): RunSummary {
    const cards: Record<string, Scorecard> = {};
    for (const [id, s] of this.sums) cards[id] = scorecardOf(s.families);
    const names = new Map(this.suppliers.map((s) => [s.id, s.name]));
    const all = [...this.sums.values()];
    return {
      ranking: rankSuppliers(cards).map((r) => ({ ...r, name: names.get(r.vendorId) ?? r.vendorId })),
      scoring: SCORING,
      scorecards: JSON.parse(JSON.stringify(cards)) as Record<string, ScorecardJson>,
      loadErrors: i.loadErrors,
      notes: [...i.notes].sort(),
      payPeriods: all.reduce((n, s) => n + s.periods, 0),
      sameAnswer: {
        rate: i.sameAnswerRate,
        requests: all.reduce((n, s) => n + s.requests, 0),
        repeated: all.reduce((n, s) => n + s.repeated, 0),
      },
      refused: i.refused,
      workers: i.workers,
      timings: i.timings,
    };
  }
}
