import type { Outcome } from './audit-records';
import type { SealedPart } from './seal/seal.service';

/** Per supplier: its findings, how many a ruling explains, how many are still unexplained. */
export interface SupplierAudit {
  findings: number;
  /** Findings whose defect carries a ruling other than 'open'. */
  explained: number;
  /** Findings with no ruling, or one still open: the count auditors watch (it should not grow). */
  unexplained: number;
  /** Findings taken out of the score because the reference was ruled wrong on their defect. */
  excluded: number;
  byOutcome: Partial<Record<Outcome, number>>;
  /** The score before the 'reference wrong' rulings took their findings out, when any did. */
  scoreBeforeRulings?: string;
}

/** A reference rule an auditor ruled wrong: it needs fixing (docs/auditing.md). */
export interface ReferenceFlag {
  /** The rule as the auditor named it: a convention id of the registry, or words where no convention names it. */
  rule: string;
  /**
   * The registry's conventions concerned (src/domain/conventions): the ruled rule when it is a
   * convention id, then those the reference's traces name for the findings taken out, in order.
   */
  conventions: Array<{ id: string; title: { en: string; fr: string }; status: string }>;
  signature: string;
  rulingId: string;
  findings: number;
}

/** What the audit adds to a run's summary (the summary is chained with it). */
export interface AuditSummary {
  /** The rulings in force when the run was summarised, applied by defect signature and version. */
  rulings: Array<{ id: string; outcome: Outcome; signature: string; vendorId: string | null; rule: string | null }>;
  suppliers: Record<string, SupplierAudit>;
  referenceFlags: ReferenceFlag[];
  /** Public and sealed parts scored apart (issue 18, Build 6), when the catalogue has a sealed part. */
  sealed?: SealedPart;
}
