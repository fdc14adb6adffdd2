import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { deadlinePassed, parseDeadline } from './deadline';
import { EvaluationService, type EvaluatedRun } from './evaluation.service';
import type { RunView } from './evaluation.types';
import { RunRecorder } from './ports/run-recorder.port';
import { saidError } from '../submissions/refusal-text';

/** What a sweep of overdue runs did: runs finished, runs that could not be (with why). */
export interface OverdueSweep {
  finished: EvaluatedRun[];
  failed: Array<{ runId: string; error: string }>;
}

/**
 * The supplier deadline of runs that wait for exchange suppliers (issue 16, item 3):
 * procurement sets or moves it, and once it has come the run is resumed, its missing answers
 * judged as missed pays, and it finishes. The CLI, the API and `serve`'s timer go through here.
 */
@Injectable()
export class RunDeadlines {
  constructor(
    private readonly evaluation: EvaluationService,
    private readonly recorder: RunRecorder,
    private readonly clock: Clock,
  ) {}

  /**
   * Sets (or, with null, removes) a run's deadline. Unlike at the start, a deadline already past
   * is taken: it tells the run to judge what is missing now (at the next resume or sweep).
   */
  async set(runId: string, deadline: string | null, by: string, where = 'deadline'): Promise<RunView> {
    const run = await this.recorder.getRun(runId);
    if (!run) throw saidError('NOT_FOUND', 'error.run.notFound', { id: runId });
    const pins = await this.recorder.vendors(runId);
    if (!pins.some((v) => v.transport === 'exchange'))
      throw saidError('INVALID_INPUT', 'error.deadline.runNoExchange', {
        where,
        id: runId,
        suppliers: pins.map((v) => `${v.vendorId}: ${v.transport}`).join(', '),
      });
    if (run.status === 'finished') throw saidError('CONFLICT', 'error.deadline.finished', { id: runId });
    const parsed = deadline === null ? null : parseDeadline(deadline, where);
    await this.recorder.setDeadline(runId, parsed, { by, at: this.clock.nowIso() });
    return this.evaluation.get(runId);
  }

  /** Every awaiting run whose deadline has come, resumed to its end (one failing does not stop the others). */
  async finishOverdue(): Promise<OverdueSweep> {
    const sweep: OverdueSweep = { finished: [], failed: [] };
    for (const run of await this.overdue())
      try {
        sweep.finished.push(await this.evaluation.resume(run.id));
      } catch (err) {
        sweep.failed.push({ runId: run.id, error: (err as Error).message });
      }
    return sweep;
  }

  /** The nearest deadline still ahead among awaiting runs, if any. */
  async nextDeadline(): Promise<string | undefined> {
    const now = this.clock.nowIso();
    const ahead = (await this.recorder.listRuns())
      .filter((r) => r.status === 'awaiting-supplier' && r.supplierDeadline !== null)
      .map((r) => r.supplierDeadline!)
      .filter((d) => !deadlinePassed(d, now))
      .sort();
    return ahead[0];
  }

  private async overdue() {
    const now = this.clock.nowIso();
    return (await this.recorder.listRuns()).filter(
      (r) => r.status === 'awaiting-supplier' && deadlinePassed(r.supplierDeadline, now),
    );
  }
}
