import { compareStatements } from '../../../../src/domain/checks/compare-statements';
import { explainPerson, type PersonExplanation } from '../../../../src/domain/checks/defects';
import { referenceHistory } from '../../../../src/domain/checks/defects/reference-history';
import { checkInvariants } from '../../../../src/domain/checks/invariants';
import type { ScenarioResult } from '../../../../src/domain/checks/score.types';
import { DEFAULT_POLICY, type TolerancePolicy } from '../../../../src/domain/checks/tolerance-policy';
import { Money } from '../../../../src/domain/money';
import { runReference } from '../../../../src/domain/reference/engine';
import type { ReferenceResult } from '../../../../src/domain/reference/engine/engine.types';
import { parseScenarioOrThrow, type Scenario, type Statement } from '../../../../src/domain/scenario';
import { changeEarnings, type EarningsChange, type PlantInput } from '../../../../src/selftest/rebuild-statements';

/** An Ontario AS-02 employee (PSSA group 2, union dues), with the events and paydays given. */
export function scenario(o: { events?: object[]; from: string; to: string; employee?: object }): Scenario {
  return parseScenarioOrThrow({
    id: 'person',
    title: 'A test person',
    employee: {
      id: 'E-1',
      province: 'ON',
      td1: { federal: { code: 1 }, provincial: { code: 1 } },
      pensionGroup: 'PSSA-2',
      unionDues: '28.50',
      classification: 'AS-02',
      step: 1,
      ...o.employee,
    },
    events: o.events ?? [],
    payRuns: { from: o.from, to: o.to },
  });
}

export interface Person {
  scenario: Scenario;
  reference: ReferenceResult;
  actual: Statement[];
  result: ScenarioResult;
  x: PersonExplanation;
}

/** Judges `actual` against the reference as judge-scenario.ts does (comparison and invariants) and explains it. */
export function judge(s: Scenario, actual: Statement[], policy: TolerancePolicy = DEFAULT_POLICY): Person {
  const reference = runReference(s, { trace: true });
  const c = compareStatements({ scenarioId: s.id, expected: reference.pays, actual, policy });
  const violations = checkInvariants({ scenarioId: s.id, statements: actual }).violations;
  const result: ScenarioResult = {
    scenarioId: s.id,
    findings: c.findings,
    violations,
    elapsedMs: 0,
    expectedPaydays: reference.pays.length,
    lines: c.lines,
  };
  const x = explainPerson({ scenario: s, reference: reference.pays, actual, result, policy });
  return { scenario: s, reference, actual, result, x };
}

export function plantInput(s: Scenario): PlantInput {
  return { scenario: s, reference: runReference(s, { trace: true }).pays, history: referenceHistory(s) };
}

/** The reference's statements with earning lines changed and every deduction withheld again on them. */
export const withEarnings = (s: Scenario, change: EarningsChange) => changeEarnings(plantInput(s), change);

/** Signature keys of a person's occurrences. */
export const keys = (p: Person) => p.x.occurrences.map((o) => o.signature.key);

/** Σ of every occurrence's net effect, per payday summed. */
export const charged = (p: Person) => Money.sum(p.x.occurrences.flatMap((o) => [...o.netByPayday.values()]));
