import type { ChunkRecord, VendorChunkRecord } from '../ports/run-records';
import type { StatementJson } from '../../domain/scenario';

/**
 * What crosses between the evaluation's main thread and its worker threads: JSON text (money
 * as text), never decimal.js objects (they lose their prototype across threads). Text rather
 * than objects because a chunk's scenarios and statements (about 3 MB for 125 employees) cross
 * in a third less CPU as one string than as a structured clone, and the texts are made once:
 * the scenarios' for both tasks, the statements' for their hash too (issue 13).
 */

/** A supplier's answer for one employee, as JSON. */
export type OutcomeJson =
  | { ok: true; statements: StatementJson[]; missingPaydays: string[]; elapsedMs: number; stderr?: string }
  | { ok: false; failure: { kind: string; message: string }; elapsedMs: number; stderr?: string };

export interface ReferenceTask {
  /** JSON text of the scenarios' JSON (scenarioToJson) as an array, in catalogue order. */
  scenarios: string;
}

export interface ReferenceOutcome {
  scenarioId: string;
  refused?: { code: string; message: string };
  /** JSON text of the reference's statements (StatementJson[]) without traces (traces are recomputed for findings only). */
  statements?: string;
  /** SHA-256 of `statements`. */
  referenceHash?: string;
  /** T4127 editions behind the paydays paid. */
  editions: string[];
}

/** One scenario the judge is given: its JSON and the reference's statements, both as JSON text. */
export interface JudgedText {
  json: string;
  statements: string;
}

export interface JudgeTask {
  policy: unknown;
  /** JSON text of JudgedText-shaped pairs, an array: see judgeTaskScenarios(). */
  scenarios: string;
  vendors: Array<{
    vendorId: string;
    /** JSON text of { first: OutcomeJson[]; second: Array<OutcomeJson | null> }: one per scenario, same order; second only for sampled requests (the same request sent again). */
    answers: string;
    /** Requests sent for these scenarios, and how many went twice. */
    requests: { requests: number; repeated: number };
  }>;
}

/** The judge task's scenarios text, from texts already made: no object is serialised again. */
export function judgeTaskScenarios(items: readonly JudgedText[]): string {
  return `[${items.map((i) => `{"json":${i.json},"statements":${i.statements}}`).join(',')}]`;
}

/** The judge task's answers text of one supplier. */
export function judgeTaskAnswers(first: readonly OutcomeJson[], second: ReadonlyArray<OutcomeJson | null>): string {
  return JSON.stringify({ first, second });
}

export interface JudgeOutcome {
  vendors: VendorChunkRecord[];
}

export type ScenarioRows = ChunkRecord['scenarios'];
