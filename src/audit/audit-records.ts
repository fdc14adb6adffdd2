/** What the audit stores, as plain records (the persistence layer maps its entities to these). */

export interface ChainEntryRecord {
  seq: number;
  runId: string;
  recordHash: string;
  prevHash: string;
  entryHash: string;
  at: string;
}

export type DisputeTarget = 'defect' | 'finding';

export interface DisputeRecord {
  id: string;
  runId: string;
  vendorId: string;
  targetKind: DisputeTarget;
  findingId: string | null;
  signature: string;
  signatureVersion: number;
  reason: string;
  byToken: string;
  byName: string;
  createdAt: string;
}

export const OUTCOMES = [
  'supplier-wrong',
  'reference-wrong',
  'accepted-convention',
  'ambiguous-input',
  'open',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Evidence {
  /** The document's title, or its URL, or both (at least one). */
  title?: string;
  url?: string;
  /** The passage relied on, quoted exactly. */
  quote: string;
  /** When the document was read, YYYY-MM-DD. */
  retrieved: string;
  /** sha256 of the document, where there is one (a file, a PDF). */
  sha256?: string;
}

export interface RulingRecord {
  id: string;
  disputeId: string;
  outcome: Outcome;
  explanation: string;
  rule: string | null;
  evidence: Evidence[];
  signature: string;
  signatureVersion: number;
  /** null: the ruling applies to every supplier showing the signature. */
  vendorId: string | null;
  byToken: string;
  byName: string;
  at: string;
}

export interface SealRecord {
  commitment: string;
  scenarios: number;
  recordedAt: string;
  recordedBy: string;
}

/** One supplier answer as the chain digests it (no statements: their hash). */
export interface AnswerDigestRow {
  vendorId: string;
  scenarioId: string;
  status: string;
  answerHash: string | null;
  failureKind: string | null;
  overPaid: string;
  underPaid: string;
  findings: number;
}
