import type { ChunkRecord, VendorChunkRecord } from '../ports/run-records';
import type { StatementJson } from '../../domain/scenario';

/**
 * What crosses between the evaluation's main thread and its worker threads: plain JSON only
 * (money as text), never decimal.js objects (they lose their prototype across threads).
 */

/** A supplier's answer for one employee, as JSON. */
export type OutcomeJson =
  | { ok: true; statements: StatementJson[]; missingPaydays: string[]; elapsedMs: number; stderr?: string }
  | { ok: false; failure: { kind: string; message: string }; elapsedMs: number; stderr?: string };

export interface ReferenceTask {
  /** Scenario JSON (scenarioToJson), in catalogue order. */
  scenarios: unknown[];
}

export interface ReferenceOutcome {
  scenarioId: string;
  refused?: { code: string; message: string };
  /** The reference's statements without traces (traces are recomputed for findings only). */
  statements?: StatementJson[];
  referenceHash?: string;
  /** T4127 editions behind the paydays paid. */
  editions: string[];
}

export interface JudgeTask {
  policy: unknown;
  scenarios: Array<{ json: unknown; statements: StatementJson[] }>;
  vendors: Array<{
    vendorId: string;
    /** One per scenario, same order. */
    first: OutcomeJson[];
    /** The answer to the same request sent again, for the sampled requests only. */
    second: Array<OutcomeJson | null>;
    /** Requests sent for these scenarios, and how many went twice. */
    requests: { requests: number; repeated: number };
  }>;
}

export interface JudgeOutcome {
  vendors: VendorChunkRecord[];
}

export type ScenarioRows = ChunkRecord['scenarios'];
