import type {
  ChunkParts,
  ChunkRecord,
  DoneChunk,
  FindingFilter,
  FindingRecord,
  HarmedRecord,
  NewRunRecord,
  RunOwner,
  RunRecord,
  ScenarioPinPage,
  ScenarioRecord,
  AnswerRecord,
  VendorPinRecord,
  DefectFilter,
  DefectRecord,
  DeadlineSet,
  MissingCounts,
  MissingRecord,
} from './run-records';

/** A finding as stored, with the supplier it belongs to. */
export type StoredFinding = FindingRecord & { vendorId: string };

/**
 * The run recorder: where an evaluation keeps what auditors need (the port; src/persistence
 * implements it over SQLite, tests use an in-memory fake). Writes of one chunk are atomic and
 * idempotent, keyed by run, supplier and chunk, so a resumed (or later, distributed) run can
 * write a chunk again without losing or doubling anything.
 */
export abstract class RunRecorder {
  abstract createRun(run: NewRunRecord): Promise<void>;
  abstract writeChunk(chunk: ChunkRecord): Promise<void>;
  /** The (supplier, chunk) pairs already written, for resume. */
  abstract doneChunks(runId: string): Promise<DoneChunk[]>;
  /** Every supplier's partial score sums, chunk by chunk in chunk order (streamed). */
  abstract parts(runId: string): AsyncIterable<{ vendorId: string; parts: ChunkParts }>;
  /** Marks the run as owned by this process again (resume) and running. */
  abstract claim(runId: string, owner: RunOwner, at: string): Promise<void>;
  abstract heartbeat(runId: string, at: string): Promise<void>;
  abstract finish(runId: string, at: string, summary: unknown): Promise<void>;
  /** Scores are known but the reports are not written yet: the run stays running until finish. */
  abstract saveSummary(runId: string, summary: unknown): Promise<void>;
  abstract fail(runId: string, at: string, error: string): Promise<void>;
  abstract interrupt(runId: string, at: string, reason: string): Promise<void>;
  /**
   * The run evaluated everything it could and waits for exchange suppliers: marked
   * 'awaiting-supplier' with what is missing (replacing what was missing before). With no
   * missing record it only clears them (the run goes on to finish).
   */
  abstract awaitSuppliers(runId: string, missing: readonly MissingRecord[]): Promise<void>;
  abstract setDeadline(runId: string, deadline: string | null, set: DeadlineSet): Promise<void>;
  /** What an awaiting run misses, by supplier then catalogue order, page by page. */
  abstract missing(
    runId: string,
    filter: { vendorId?: string },
    page: { offset: number; limit: number },
  ): Promise<{ total: number; items: MissingRecord[] }>;
  abstract missingCounts(runId: string): Promise<MissingCounts>;
  abstract getRun(runId: string): Promise<RunRecord | null>;
  abstract listRuns(): Promise<RunRecord[]>;
  /** Runs still marked running, for the interrupted-run sweep at start-up. */
  abstract runningRuns(): Promise<RunRecord[]>;
  abstract vendors(runId: string): Promise<VendorPinRecord[]>;
  abstract scenarioPins(
    runId: string,
    page: { offset: number; limit: number; family?: string },
  ): Promise<ScenarioPinPage>;
  abstract refusedScenarios(runId: string, limit: number): Promise<ScenarioPinPage>;
  abstract scenario(runId: string, scenarioId: string): Promise<ScenarioRecord | null>;
  abstract answers(runId: string, scenarioId: string): Promise<Array<AnswerRecord & { vendorId: string }>>;
  /** Findings in a stable order (supplier, scenario, the checks' own order), page by page. */
  abstract findings(
    runId: string,
    filter: FindingFilter,
    page?: { offset: number; limit: number },
  ): Promise<StoredFinding[]>;
  abstract countFindings(runId: string, filter?: FindingFilter): Promise<number>;
  /** Every finding in the stable order, streamed in pages (reports of any size). */
  abstract eachFinding(runId: string): AsyncIterable<StoredFinding>;
  /** The findings with the largest effect on a person's net pay first (stub lines left out: they are no harm). */
  abstract worstFindings(runId: string, limit: number): Promise<StoredFinding[]>;
  /** The employees most harmed (dollars over- plus under-paid), per supplier, worst first. */
  abstract mostHarmed(runId: string, limit: number): Promise<HarmedRecord[]>;
  /** The run's defects, replacing any stored before (written once every chunk is stored; idempotent). */
  abstract saveDefects(runId: string, defects: readonly DefectRecord[]): Promise<void>;
  /** The run's defects by supplier, then rank (a family filter keeps the defects seen in that family). */
  abstract defects(runId: string, filter?: DefectFilter): Promise<DefectRecord[]>;
  /**
   * A defect's occurrences: the first root finding of each (a pair's other root follows it), in
   * the stable order, page by page; optionally one supplier's.
   */
  abstract occurrences(
    runId: string,
    filter: { defectId: string; vendorId?: string },
    page: { offset: number; limit: number },
  ): Promise<{ total: number; items: StoredFinding[] }>;
}
