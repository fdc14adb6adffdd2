import type { Finding, Violation } from '../../domain/checks/finding.types';
import type { ScenarioResult } from '../../domain/checks/score.types';
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
};

function discrepancy(f: Finding, family: string | null, seq: number): FindingRecord {
  return {
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
    checkName: null,
    seq,
    message: f.message,
    trace: f.trace ?? null,
  };
}

function violation(v: Violation, family: string | null, seq: number): FindingRecord {
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
  };
}

/** Every finding of one scenario, in a fixed order: the error first, then discrepancies, then invariants. */
export function findingRecords(r: ScenarioResult, family: string | null): FindingRecord[] {
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
    });
  for (const f of r.findings) rows.push(discrepancy(f, family, rows.length));
  for (const v of r.violations) rows.push(violation(v, family, rows.length));
  return rows;
}
