import type { Occurrence, PersonExplanation } from '../../domain/checks/defects';
import { signature } from '../../domain/checks/defects';
import type { Finding, Violation } from '../../domain/checks/finding.types';
import type { ScenarioResult } from '../../domain/checks/score.types';
import type { SupplierStubCheck } from '../../domain/checks/stub-sides';
import type { FindingRecord } from '../ports/run-records';

/** Domain results → plain records. Money goes in as its two-decimal text, never as a number. */
const NONE = {
  severity: null,
  payday: null,
  code: null,
  forPeriodStart: null,
  forPeriodEnd: null,
  expected: null,
  actual: null,
  difference: null,
  direction: null,
  netEffect: null,
  checkName: null,
  trace: null,
  defectId: null,
  role: null,
  rootSeq: null,
  stub: null,
};

/** Where a finding stands among the defects: its defect, root or consequence, and the root finding it follows. */
type Standing = Pick<FindingRecord, 'defectId' | 'role' | 'rootSeq'>;
const UNEXPLAINED: Standing = { defectId: null, role: null, rootSeq: null };

/** A finding as the run stores it (exported for tests that need a stored finding). */
export function discrepancy(
  f: Finding,
  family: string | null,
  seq: number,
  standing: Standing = UNEXPLAINED,
): FindingRecord {
  return {
    ...NONE,
    scenarioId: f.scenarioId,
    family,
    kind: f.kind,
    severity: f.severity,
    payday: f.payday,
    code: f.code,
    forPeriodStart: f.forPeriod?.start ?? null,
    forPeriodEnd: f.forPeriod?.end ?? null,
    expected: f.expected.toString(),
    actual: f.actual.toString(),
    difference: f.difference.toString(),
    direction: f.direction,
    netEffect: f.netEffect.toString(),
    seq,
    message: f.message,
    trace: f.trace ?? null,
    ...standing,
  };
}

function violation(v: Violation, family: string | null, seq: number, standing: Standing): FindingRecord {
  return {
    ...NONE,
    scenarioId: v.scenarioId,
    family,
    kind: 'invariant',
    severity: 'high',
    payday: v.payday ?? null,
    code: v.code ?? null,
    expected: v.required?.toString() ?? null,
    actual: v.found?.toString() ?? null,
    difference: v.required && v.found ? v.found.minus(v.required).toString() : null,
    checkName: v.check,
    seq,
    message: v.message,
    ...standing,
  };
}

/**
 * The seq of an occurrence's first root: a finding (its index, as findings follow no error row)
 * or, for an invariant that is a root of its own, its violation after the findings.
 */
function rootSeqOf(o: Occurrence, findings: number): number {
  return o.roots.length > 0 ? o.roots[0] : findings + o.violations[0];
}

function standings(
  r: ScenarioResult,
  x: PersonExplanation | undefined,
): { findings: Standing[]; violations: Standing[] } {
  const of = (e: PersonExplanation['findings'][number]): Standing => {
    const o = e.occurrence === undefined ? undefined : x!.occurrences[e.occurrence];
    return {
      defectId: o?.signature.key ?? null,
      role: e.role,
      rootSeq: o ? rootSeqOf(o, r.findings.length) : null,
    };
  };
  return {
    findings: r.findings.map((_, k) => (x?.findings[k] ? of(x.findings[k]) : UNEXPLAINED)),
    violations: r.violations.map((_, k) => (x?.violations[k] ? of(x.violations[k]) : UNEXPLAINED)),
  };
}

const SIDE_WORDS = {
  both: 'as the stub and the reference',
  reference: 'as the reference',
  stub: 'as the stub (what was paid then), not as the reference',
  neither: 'as neither',
} as const;

/** A stub line that anything disagrees with: the stub with the reference, or the supplier with either (stub-sides.ts). */
function stubRecord(c: SupplierStubCheck, r: ScenarioResult, family: string | null, seq: number): FindingRecord {
  const period = c.forPeriod ? ` for ${c.forPeriod.start} to ${c.forPeriod.end}` : '';
  return {
    ...NONE,
    scenarioId: r.scenarioId,
    family,
    kind: 'stub',
    payday: c.payday,
    code: c.code,
    forPeriodStart: c.forPeriod?.start ?? null,
    forPeriodEnd: c.forPeriod?.end ?? null,
    expected: c.correct!.toString(),
    actual: c.supplier.toString(),
    stub: c.stub.toString(),
    checkName: `stub-${c.verdict === 'matches' ? 'confirms' : 'differs'}:${c.side}`,
    trace: c.trace.length > 0 ? c.trace : null,
    seq,
    message: `Pay stub (${c.source}): ${c.code}${period} ${c.stub.toString()} on ${c.payday}; the reference pays ${c.correct!.toString()}; this supplier paid ${c.supplier.toString()}, ${SIDE_WORDS[c.side]}.`,
  };
}

/**
 * Every finding of one scenario, in a fixed order: the error first, then discrepancies, then
 * invariants, each with its defect and role when the person was explained; then the stub lines
 * anything disagrees with (never scored: the reference is the judge).
 */
export function findingRecords(
  r: ScenarioResult,
  family: string | null,
  x?: PersonExplanation,
  stubs: readonly SupplierStubCheck[] = [],
): FindingRecord[] {
  const rows: FindingRecord[] = [];
  if (r.error)
    rows.push({
      ...NONE,
      scenarioId: r.scenarioId,
      family,
      kind: 'error',
      severity: 'high',
      checkName: r.error.kind,
      seq: 0,
      message: `Supplier failed (${r.error.kind}): ${r.error.message}`,
      defectId: signature({ kind: 'failure', subject: r.error.kind }).key,
      role: 'root',
      rootSeq: 0,
    });
  const s = standings(r, x);
  r.findings.forEach((f, k) => rows.push(discrepancy(f, family, rows.length, s.findings[k])));
  r.violations.forEach((v, k) => rows.push(violation(v, family, rows.length, s.violations[k])));
  for (const c of stubs)
    if (!(c.verdict === 'matches' && c.side === 'both')) rows.push(stubRecord(c, r, family, rows.length));
  return rows;
}
