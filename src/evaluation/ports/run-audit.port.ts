import type { RunSummary } from '../evaluation.types';
import type { PooledSupplier } from '../supplier-pool';
import type { RunOptionsRecord } from './run-records';

/** A run as it starts, for its audit pins. */
export interface RunStarted {
  runId: string;
  options: RunOptionsRecord;
  suppliers: readonly PooledSupplier[];
}

/**
 * The auditors' hooks into a run (src/audit implements them; docs/auditing.md): pins at the
 * start, rulings and sealed scores on the summary, the hash chain once finished. Optional:
 * without it (the service tests' fakes) a run goes as before.
 */
export abstract class RunAudit {
  abstract started(run: RunStarted): Promise<void>;
  /**
   * A run is resumed with its suppliers opened again: an exchange supplier may answer from a
   * newer import than the one pinned (a run that waited for it). Default: nothing to do.
   */
  async resumed(_run: RunStarted): Promise<void> {}
  /** The summary as scored from the partial sums, amended: rulings applied, unexplained findings counted, sealed scores apart. */
  abstract amend(runId: string, summary: RunSummary): Promise<RunSummary>;
  /**
   * The run's summary is saved and it is about to be marked finished at `finishedAt`: chain
   * its record as it will then be, so no one sees it finished and not yet chained.
   */
  abstract finishing(runId: string, finishedAt: string): Promise<void>;
}
