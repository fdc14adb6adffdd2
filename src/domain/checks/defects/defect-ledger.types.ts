import type { Money } from '../../money';
import type { ReferencePay } from '../../reference/engine/engine.types';
import type { LineCode, Scenario, Statement } from '../../scenario';
import type { ScenarioResult } from '../score.types';
import type { Words } from './defect-words';
import type { DefectExample, PersonExplanation, Signature } from './defect.types';

/** What the ledger (defect-ledger.ts) takes per person and gives per supplier. */
export interface LedgerEntry {
  supplierId: string;
  scenario: Scenario;
  reference: readonly ReferencePay[];
  /** The supplier's statements when it answered. */
  actual?: readonly Statement[];
  result: ScenarioResult;
  explanation: PersonExplanation;
}

export interface Defect {
  /** The signature key: stable across runs of the same signature version. */
  id: string;
  signature: Signature;
  title: Words;
  grouping: { en: string[]; fr: string[] };
  /** Literal line codes of its roots, in code order. */
  codes: LineCode[];
  occurrences: number;
  people: number;
  pays: number;
  /** Σ positive per-payday net effects (debts to repay) and Σ negative ones (left short), roots and their consequences. */
  overPaid: Money;
  underPaid: Money;
  /** Consequence findings and violations charged to it. */
  consequences: number;
  families: string[];
  example: DefectExample;
}

/** A supplier-level failure kind: errors and missed pays, never dollars. */
export interface FailureDefect {
  id: string;
  kind: string;
  title: Words;
  /** People the supplier did not answer for. */
  errors: number;
  missedPays: number;
  families: string[];
  example: { scenarioId: string; message: string };
}

export interface SupplierDefects {
  supplierId: string;
  signatureVersion: number;
  /** Ranked by harm: dollars over + under, then people, then id. */
  defects: Defect[];
  failures: FailureDefect[];
}
