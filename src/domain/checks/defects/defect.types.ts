import type { IsoDate, PayPeriod } from '../../calendar';
import type { Money } from '../../money';
import type { LineCode, Statement } from '../../scenario';
import type { TraceStep } from '../../reference/trace';
import type { Direction, InvariantName } from '../finding.types';

/**
 * The grouping algorithm's version (STYLE.md, "From Sentry's issue grouping"). A run keeps the
 * version its defects were grouped with; a new version never regroups an old run, so defects
 * and the rulings on them can be matched across pilot rounds that used the same version.
 */
export const SIGNATURE_VERSION = 2;

/** What each version changed (docs/defects.md, "Signatures"). */
export const SIGNATURE_HISTORY: Readonly<Record<number, string>> = {
  1: 'roots by line, pair, pay, total, invariant and failure',
  2: 'parameter roots: deductions of a payday worked out on another number of pay periods in the year, one occurrence (a key part for the values used and due)',
};

/** The conditions a signature can name (conditions.ts says how each is detected). */
export type ConditionId =
  | 'acting-first-period'
  | 'partial-period'
  | 'late-entry'
  | 'after-annual-maximum'
  | 'year-boundary'
  | 'edition-change'
  | 'payday-27-year'
  | 'overpayment'
  | 'new-hire'
  | 'termination';

/**
 * What kind of root a signature groups:
 * - line: one pay line's amount (code, direction, size);
 * - rounding: earning lines a cent or two off (the same rounding rule behind every earning line);
 * - moved: money paid under another line code on the same payday (e.g. arrears as REGULAR);
 * - timing: the right amount for a period, paid or recovered on another payday;
 * - pay: a whole pay missed, or paid when none was due;
 * - total: gross or net wrong while every line agrees (the supplier's own sums);
 * - invariant: a rule the supplier's own output breaks, with no finding against the reference;
 * - failure: the supplier did not answer for the person (supplier-level: errors and missed pays, never dollars);
 * - parameter: a payday's deductions all worked out with another value of one formula parameter
 *   (parameter-roots.ts: the number of pay periods in the year, T4127's P).
 */
export type RootKind =
  'line' | 'rounding' | 'moved' | 'timing' | 'pay' | 'total' | 'invariant' | 'failure' | 'parameter';

export interface SignatureParts {
  kind: RootKind;
  /** A line code, 'EARNINGS' (rounding), 'missed-pay' / 'unexpected-pay', 'GROSS' / 'NET', an invariant or failure kind. */
  subject: string;
  /** Harm direction (finding.types.ts); for timing, whether the supplier was late or early. */
  direction?: Direction | 'late' | 'early';
  /** 'rounding': at most 0.02 apart; 'amount': more. Only for line roots. */
  size?: 'rounding' | 'amount';
  /** For moved roots: the code the money was paid under instead. */
  to?: LineCode;
  /** The first condition present among those that can shape the subject (conditions.ts). */
  condition?: ConditionId;
  /** For parameter roots: the value the supplier's amounts were worked out with, and the value due. */
  value?: { used: number; due: number };
}

export interface Signature {
  version: number;
  /** The fingerprint: parts joined in a fixed order, e.g. `v1:line:ACTING:under:amount:acting-first-period`. */
  key: string;
  parts: SignatureParts;
}

/** Why a finding is a consequence (or a root): rendered in both languages by defect-text.ts. */
export type ReasonCode =
  | 'own-difference'
  | 'recomputed-on-supplier-base'
  | 'tax-within-contribution-difference'
  | 'sum-of-lines'
  | 'same-line-invariant'
  | 'carried-year-to-date'
  | 'part-of-pair'
  | 'same-parameter'
  | 'supplier-failure';

export interface ExplainedFinding {
  /** Index of the finding in the person's findings (or of the violation in its violations). */
  index: number;
  role: 'root' | 'consequence';
  /** The occurrence (root) it belongs to; absent only for a consequence whose root could not be named. */
  occurrence?: number;
  reason: ReasonCode;
}

/** One root on one person: one defect's occurrence. */
export interface Occurrence {
  signature: Signature;
  scenarioId: string;
  family?: string;
  /** The payday of the root (the first one for a timing pair). */
  payday?: IsoDate;
  forPeriod?: PayPeriod;
  /** The literal line codes of its root findings. */
  codes: LineCode[];
  /** Indices of its root findings (a moved or timing pair has two or more). */
  roots: number[];
  /** Indices of its violations when the root is an invariant. */
  violations: number[];
  /** Net effect on the person, per payday: the roots' and their consequences' line net effects. */
  netByPayday: Map<IsoDate, Money>;
}

/** A supplier-level failure for one person: counted as an error and its pays as missed, never as dollars. */
export interface FailureOccurrence {
  kind: string;
  message: string;
  scenarioId: string;
  family?: string;
  missedPays: number;
}

/** One person × one supplier, explained: every finding and violation with its role. */
export interface PersonExplanation {
  scenarioId: string;
  family?: string;
  findings: ExplainedFinding[];
  violations: ExplainedFinding[];
  occurrences: Occurrence[];
  failure?: FailureOccurrence;
}

/** The smallest scenario showing a defect: the supplier's statement beside the reference's, and the trace. */
export interface DefectExample {
  scenarioId: string;
  /** Events + paydays of the scenario: the measure of "smallest". */
  size: number;
  payday?: IsoDate;
  codes: LineCode[];
  supplier?: Statement;
  reference?: Statement;
  /** The reference's trace of the root line(s). */
  trace: TraceStep[];
  /** The root findings' own sentences. */
  messages: string[];
}

export type { InvariantName };
