/** What a supplier declared it can pay (its describe answer): generated scenarios stay inside it. */
export interface FuzzScope {
  provinces?: readonly string[];
  eventKinds?: readonly string[];
  payYears?: readonly number[];
}

export type JsonObject = Record<string, unknown>;

/** The dates events may fall on: from four weeks before the first period paid (never before 2025-01-01) to the last payday. */
export interface EventSpan {
  base: string;
  last: string;
  /** Days from base to last. */
  days: number;
}
