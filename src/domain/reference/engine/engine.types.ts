import type { CutoffConvention } from '../../calendar';
import type { Statement } from '../../scenario';
import type { TraceStep } from '../trace';

/** One payday of the reference: its statement and, when traced, one trace per line (same index). */
export interface ReferencePay {
  statement: Statement;
  lineTraces?: TraceStep[][];
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
}
