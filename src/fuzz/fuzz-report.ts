import type { Words } from '../domain/checks/defects';
import type { TolerancePolicy } from '../domain/checks/tolerance-policy';
import type { Scenario } from '../domain/scenario';
import type { FuzzScope } from './fuzz.types';
import type { FuzzFinding } from './signatures';

/** What `payproof fuzz` is asked (FuzzOptions) and what it reports (FuzzReport), for fuzz-runner.ts. */
export interface FuzzProgress {
  phase: 'run' | 'shrink';
  done: number;
  total: number;
  defects: number;
}

export interface FuzzOptions {
  runs: number;
  seed: number;
  /** Scenarios per pay-run request in the generation pass (default 20; variants ride along). */
  batchSize?: number;
  /** Candidates one shrink may try (default 400): a count, unlike a time limit, keeps a run reproducible. */
  maxShrinkSteps?: number;
  /** The tolerance policy, as in an evaluation (default: every line exact to the cent). */
  policy?: TolerancePolicy;
  onProgress?: (p: FuzzProgress) => void;
}

/** One distinct defect: the finding on its minimal scenario, and where it was first seen. */
export interface Defect {
  signature: string;
  title?: Words;
  finding: FuzzFinding;
  counterexample: Scenario;
  /** The index of the generated run that first showed it (replay: --seed with fast-check path = run). */
  run: number;
  original: Scenario;
  /** Shrink steps that made the scenario smaller, and candidates tried. */
  shrinkSteps: number;
  shrinkTried: number;
  /** The counterexample sent alone, in a request of its own, shows the signature again: only then is it saved. */
  reproducedAlone: boolean;
}

/**
 * A supplier failure that does not follow the scenario: the scenario that showed it, sent alone,
 * is answered (a batch cut short, a timeout under load). It is the supplier's error, reported as
 * such, never a scenario regression.
 */
export interface SupplierError {
  signature: string;
  title?: Words;
  message: string;
  /** Generated runs that showed it. */
  runs: number;
}

export interface FuzzReport {
  vendorId: string;
  seed: number;
  runs: number;
  scope: FuzzScope;
  skipped: number;
  refused: number;
  /** Runs with at least one finding. */
  failing: number;
  defects: Defect[];
  supplierErrors: SupplierError[];
}
