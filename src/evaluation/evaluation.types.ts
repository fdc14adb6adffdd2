import type { Scorecard } from '../domain/checks/score.types';
import type { SCORING } from '../domain/checks/scoring-weights';
import type { TolerancePolicy } from '../domain/checks/tolerance-policy';
import type { TraceStep } from '../domain/reference/trace';
import type { Money } from '../domain/money';
import type { DefectRecord, MissingCounts, MissingRecord, RunStatus } from './ports/run-records';
import type { ReportLocale } from '../reports/report-writer.service';
import type { AuditSummary } from '../audit/audit-summary.types';

/**
 * The public face of the evaluation service, shared by the CLI and the HTTP API. Everything
 * here is plain JSON (money as two-decimal text) so a door can hand it out as it is.
 */
export interface EvaluateOptions {
  /** A scenario file or folder; default: the bundled test-payrolls/. */
  scenarios?: string;
  /** Supplier ids ("acme,globex" or a list); default: every supplier in the vendors folder. */
  vendors?: string | readonly string[];
  /** Default: exact to the cent for every line (tolerance-policy.ts DEFAULT_POLICY). */
  policy?: TolerancePolicy;
  /** The folder of supplier plugs; default: the bundled vendors/. */
  vendorsRoot?: string;
  /** Where the policy came from, in words, for the terminal and the report (default: from `policy`). */
  policySource?: string;
  /** Worker threads for the reference and the checks (default: one per core; 0: this thread). */
  workers?: number;
  /** Employees per chunk (default 100): the unit of work, of checkpoint and of resume. */
  chunkSize?: number;
  /** Share of requests sent twice (same-answer-twice), 0 to 1; default: every request up to 1,000 employees, else 5 %. */
  sameAnswerRate?: number;
  /** When given, reports/<run-id>/ is written there before the run is marked finished. */
  reportsDir?: string;
  /** The reports' language and discrepancies.csv's spreadsheet locale (default: English; the CSV the language's). */
  reportLocale?: ReportLocale;
  /**
   * When an exchange supplier's missing answers count as missed pays (ISO 8601 date-time, in
   * the future). Without one, a run missing answers waits until procurement sets one.
   */
  supplierDeadline?: string;
  /** How the door names the deadline in an error: "--supplier-deadline", "supplierDeadline". */
  deadlineField?: string;
  /** Who starts the run (the API caller, the operating-system user): recorded with the deadline. */
  startedBy?: string;
}

/** What an awaiting run misses, one employee of one supplier per item. */
export type MissingView = Omit<MissingRecord, 'chunk'>;

/** Progress as the run goes: one unit of work is one scenario (one person) for one supplier. */
export type ProgressEvent =
  | { type: 'reading'; files: number; scenarios: number }
  | {
      type: 'started';
      runId: string;
      total: number;
      /** People per supplier, and how many each has done already (a resumed run starts part way). */
      vendors: Array<{ id: string; total: number; done: number }>;
    }
  | {
      type: 'advanced';
      runId: string;
      done: number;
      total: number;
      vendorId: string;
      scenarios: number;
      vendorDone: number;
      vendorTotal: number;
    }
  | { type: 'reporting'; runId: string }
  | { type: 'finished'; runId: string };

/** The progress port: the CLI draws a bar, the HTTP API may push events; both optional. */
export type ProgressListener = (event: ProgressEvent) => void;

/** Money as text, recursively: the JSON form of a domain value. */
export type AsJson<T> = T extends Money
  ? string
  : T extends readonly (infer U)[]
    ? AsJson<U>[]
    : T extends object
      ? { [K in keyof T]: AsJson<T[K]> }
      : T;

export type ScorecardJson = AsJson<Scorecard>;

export interface ScenarioPin {
  id: string;
  title: string;
  family: string | null;
  file: string;
  /** sha256 of the scenario's canonical JSON. */
  hash: string;
  /** sha256 of the reference's statements (canonical JSON): a re-run proves it paid the same. */
  referenceHash?: string;
  /** The reference could not pay it (a coded refusal): it was not sent to any supplier. */
  refused?: { code: string; message: string };
}

export interface VendorPin {
  id: string;
  name: string;
  /** The version the supplier stated in describe, else its manifest's. */
  version: string | null;
  /** sha256 of vendor.json. */
  manifestHash: string;
  transport: string;
}

/** Everything needed to reproduce a run. */
export interface RunPins {
  harnessVersion: string;
  /** T4127 editions the reference applied, by id. */
  rulesEditions: string[];
  tolerancePolicy: unknown;
  /** sha256 of the policy's canonical JSON (canonical-policy.ts). */
  policyHash: string;
  scenarioSource: string;
  /** Where the tolerance policy came from ("the stored policy", "--policy file.json", ...). */
  policySource: string | null;
  /** Scenarios in the run (refused ones included). */
  scenarioCount: number;
  /** The version of the defect grouping its defects were made with (docs/defects.md); null before defects were stored. */
  signatureVersion: number | null;
  /**
   * The scenarios' pins, when there are at most SCENARIO_PINS_LISTED of them; a larger run lists
   * them page by page (GET /api/runs/:id/scenarios) and in the report's scenarios.jsonl.
   */
  scenarios: ScenarioPin[];
  /** True when `scenarios` lists every scenario. */
  scenariosListed: boolean;
  vendors: VendorPin[];
}

/** Up to this many scenario pins come with a run's view. */
export const SCENARIO_PINS_LISTED = 1000;

export interface RankEntry {
  rank: number;
  vendorId: string;
  name: string;
  score: string;
}

/** Where the time of a run went, in milliseconds (not pinned: it differs from run to run). */
export interface StageTimings {
  /** Per supplier: wall time with at least one request in flight (until the harness has read the answer). */
  supplierBusy?: Record<string, number>;
  supplier: number;
  reference: number;
  checks: number;
  storage: number;
  total: number;
}

export interface RunSummary {
  /** Best first; ties broken by less harm, then by id. */
  ranking: RankEntry[];
  /** The weights and component definitions behind every score. */
  scoring: typeof SCORING;
  scorecards: Record<string, ScorecardJson>;
  /** Scenario files that could not be read (they took no part), one line each. */
  loadErrors: string[];
  /** Plain sentences: a supplier that could not start, invariants not judged, summed lines. */
  notes: string[];
  /** Employee pay periods evaluated (requested paydays × suppliers), for throughput figures. */
  payPeriods: number;
  /** Same-answer-twice: the share of requests sent a second time, and the counts. */
  sameAnswer: { rate: number; requests: number; repeated: number };
  /** Scenarios the reference refused (sent to no supplier). */
  refused: number;
  /** Worker threads this process used for the reference and checks (0: the main thread). */
  workers: number;
  timings: StageTimings;
  /** Rulings applied, unexplained findings, sealed scores (src/audit; docs/auditing.md). */
  audit?: AuditSummary;
}

export interface RunView {
  id: string;
  status: RunStatus;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  workTotal: number;
  workDone: number;
  /** People done per supplier. */
  progress: Record<string, { done: number; total: number }>;
  /** True until the run has finished: its findings so far are not all of them. */
  partial: boolean;
  /** When an exchange supplier's missing answers become missed pays (ISO 8601); null: none set. */
  supplierDeadline: string | null;
  /** Who set the deadline last, and when. */
  deadlineSet: { by: string; at: string } | null;
  /**
   * Per exchange supplier the run waits for: the employees and pay runs with no answer yet
   * (GET /api/runs/:id/missing lists them). Empty unless the run is 'awaiting-supplier'.
   */
  missing: MissingCounts;
  pins: RunPins;
  summary: RunSummary | null;
}

export interface FindingFilterOptions {
  vendorId?: string;
  scenarioId?: string;
  family?: string;
  severity?: string;
  kind?: string;
  defectId?: string;
  role?: string;
}

/**
 * One stored finding: a discrepancy, a broken invariant ('invariant'), a supplier error
 * ('error'), or a volunteer's stub line something disagrees with ('stub': never scored).
 */
export interface FindingView {
  /** "<supplier>:<scenario>:<seq>": stable within a run, and the same in a resumed run. */
  findingId: string;
  vendorId: string;
  scenarioId: string;
  family: string | null;
  kind: string;
  severity: string | null;
  payday: string | null;
  code: string | null;
  check: string | null;
  forPeriod: { start: string; end: string } | null;
  expected: string | null;
  actual: string | null;
  difference: string | null;
  netEffect: string | null;
  direction: string | null;
  message: string;
  trace: TraceStep[] | null;
  /** The defect it belongs to (its signature key); null for a stub line or a consequence whose root could not be named. */
  defectId: string | null;
  role: 'root' | 'consequence' | null;
  /** The finding id of the root it follows (its own for a root). */
  rootId: string | null;
  /** For a stub line: the amount on the volunteer's stub (expected is the reference's, actual the supplier's). */
  stub: string | null;
}

/** A defect of a stored run (docs/defects.md), as both doors hand it out: money as text. */
export type DefectView = DefectRecord;
