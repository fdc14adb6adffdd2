import type { ReferencePay } from '../../reference/engine/engine.types';
import type { LineCode, Scenario, Statement } from '../../scenario';
import type { ScenarioResult } from '../score.types';
import type { TolerancePolicy } from '../tolerance-policy';
import { atAnnualMaximum } from './annual-maximum-reached';
import { chargeFinding } from './charge';
import { pairParts, rootParts, type PartsContext } from './occurrence-parts';
import { classifyFindings, type Role } from './classify';
import type { ExplainedFinding, Occurrence, PersonExplanation, ReasonCode, SignatureParts } from './defect.types';
import { findPairs } from './pairs';
import { parameterGroups } from './parameter-roots';
import { recomputeDeductions, type Recomputed } from './recompute-deductions';
import { referenceHistory } from './reference-history';
import { signature } from './signature';
import { explainViolations } from './explain-violations';

/**
 * One person × one supplier, explained (docs/defects.md): each finding and violation is a root
 * or a consequence, roots become occurrences with a signature, and every line's net effect is
 * charged to the occurrence of its root. What a chunked evaluation calls per person.
 */
export interface ExplainInput {
  scenario: Scenario;
  /** The reference's pays for the scenario (traced or not). */
  reference: readonly ReferencePay[];
  /** The supplier's statements when it answered; absent when it failed. */
  actual?: readonly Statement[];
  /** The judge's result (judge-scenario.ts): findings, violations, error. */
  result: ScenarioResult;
  policy: TolerancePolicy;
}

interface Context extends PartsContext {
  input: ExplainInput;
}

function occurrence(ctx: Context, parts: SignatureParts, roots: number[]): Occurrence {
  const f = ctx.input.result.findings;
  const first = f[roots[0]];
  return {
    signature: signature(parts),
    scenarioId: ctx.input.scenario.id,
    ...(ctx.input.scenario.family && { family: ctx.input.scenario.family }),
    payday: first.payday,
    ...(first.forPeriod && { forPeriod: first.forPeriod }),
    codes: [...new Set(roots.map((k) => f[k].code).filter((c): c is LineCode => c !== null))],
    roots,
    violations: [],
    netByPayday: new Map(),
  };
}

/** A root's reason: its own difference, or its part in an occurrence of several roots. */
function rootReason(o: Occurrence | undefined, own: ReasonCode): ReasonCode {
  if (o?.signature.parts.kind === 'parameter') return 'same-parameter';
  return o && o.roots.length > 1 ? 'part-of-pair' : own;
}

function failed(i: ExplainInput): PersonExplanation {
  const error = i.result.error!;
  return {
    scenarioId: i.scenario.id,
    ...(i.scenario.family && { family: i.scenario.family }),
    findings: i.result.findings.map((_, index) => ({ index, role: 'consequence', reason: 'supplier-failure' })),
    violations: i.result.violations.map((_, index) => ({ index, role: 'consequence', reason: 'supplier-failure' })),
    occurrences: [],
    failure: {
      kind: error.kind,
      message: error.message,
      scenarioId: i.scenario.id,
      ...(i.scenario.family && { family: i.scenario.family }),
      missedPays: i.result.expectedPaydays,
    },
  };
}

export function explainPerson(i: ExplainInput): PersonExplanation {
  if (i.result.error !== undefined || i.actual === undefined) return failed(i);
  let cached: Statement[] | undefined;
  const ctx: Context = { input: i, history: () => (cached ??= referenceHistory(i.scenario)) };
  const findings = i.result.findings;
  const referenceStatements = i.reference.map((p) => p.statement);
  const replays = new Map<number, Recomputed>();
  const replay = (periodsShift: number): Recomputed => {
    if (!replays.has(periodsShift))
      replays.set(
        periodsShift,
        recomputeDeductions({
          scenario: i.scenario,
          history: ctx.history(),
          actual: i.actual!,
          reference: referenceStatements,
          periodsShift,
        }),
      );
    return replays.get(periodsShift)!;
  };
  const roles: Role[] = classifyFindings({
    findings,
    actual: i.actual,
    reference: referenceStatements,
    policy: i.policy,
    pensionGroup: i.scenario.employee.pensionGroup,
    atMaximum: (code, payday) => atAnnualMaximum({ ...i, history: ctx.history(), code, payday }),
    recompute: () => replay(0),
  });
  const roots = roles.map((r, k) => (r.role === 'root' ? k : -1)).filter((k) => k >= 0);
  const pairs = findPairs(findings, roots, { reference: referenceStatements, actual: i.actual });
  const occurrences: Occurrence[] = [];
  const occurrenceOf = new Map<number, number>();
  for (const p of pairs) {
    for (const k of p.members) occurrenceOf.set(k, occurrences.length);
    occurrences.push(occurrence(ctx, pairParts(ctx, p), p.members));
  }
  const groups = parameterGroups({
    findings,
    roots: roots.filter((r) => !occurrenceOf.has(r)),
    actual: i.actual,
    policy: i.policy,
    replay,
  });
  for (const g of groups) {
    for (const k of g.members) occurrenceOf.set(k, occurrences.length);
    occurrences.push(occurrence(ctx, { kind: 'parameter', subject: 'PERIODS_IN_YEAR', value: g.value }, g.members));
  }
  for (const k of roots.filter((r) => !occurrenceOf.has(r))) {
    occurrenceOf.set(k, occurrences.length);
    occurrences.push(occurrence(ctx, rootParts(ctx, findings[k]), [k]));
  }
  const explained: ExplainedFinding[] = roles.map((r, index) => {
    const o =
      r.role === 'root' ? occurrenceOf.get(index) : r.rootOf === undefined ? undefined : occurrenceOf.get(r.rootOf);
    const reason = r.role === 'root' ? rootReason(occurrences[o!], r.reason) : r.reason;
    return { index, role: r.role, reason, ...(o !== undefined && { occurrence: o }) };
  });
  for (const e of explained) chargeFinding({ findings, roles, occurrences, occurrenceOf }, e);
  const violations = explainViolations({
    ctx: { findings, explained, occurrences },
    scenario: i.scenario,
    violations: i.result.violations,
  });
  return {
    scenarioId: i.scenario.id,
    ...(i.scenario.family && { family: i.scenario.family }),
    findings: explained,
    violations,
    occurrences,
  };
}
