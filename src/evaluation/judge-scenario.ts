import { compareStatements } from '../domain/checks/compare-statements';
import type { Violation } from '../domain/checks/finding.types';
import { checkInvariants } from '../domain/checks/invariants';
import { sameAnswer } from '../domain/checks/same-answer';
import type { ScenarioResult } from '../domain/checks/score.types';
import type { TolerancePolicy } from '../domain/checks/tolerance-policy';
import type { ReferenceResult } from '../domain/reference/engine/engine.types';
import type { Scenario } from '../domain/scenario';
import type { VendorOutcome } from '../vendors/vendor-adapter';

/** What the judge needs to know of a scenario (a whole Scenario will do). */
export interface JudgedScenario {
  id: Scenario['id'];
  family?: Scenario['family'];
  employee: Pick<Scenario['employee'], 'province'>;
}

/**
 * A pure function of plain inputs, so the evaluation's worker threads and the fuzzer judge
 * with the same code.
 */
export interface JudgeInput {
  scenario: JudgedScenario;
  reference: ReferenceResult;
  /** The supplier's answer, and its answer to the same request sent again (determinism). */
  first: VendorOutcome;
  second?: VendorOutcome;
  policy: TolerancePolicy;
}

export interface Judgement {
  result: ScenarioResult;
  notes: string[];
}

/** Paydays on which the reference pays something: the denominator of pays missed. */
function payingDays(reference: ReferenceResult): number {
  return reference.pays.filter((p) => p.statement.lines.length > 0 || !p.statement.net.isZero()).length;
}

function determinism(scenarioId: string, first: VendorOutcome & { ok: true }, second?: VendorOutcome): Violation[] {
  if (second === undefined) return [];
  if (!second.ok) {
    return [
      {
        scenarioId,
        check: 'same-answer-twice',
        message: `Same request, different answers: answered the first time, failed the second (${second.failure.kind}: ${second.failure.message})`,
      },
    ];
  }
  const v = sameAnswer({ scenarioId, first: first.statements, second: second.statements });
  return v ? [v] : [];
}

/**
 * One supplier's answer for one scenario, judged: compared with the reference line by line,
 * its own invariants checked, and its second answer compared with its first. A failed answer
 * (no answer, a broken one, or a scenario outside the supplier's declared capabilities) is a
 * supplier-level failure: an error with every pay missed and no findings, so no dollars
 * (score-supplier.ts; issue 14: a batch-truncating supplier is not "a million dollars
 * under-paid" when every pay it returned was exact).
 */
export function judgeScenario(i: JudgeInput): Judgement {
  const id = i.scenario.id;
  const base = {
    scenarioId: id,
    ...(i.scenario.family && { family: i.scenario.family }),
    elapsedMs: i.first.elapsedMs,
    expectedPaydays: payingDays(i.reference),
  };
  if (!i.first.ok) {
    const error = { kind: i.first.failure.kind, message: i.first.failure.message };
    return { result: { ...base, findings: [], violations: [], error, lines: { total: 0, matched: 0 } }, notes: [] };
  }
  const statements = i.first.statements;
  const comparison = compareStatements({
    scenarioId: id,
    expected: i.reference.pays,
    actual: statements,
    policy: i.policy,
  });
  const invariants = checkInvariants({ scenarioId: id, statements, province: i.scenario.employee.province });
  const violations = [...invariants.violations, ...determinism(id, i.first, i.second)];
  return {
    result: {
      ...base,
      findings: comparison.findings,
      violations,
      lines: comparison.lines,
      ...(comparison.notJudged.length > 0 && { notJudged: comparison.notJudged }),
    },
    notes: [...comparison.notes, ...invariants.notChecked],
  };
}
