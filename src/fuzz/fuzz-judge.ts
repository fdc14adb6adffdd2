import { explainPerson } from '../domain/checks/defects';
import { checkInvariants } from '../domain/checks/invariants';
import { sameAnswer } from '../domain/checks/same-answer';
import { DEFAULT_POLICY, type TolerancePolicy } from '../domain/checks/tolerance-policy';
import { PayproofError } from '../domain/errors';
import { runReference } from '../domain/reference/engine';
import type { ReferenceResult } from '../domain/reference/engine/engine.types';
import type { Scenario, Statement } from '../domain/scenario';
import { judgeScenario } from '../evaluation/judge-scenario';
import type { VendorAdapter, VendorOutcome } from '../vendors/vendor-adapter';
import { relationPlans, type RelationBreak, type RelationPlan } from './relations';
import {
  defectFindings,
  distinct,
  failureFinding,
  invariantFindings,
  isFailureSignature,
  relationFindings,
  type FuzzFinding,
} from './signatures';

/** What one generated scenario showed about a supplier. */
export interface Judged {
  scenario: Scenario;
  /** Distinct by signature: the supplier's failure, or its defects (roots only), then the relations. */
  findings: FuzzFinding[];
  /** Why nothing was judged: the supplier declared it cannot pay this scenario. */
  skipped?: string;
  /** Why the reference could not pay it (then only the invariants and relations judge the supplier). */
  refused?: string;
}

/**
 * Which checks to run. Shrinking one signature needs only the checks that show it: a relation
 * needs no reference, a defect no relation variants, and only determinism needs the request twice.
 */
export interface JudgeFocus {
  reference: boolean;
  relations: boolean;
  twice: boolean;
}

export const EVERYTHING: JudgeFocus = { reference: true, relations: true, twice: true };

export function focusFor(signature: string): JudgeFocus {
  const relation = signature.startsWith('relation:');
  return {
    reference: !relation && !isFailureSignature(signature),
    relations: relation,
    twice: signature.includes('same-answer-twice'),
  };
}

function referenceOf(s: Scenario): { result?: ReferenceResult; refused?: string } {
  try {
    return { result: runReference(s, { trace: true }) };
  } catch (err) {
    if (err instanceof PayproofError) return { refused: `${err.code}: ${err.message}` };
    throw err;
  }
}

function relationBreaks(
  plans: readonly RelationPlan[],
  outcomes: ReadonlyMap<string, VendorOutcome>,
  base: readonly Statement[],
): RelationBreak[] {
  return plans.flatMap((plan) => {
    const answers = new Map<string, Statement[]>();
    for (const v of plan.variants) {
      const o = outcomes.get(v.id);
      if (!o?.ok) return []; // a variant the supplier could not answer says nothing about the relation
      answers.set(v.id, o.statements);
    }
    return plan.judge(answers, base);
  });
}

interface One {
  scenario: Scenario;
  plans: readonly RelationPlan[];
  outcomes: ReadonlyMap<string, VendorOutcome>;
  again?: ReadonlyMap<string, VendorOutcome>;
  focus: JudgeFocus;
  policy: TolerancePolicy;
}

/** The reference's verdict, through the same judge and defect core as an evaluation. */
function againstReference(o: One, first: VendorOutcome & { ok: true }): { findings: FuzzFinding[]; refused?: string } {
  const second = o.again?.get(o.scenario.id);
  const reference = referenceOf(o.scenario);
  if (!reference.result) {
    const own = checkInvariants({ scenarioId: o.scenario.id, statements: first.statements }).violations;
    const twice = second?.ok
      ? sameAnswer({ scenarioId: o.scenario.id, first: first.statements, second: second.statements })
      : undefined;
    return { findings: invariantFindings([...own, ...(twice ? [twice] : [])]), refused: reference.refused };
  }
  const { result } = judgeScenario({
    scenario: o.scenario,
    reference: reference.result,
    first,
    ...(second && { second }),
    policy: o.policy,
  });
  const x = explainPerson({
    scenario: o.scenario,
    reference: reference.result.pays,
    actual: first.statements,
    result,
    policy: o.policy,
  });
  return { findings: defectFindings(x, result) };
}

function judgeOne(o: One): Judged {
  const first = o.outcomes.get(o.scenario.id)!;
  if (!first.ok) {
    if (first.failure.kind === 'unsupported')
      return { scenario: o.scenario, findings: [], skipped: first.failure.message };
    return { scenario: o.scenario, findings: [failureFinding(first.failure)] };
  }
  const judged = o.focus.reference ? againstReference(o, first) : { findings: [] };
  const relations = relationFindings(relationBreaks(o.plans, o.outcomes, first.statements));
  return {
    scenario: o.scenario,
    findings: distinct([...judged.findings, ...relations]),
    ...(judged.refused && { refused: judged.refused }),
  };
}

export interface JudgeScenariosInput {
  adapter: VendorAdapter;
  scenarios: readonly Scenario[];
  focus?: JudgeFocus;
  policy?: TolerancePolicy;
  /** Stop after the first scenario for which this is true (shrinking needs only the first candidate that still fails). */
  until?: (j: Judged) => boolean;
}

/**
 * Sends the scenarios and every relation variant to the supplier in one pay run (the adapter
 * splits it by the supplier's maxEmployeesPerRequest), and the same pay run again when
 * determinism is judged (the same-answer-twice relation), then judges each scenario in order.
 * Ids must be distinct.
 */
export async function judgeScenarios(i: JudgeScenariosInput): Promise<Judged[]> {
  const focus = i.focus ?? EVERYTHING;
  const plans = i.scenarios.map((s) => (focus.relations ? relationPlans(s) : []));
  const all = [...i.scenarios, ...plans.flat().flatMap((p) => p.variants)];
  const outcomes = await i.adapter.payRun(all);
  const again = focus.twice ? await i.adapter.payRun(all) : undefined;
  const judged: Judged[] = [];
  for (const [k, scenario] of i.scenarios.entries()) {
    judged.push(
      judgeOne({
        scenario,
        plans: plans[k],
        outcomes,
        ...(again && { again }),
        focus,
        policy: i.policy ?? DEFAULT_POLICY,
      }),
    );
    if (i.until?.(judged[k])) break;
  }
  return judged;
}
