import type { LedgerTally, SignatureParts, Words } from '../../domain/checks/defects';
import type { CountsJson } from '../../domain/checks/score-parts';

/**
 * What a run stores, as plain records: the evaluation's side of the run recorder port. The
 * persistence layer maps its TypeORM entities to and from these; nothing above it sees an
 * entity. Money is two-decimal text everywhere.
 */
export type RunStatus = 'running' | 'finished' | 'failed' | 'interrupted' | 'awaiting-supplier';

/**
 * An employee an exchange supplier has not answered for yet (issue 16, item 3): the run waits
 * for it until the supplier deadline, then judges it a missed pay. `paydays` are the pay runs
 * of the employee with no register in the supplier's latest import.
 */
export interface MissingRecord {
  vendorId: string;
  scenarioId: string;
  chunk: number;
  paydays: string[];
}

/** Per supplier, what an awaiting run still misses: employees and their pay runs. */
export type MissingCounts = Record<string, { employees: number; payRuns: number }>;

/** How the run was asked for: enough to resume it exactly. */
export interface RunOptionsRecord {
  scenarios: string;
  vendors: string[];
  vendorsRoot?: string;
  chunkSize: number;
  /** Share of requests sent a second time to check the same answer comes back (0 to 1). */
  sameAnswerRate: number;
}

export interface VendorPinRecord {
  vendorId: string;
  name: string;
  version: string | null;
  manifestHash: string;
  transport: string;
}

/** The process that owns a running run: when it is gone, the run is interrupted. */
export interface RunOwner {
  pid: number;
  host: string;
}

export interface NewRunRecord {
  id: string;
  startedAt: string;
  harnessVersion: string;
  tolerancePolicy: unknown;
  policyHash: string;
  /** Where the policy came from, in words ("the stored policy", "--policy file.json", ...). */
  policySource: string;
  scenarioSource: string;
  scenarioCount: number;
  workTotal: number;
  options: RunOptionsRecord;
  owner: RunOwner;
  vendors: VendorPinRecord[];
  /** The defect grouping's signature version (docs/defects.md). */
  signatureVersion: number;
  /** When an exchange supplier's missing answers become missed pays (ISO 8601); null: none set. */
  supplierDeadline?: string | null;
  /** Who set the deadline, and when (the person who started the run). */
  deadlineSet?: DeadlineSet | null;
}

export interface DeadlineSet {
  by: string;
  at: string;
}

export interface RunRecord {
  id: string;
  status: RunStatus;
  startedAt: string;
  finishedAt: string | null;
  harnessVersion: string;
  rulesEditions: string[];
  tolerancePolicy: unknown;
  policyHash: string;
  policySource: string | null;
  scenarioSource: string;
  scenarioCount: number | null;
  workTotal: number;
  workDone: number;
  /** Scenarios done per supplier. */
  progress: Record<string, number>;
  summary: unknown;
  error: string | null;
  options: RunOptionsRecord | null;
  owner: RunOwner | null;
  heartbeatAt: string | null;
  /** The defect grouping's signature version; null for a run stored before defects were. */
  signatureVersion: number | null;
  /** When an exchange supplier's missing answers become missed pays (ISO 8601); null: none set. */
  supplierDeadline: string | null;
  deadlineSet: DeadlineSet | null;
}

export interface ScenarioRecord {
  scenarioId: string;
  chunk: number;
  /** Position in the catalogue (the order chunks are cut in). */
  seq: number;
  hash: string;
  file: string;
  title: string;
  family: string | null;
  scenarioJson: unknown;
  /** sha256 of the reference's statements (canonical JSON); null when refused. */
  referenceHash: string | null;
  refused: { code: string; message: string } | null;
}

/** One supplier's answer for one employee. */
export interface AnswerRecord {
  scenarioId: string;
  status: 'ok' | 'failed';
  failureKind: string | null;
  failureMessage: string | null;
  stderr: string | null;
  elapsedMs: number;
  /** sha256 of the supplier's statements (canonical JSON), so a re-run can prove sameness. */
  answerHash: string | null;
  /** The supplier's statements, kept only for an employee with a finding. */
  statementsJson: unknown;
  overPaid: string;
  underPaid: string;
  findings: number;
}

export interface FindingRecord {
  scenarioId: string;
  family: string | null;
  kind: string;
  severity: string | null;
  payday: string | null;
  code: string | null;
  forPeriodStart: string | null;
  forPeriodEnd: string | null;
  expected: string | null;
  actual: string | null;
  difference: string | null;
  direction: string | null;
  netEffect: string | null;
  checkName: string | null;
  seq: number;
  message: string;
  trace: unknown;
  /** The defect (signature key) it belongs to: its own as a root, its root's as a consequence; null when unexplained or a stub line. */
  defectId: string | null;
  role: 'root' | 'consequence' | null;
  /** The seq of the root finding it follows (its own for a root). */
  rootSeq: number | null;
  /** For kind 'stub': the amount on the volunteer's pay stub (expected: the reference's, actual: the supplier's). */
  stub: string | null;
}

/** A supplier's partial sums for one chunk: merged at the end into its scorecard and the run's figures. */
export interface ChunkParts {
  /** Per family: counts and response times (score-parts.ts). */
  families: Record<string, { counts: CountsJson; elapsedMs: number[] }>;
  /** Employee pay periods judged (requested paydays of the scenarios the reference paid). */
  periods: number;
  /** Requests sent, and how many of them were sent a second time (same-answer-twice). */
  requests: number;
  repeated: number;
  /** The chunk's defect tally (defect-tally.ts), merged in chunk order at the end; absent in runs stored before defects were. */
  defects?: LedgerTally;
}

/** A supplier's share of one chunk: its answers, findings and partial sums. */
export interface VendorChunkRecord {
  vendorId: string;
  answers: AnswerRecord[];
  findings: FindingRecord[];
  parts: ChunkParts;
}

/** Everything one chunk produced, written at once (idempotent: keyed by run, supplier, chunk). */
export interface ChunkRecord {
  runId: string;
  chunk: number;
  /** sha256 over the chunk's scenario ids and hashes: a resumed run checks the catalogue did not change. */
  digest: string;
  scenarios: ScenarioRecord[];
  vendors: VendorChunkRecord[];
  rulesEditions: string[];
  doneAt: string;
}

export interface DoneChunk {
  vendorId: string;
  chunk: number;
  digest: string;
  /** Scenarios in the chunk (refused ones included): work done for this supplier. */
  scenarios: number;
}

export interface FindingFilter {
  vendorId?: string;
  scenarioId?: string;
  family?: string;
  severity?: string;
  kind?: string;
  defectId?: string;
  role?: string;
}

export interface ScenarioPinPage {
  total: number;
  items: Array<Omit<ScenarioRecord, 'scenarioJson' | 'chunk'>>;
}

/** An employee whose pay a supplier got wrong, by dollars of harm. */
export interface HarmedRecord {
  vendorId: string;
  scenarioId: string;
  family: string | null;
  overPaid: string;
  underPaid: string;
  findings: number;
}

/** A defect as a run stores it: the merged tally of its chunks, with its smallest example rebuilt from what the run kept. */
export interface DefectRecord {
  vendorId: string;
  /** The signature key (the defect id), stable across runs of the same signature version. */
  defectId: string;
  signatureVersion: number;
  /** 'failure' for a supplier-level failure (errors and missed pays, never dollars); else the root kind. */
  kind: string;
  /** Place in the supplier's list: by harm (dollars over + under, people, id), failures after by errors. */
  rank: number;
  title: Words;
  /** The signature parts that made its occurrences one defect, one line each. */
  grouping: { en: string[]; fr: string[] };
  parts: SignatureParts;
  codes: string[];
  families: string[];
  occurrences: number;
  people: number;
  pays: number;
  overPaid: string;
  underPaid: string;
  consequences: number;
  /** Supplier-level failures only. */
  errors: number;
  missedPays: number;
  example: DefectExampleRecord;
}

/** The smallest scenario that shows the defect: the supplier's statement beside the reference's, the trace of its root lines. */
export interface DefectExampleRecord {
  scenarioId: string;
  size: number | null;
  payday: string | null;
  codes: string[];
  /** The seq of its root findings (read them for their sentences, amounts and traces). */
  findingSeqs: number[];
  supplier: unknown;
  reference: unknown;
  trace: unknown[];
  messages: string[];
}

export interface DefectFilter {
  vendorId?: string;
  family?: string;
  defectId?: string;
}
