import type { IsoDate } from '../../calendar';
import { Money } from '../../money';
import type { ReferencePay } from '../../reference/engine/engine.types';
import { isEarning, type LineCode, type Scenario, type Statement } from '../../scenario';
import type { Finding } from '../finding.types';
import type { ScenarioResult } from '../score.types';
import type { TolerancePolicy } from '../tolerance-policy';
import { atAnnualMaximum } from './annual-maximum-reached';
import { classifyFindings, type Role } from './classify';
import type { ExplainedFinding, Occurrence, PersonExplanation, SignatureParts } from './defect.types';
import { findPairs, type Pair } from './pairs';
import { recomputeDeductions } from './recompute-deductions';
import { referenceHistory } from './reference-history';
import { conditionFor, signature, sizeOf } from './signature';
import { explainViolations } from './explain-violations';
import { retroSubject } from './retro-subject';

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

interface Context {
  input: ExplainInput;
  history: () => Statement[];
}

function lineParts(ctx: Context, f: Finding): SignatureParts {
  const code = f.code as LineCode;
  const size = sizeOf(f);
  if (size === 'rounding' && isEarning(code)) return { kind: 'rounding', subject: 'EARNINGS' };
  const subject = retroSubject({ ...f, code });
  const atMax = () => atAnnualMaximum({ ...ctx.input, history: ctx.history(), code, payday: f.payday, before: true });
  const condition = conditionFor(subject, {
    scenario: ctx.input.scenario,
    payday: f.payday,
    ...(f.forPeriod && { forPeriod: f.forPeriod }),
    atAnnualMaximum: ['CPP', 'CPP2', 'QPP', 'QPP2', 'EI', 'QPIP'].includes(code) ? atMax() : false,
    bothSides: f.kind === 'different',
  });
  return { kind: 'line', subject, direction: f.direction, size, ...(condition && { condition }) };
}

function rootParts(ctx: Context, f: Finding): SignatureParts {
  if (f.kind === 'missed-pay' || f.kind === 'unexpected-pay') {
    const condition = conditionFor(f.kind, { scenario: ctx.input.scenario, payday: f.payday });
    return { kind: 'pay', subject: f.kind, direction: f.direction, ...(condition && { condition }) };
  }
  if (f.code === null) return { kind: 'total', subject: f.kind === 'gross' ? 'GROSS' : 'NET', direction: f.direction };
  return lineParts(ctx, f);
}

function pairParts(ctx: Context, p: Pair): SignatureParts {
  if (p.kind === 'moved') return { kind: 'moved', subject: p.subject, ...(p.to && { to: p.to }) };
  if (p.kind === 'missed-pay' || p.kind === 'unexpected-pay') {
    const condition = conditionFor(p.kind, { scenario: ctx.input.scenario, payday: p.payday });
    const direction = p.pay ?? (p.kind === 'missed-pay' ? 'under' : 'over');
    return { kind: 'pay', subject: p.kind, direction, ...(condition && { condition }) };
  }
  const condition = conditionFor(p.subject, {
    scenario: ctx.input.scenario,
    payday: p.payday,
    ...(p.forPeriod && { forPeriod: p.forPeriod }),
  });
  return { kind: 'timing', subject: p.subject, direction: p.direction, ...(condition && { condition }) };
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

function charge(o: Occurrence | undefined, payday: IsoDate, amount: Money): void {
  if (!o || amount.isZero()) return;
  o.netByPayday.set(payday, (o.netByPayday.get(payday) ?? Money.ZERO).plus(amount));
}

/** Net effect of a finding on the person, without counting a total twice: lines and pays carry it; a net root carries what its lines do not explain. */
function netShare(findings: readonly Finding[], k: number): Money {
  const f = findings[k];
  if (f.code !== null || f.kind === 'missed-pay' || f.kind === 'unexpected-pay') return f.netEffect;
  if (f.kind !== 'net') return Money.ZERO;
  const lines = findings.filter((r) => r.payday === f.payday && r.code !== null);
  return f.netEffect.minus(Money.sum(lines.map((r) => r.netEffect)));
}

interface Charging {
  findings: readonly Finding[];
  roles: readonly Role[];
  occurrences: Occurrence[];
  occurrenceOf: ReadonlyMap<number, number>;
}

/** A finding's net effect to its occurrence; a consequence of several roots of its payday is shared in proportion to their own net effects. */
function chargeFinding(c: Charging, e: ExplainedFinding): void {
  const f = c.findings[e.index];
  const share = netShare(c.findings, e.index);
  const shared = c.roles[e.index].sharedWith;
  if (!shared || share.isZero()) {
    charge(e.occurrence === undefined ? undefined : c.occurrences[e.occurrence], f.payday, share);
    return;
  }
  const weights = shared.map((k) => c.findings[k].netEffect.abs().toDecimal());
  const parts = weights.some((w) => !w.isZero()) ? share.allocate(weights) : [share];
  parts.forEach((part, n) => charge(c.occurrences[c.occurrenceOf.get(shared[n])!], f.payday, part));
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
  const roles: Role[] = classifyFindings({
    findings,
    actual: i.actual,
    reference: referenceStatements,
    policy: i.policy,
    pensionGroup: i.scenario.employee.pensionGroup,
    atMaximum: (code, payday) => atAnnualMaximum({ ...i, history: ctx.history(), code, payday }),
    recompute: () =>
      recomputeDeductions({
        scenario: i.scenario,
        history: ctx.history(),
        actual: i.actual!,
        reference: referenceStatements,
      }),
  });
  const roots = roles.map((r, k) => (r.role === 'root' ? k : -1)).filter((k) => k >= 0);
  const pairs = findPairs(findings, roots, { reference: referenceStatements, actual: i.actual });
  const occurrences: Occurrence[] = [];
  const occurrenceOf = new Map<number, number>();
  for (const p of pairs) {
    for (const k of p.members) occurrenceOf.set(k, occurrences.length);
    occurrences.push(occurrence(ctx, pairParts(ctx, p), p.members));
  }
  for (const k of roots.filter((r) => !occurrenceOf.has(r))) {
    occurrenceOf.set(k, occurrences.length);
    occurrences.push(occurrence(ctx, rootParts(ctx, findings[k]), [k]));
  }
  const explained: ExplainedFinding[] = roles.map((r, index) => {
    const o =
      r.role === 'root' ? occurrenceOf.get(index) : r.rootOf === undefined ? undefined : occurrenceOf.get(r.rootOf);
    const reason = r.role === 'root' && occurrences[o!]?.roots.length > 1 ? 'part-of-pair' : r.reason;
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
