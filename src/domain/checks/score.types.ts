import type { Money } from '../money';
import type { Finding, Violation } from './finding.types';
import type { NotJudgedLine } from './not-judged';

/** What one supplier did with one scenario (one person), as the evaluation hands it to scoring. */
export interface ScenarioResult {
  scenarioId: string;
  /** The Phoenix failure family (Scenario.family); absent ones are tallied under NO_FAMILY. */
  family?: string;
  findings: readonly Finding[];
  violations: readonly Violation[];
  /** The supplier failed this scenario (timeout, bad response, …): kind and plain message. */
  error?: { kind: string; message: string };
  elapsedMs: number;
  /** Paydays the reference pays in this scenario: the denominator of pays missed. */
  expectedPaydays: number;
  /** From compareStatements; absent counts as no line compared. */
  lines?: { total: number; matched: number };
  /** Supplier lines the reference does not judge (shown, no finding, no harm); absent when none. */
  notJudged?: readonly NotJudgedLine[];
}

export const NO_FAMILY = '(no family)';

/** The four parts of the score, each a share from 0 to 1 (scoring-weights.ts). */
export type ComponentName = 'correctlyPaid' | 'harmPerPerson' | 'paysOnTime' | 'noErrors';

export interface Score {
  /** 0.00 to 100.00: Σ weight × component, rounded half-up to the hundredth. */
  value: string;
  /** Each component as a percentage with two decimals ("87.50"). */
  components: Record<ComponentName, string>;
}

/** Everything counted over a set of scenarios: one supplier's whole run, or one family of it. */
export interface Tally {
  scenarios: number;
  /** No finding, no violation, no error. */
  scenariosCorrect: number;
  /** scenariosCorrect / scenarios as a percentage ("87.50"); null with no scenario. */
  correctShare: string | null;
  lines: { total: number; matched: number };
  overPaid: Money;
  underPaid: Money;
  /** (overPaid + underPaid) / scenarios, rounded half-up to the cent; zero with no scenario. */
  harmPerPerson: Money;
  /** People (scenarios) with overPaid + underPaid ≥ 0.01. */
  peopleAffected: number;
  paysMissed: number;
  unexpectedPays: number;
  expectedPaydays: number;
  invariantViolations: number;
  /** Scenarios with at least one invariant violation. */
  scenariosWithViolations: number;
  errors: { total: number; byKind: Record<string, number> };
  /** Nearest-rank percentiles of elapsedMs (percentile.ts); null with no scenario. */
  responseMs: { median: number | null; p95: number | null };
  score: Score;
}

export interface Scorecard extends Tally {
  /** The same tally per scenario family, keys in alphabetical order. */
  families: Record<string, Tally>;
}
