import { explainPerson, personTally, type LedgerTally, type PersonExplanation } from '../../domain/checks/defects';
import type { ScenarioResult } from '../../domain/checks/score.types';
import { stubSides, type SupplierStubCheck } from '../../domain/checks/stub-sides';
import type { TolerancePolicy } from '../../domain/checks/tolerance-policy';
import type { ReferenceResult } from '../../domain/reference/engine/engine.types';
import type { Scenario } from '../../domain/scenario';
import type { VendorOutcome } from '../../vendors/vendor-adapter';

export interface ExplainJudgedInput {
  supplierId: string;
  /** Parsed on demand: only a person with something wrong, or with stub lines, needs it. */
  scenario: () => Scenario;
  /** The reference the judge used (traced when there were findings). */
  reference: ReferenceResult;
  first: VendorOutcome;
  result: ScenarioResult;
  policy: TolerancePolicy;
  /** Whether the scenario has stub lines (expected rows). */
  hasStubs: boolean;
}

export interface ExplainedPerson {
  explanation?: PersonExplanation;
  /** What the person adds to the supplier's defects. */
  tally?: LedgerTally;
  stubs: SupplierStubCheck[];
}

/**
 * The defect core on one judged person × supplier (docs/defects.md), in the judge stage on a
 * worker thread: each finding's role and defect, and the person's share of the supplier's
 * defects; and the person's stub lines against the supplier (stub-sides.ts). Nothing to do for
 * a person paid exactly right without stub lines, which is most people.
 */
export function explainJudged(i: ExplainJudgedInput): ExplainedPerson {
  const r = i.result;
  const wrong = r.error !== undefined || r.findings.length > 0 || r.violations.length > 0;
  if (!wrong && !i.hasStubs) return { stubs: [] };
  const scenario = i.scenario();
  const actual = i.first.ok ? i.first.statements : undefined;
  const stubs = actual && i.hasStubs ? stubSides(scenario.expected, i.reference.pays, actual) : [];
  if (!wrong) return { stubs };
  const explanation = explainPerson({ scenario, reference: i.reference.pays, actual, result: r, policy: i.policy });
  const tally = personTally({
    supplierId: i.supplierId,
    scenario,
    reference: i.reference.pays,
    actual,
    result: r,
    explanation,
  });
  return { explanation, tally, stubs };
}
