import type { Outcome } from '../audit/audit-records';

/**
 * A pilot's rounds as the comparison reads them (docs/pilots.md). Plain data: money as text
 * with two decimals, so these cross the pure comparison, JSON and the database unchanged.
 */

/** One supplier's defect in one round's run, as the run stored it (docs/defects.md, section 4). */
export interface RoundDefect {
  vendorId: string;
  /** The signature key, version first ("v1:line:ACTING:under:amount:-:acting-first-period"). */
  defectId: string;
  signatureVersion: number;
  kind: string;
  title: { en: string; fr: string };
  /** The literal line codes of its roots (a tolerance change on one of them changes what is found). */
  codes: string[];
  people: number;
  pays: number;
  overPaid: string;
  underPaid: string;
}

/** What a run pins that decides whether two rounds can be compared as they are. */
export interface RoundPins {
  /** sha256 over the run's scenario ids and hashes, in id order. */
  catalogueHash: string;
  rulesEditions: string[];
  policyHash: string;
  /** The policy's tolerances by subject (amount as text); a subject with no entry is exact. */
  tolerances: Record<string, string>;
  harnessVersion: string;
}

/** One supplier's harm and score in one round (the run's scorecard, as text). */
export interface SupplierStanding {
  vendorId: string;
  name: string;
  rank: number | null;
  score: string;
  overPaid: string;
  underPaid: string;
  peopleAffected: number;
  scenarios: number;
  paysMissed: number;
  expectedPaydays: number;
  errors: number;
}

export interface RoundInput {
  round: number;
  runId: string;
  startedAt: string;
  status: string;
  pins: RoundPins;
  standings: SupplierStanding[];
  /** False when the run grouped no defects: it shows in the trends, never in a comparison. */
  defectsStored: boolean;
  defects: RoundDefect[];
  /** The ids of the rulings the run's score was summarised with (summary.audit.rulings). */
  rulingsApplied: string[];
  /** The sealed-set result, when the run's catalogue had a sealed part. */
  sealed: SealedResult | null;
}

/** The key of a supplier's defect: supplier and signature. */
export const defectKey = (d: { vendorId: string; defectId: string }): string => `${d.vendorId}\u0000${d.defectId}`;

/** An auditor's ruling on a defect signature (docs/auditing.md, section 5), as the pilots read it. */
export interface PilotRuling {
  id: string;
  signature: string;
  /** null: the ruling applies to every supplier showing the signature. */
  vendorId: string | null;
  outcome: Outcome;
  at: string;
  by: string;
  /** The run whose disputed result it rules on. */
  runId: string | null;
}

/** The ruling in force on a defect in one round, carried over from the round it was made in. */
export interface CarriedRuling {
  id: string;
  outcome: Outcome;
  at: string;
  by: string;
  /** The round whose run was disputed; null when that run is not a round of this pilot. */
  round: number | null;
  /** Whether the round's score was summarised with this ruling applied (summary.audit.rulings). */
  inScore: boolean;
}

/** One supplier's public and sealed scores in a run (summary.audit.sealed, computed by src/audit/seal). */
export interface SealedStanding {
  vendorId: string;
  publicScore: string;
  sealedScore: string;
  gap: string;
  flagged: boolean;
}

/** A run's sealed-set result, read as the audit stored it. */
export interface SealedResult {
  commitment: string;
  scenarios: number;
  /** Whether the run's sealed set equals a commitment recorded before the run. */
  committed: boolean;
  threshold: { scoreGap: number; pLimit: number };
  suppliers: SealedStanding[];
}
