import { compareStatements } from '../domain/checks/compare-statements';
import { checkInvariants } from '../domain/checks/invariants';
import { PayproofError } from '../domain/errors';
import { runReference } from '../domain/reference/engine';
import type { Scenario, Statement } from '../domain/scenario';
import type { VendorAdapter, VendorOutcome } from '../vendors/vendor-adapter';
import { relationPlans, type RelationBreak, type RelationPlan } from './relations';
import {
  distinct,
  failureFinding,
  invariantFindings,
  referenceFindings,
  relationFindings,
  type FuzzFinding,
} from './signatures';

/** What one generated scenario showed about a supplier. */
export interface Judged {
  scenario: Scenario;
  /** Distinct by signature, in the order: failure, reference, invariants, relations. */
  findings: FuzzFinding[];
  /** Why nothing was judged: the supplier declared it cannot pay this scenario. */
  skipped?: string;
  /** Why the reference could not pay it (then only the invariants and relations judge the supplier). */
  refused?: string;
}

function referenceOf(s: Scenario): { pays?: ReturnType<typeof runReference>['pays']; refused?: string } {
  try {
    return { pays: runReference(s).pays };
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

/**
 * Which checks to run. Shrinking one signature needs only the check that shows it: a relation's
 * signature needs no reference run, a reference signature no relation variants.
 */
export interface JudgeFocus {
  reference: boolean;
  relations: boolean;
}

const EVERYTHING: JudgeFocus = { reference: true, relations: true };

/** The checks that can show a signature (signatures.ts). */
export function focusFor(signature: string): JudgeFocus {
  return { reference: signature.startsWith('reference:'), relations: signature.startsWith('relation:') };
}

function judgeOne(
  s: Scenario,
  plans: readonly RelationPlan[],
  outcomes: ReadonlyMap<string, VendorOutcome>,
  focus: JudgeFocus,
): Judged {
  const outcome = outcomes.get(s.id)!;
  if (!outcome.ok) {
    if (outcome.failure.kind === 'unsupported') return { scenario: s, findings: [], skipped: outcome.failure.message };
    return { scenario: s, findings: [failureFinding(outcome.failure)] };
  }
  const reference = focus.reference ? referenceOf(s) : {};
  const compared = reference.pays
    ? compareStatements({ scenarioId: s.id, expected: reference.pays, actual: outcome.statements }).findings
    : [];
  const invariants = checkInvariants({
    scenarioId: s.id,
    statements: outcome.statements,
    province: s.employee.province,
  }).violations;
  const findings = distinct([
    ...referenceFindings(compared),
    ...invariantFindings(invariants),
    ...relationFindings(relationBreaks(plans, outcomes, outcome.statements)),
  ]);
  return { scenario: s, findings, ...(reference.refused && { refused: reference.refused }) };
}

/**
 * Sends the scenarios and every relation variant to the supplier in one pay run (the adapter
 * splits it by the supplier's maxEmployeesPerRequest), then judges each scenario, in order,
 * against the reference, the invariants and the relations, stopping after the first for which
 * `until` is true (shrinking needs only the first candidate that still fails). Ids must be distinct.
 */
export async function judgeScenarios(
  adapter: VendorAdapter,
  scenarios: readonly Scenario[],
  focus: JudgeFocus = EVERYTHING,
  until: (j: Judged) => boolean = () => false,
): Promise<Judged[]> {
  const plans = scenarios.map((s) => (focus.relations ? relationPlans(s) : []));
  const outcomes = await adapter.payRun([...scenarios, ...plans.flat().flatMap((p) => p.variants)]);
  const judged: Judged[] = [];
  for (const [i, s] of scenarios.entries()) {
    judged.push(judgeOne(s, plans[i], outcomes, focus));
    if (until(judged[i])) break;
  }
  return judged;
}
