import type { CutoffConvention } from '../../calendar';
import type { LineCode, Statement } from '../../scenario';
import type { TraceStep } from '../trace';

/** A line the reference does not judge on a payday, and why (not-judged.ts). */
export interface NotJudged {
  code: LineCode;
  /** The registered convention that says so (src/domain/conventions). */
  convention: string;
  reason: string;
}

/** One payday of the reference: its statement and, when traced, one trace per line (same index). */
export interface ReferencePay {
  statement: Statement;
  lineTraces?: TraceStep[][];
  /** Lines the reference does not judge on this payday: the supplier's are shown, not compared. */
  notJudged?: NotJudged[];
}

export interface EngineOptions {
  /** The cut-off convention (default `cutoff.pay-run-lock`, 7 days before payday). */
  convention?: CutoffConvention;
  /** Record a trace for every line (default off: the hot path allocates nothing for it). */
  trace?: boolean;
}

/** What the reference pays one scenario's employee on each requested payday. */
export interface ReferenceResult {
  scenarioId: string;
  /** One per requested payday, in payday order. */
  pays: ReferencePay[];
  /** Plain sentences about what the statements cannot show (e.g. an overpayment left to recover outside pay). */
  notes: string[];
  /** The same sentences in French, in the same order. */
  notesFr?: string[];
}
