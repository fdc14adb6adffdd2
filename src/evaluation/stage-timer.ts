import type { StageTimings } from './evaluation.types';

type Stage = Exclude<keyof StageTimings, 'total' | 'supplierBusy'>;

/**
 * Adds up where a run's time goes. performance.now() is monotonic. With several suppliers
 * answering at once, 'supplier' is the sum of their call times, so stages can add up to more
 * than the wall-clock total.
 */
export class StageTimer {
  private readonly spent: Record<Stage, number> = { supplier: 0, reference: 0, checks: 0, storage: 0 };
  private readonly started = performance.now();

  time<T>(stage: Stage, work: () => T): T {
    const t = performance.now();
    try {
      return work();
    } finally {
      this.spent[stage] += performance.now() - t;
    }
  }

  async timeAsync<T>(stage: Stage, work: () => Promise<T>): Promise<T> {
    const t = performance.now();
    try {
      return await work();
    } finally {
      this.spent[stage] += performance.now() - t;
    }
  }

  /** Time spent elsewhere (a queue worker's, on a chunk it did for this run). */
  add(spent: Partial<Record<Stage, number>>): void {
    for (const stage of Object.keys(this.spent) as Stage[]) this.spent[stage] += spent[stage] ?? 0;
  }

  timings(): StageTimings {
    const r = (ms: number) => Math.round(ms * 10) / 10;
    return {
      supplier: r(this.spent.supplier),
      reference: r(this.spent.reference),
      checks: r(this.spent.checks),
      storage: r(this.spent.storage),
      total: r(performance.now() - this.started),
    };
  }
}
