import type { Finding, Violation } from '../domain/checks/finding.types';
import type { ScenarioResult } from '../domain/checks/score.types';
import { statementToJson } from '../domain/scenario';
import { FindingEntity, VendorResultEntity } from '../persistence/entities';
import type { VendorOutcome } from '../vendors/vendor-adapter';
import type { FindingView } from './evaluation.types';

/** Domain results → rows. Money goes in as its two-decimal text, never as a number. */
interface RowContext {
  runId: string;
  vendorId: string;
  family: string | null;
}

function findingRow(c: RowContext, f: Finding, seq: number): FindingEntity {
  return Object.assign(new FindingEntity(), {
    runId: c.runId,
    vendorId: c.vendorId,
    scenarioId: f.scenarioId,
    family: c.family,
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
  });
}

function violationRow(c: RowContext, v: Violation, seq: number): FindingEntity {
  return Object.assign(new FindingEntity(), {
    runId: c.runId,
    vendorId: c.vendorId,
    scenarioId: v.scenarioId,
    family: c.family,
    kind: 'invariant',
    severity: 'high',
    payday: v.payday ?? null,
    code: v.code ?? null,
    forPeriodStart: null,
    forPeriodEnd: null,
    expected: v.required?.toString() ?? null,
    actual: v.found?.toString() ?? null,
    difference: v.required && v.found ? v.found.minus(v.required).toString() : null,
    direction: null,
    netEffect: null,
    checkName: v.check,
    seq,
    message: v.message,
    trace: null,
  });
}

function errorRow(c: RowContext, r: ScenarioResult, seq: number): FindingEntity {
  const e = r.error!;
  return Object.assign(new FindingEntity(), {
    runId: c.runId,
    vendorId: c.vendorId,
    scenarioId: r.scenarioId,
    family: c.family,
    kind: 'error',
    severity: 'high',
    payday: null,
    code: null,
    forPeriodStart: null,
    forPeriodEnd: null,
    expected: null,
    actual: null,
    difference: null,
    direction: null,
    netEffect: null,
    checkName: e.kind,
    seq,
    message: `Supplier failed (${e.kind}): ${e.message}`,
    trace: null,
  });
}

/** Every finding of one scenario, in a fixed order: the error first, then discrepancies, then invariants. */
export function findingRows(c: RowContext, r: ScenarioResult): FindingEntity[] {
  const rows: FindingEntity[] = [];
  if (r.error) rows.push(errorRow(c, r, rows.length));
  for (const f of r.findings) rows.push(findingRow(c, f, rows.length));
  for (const v of r.violations) rows.push(violationRow(c, v, rows.length));
  return rows;
}

export function resultRow(c: RowContext, scenarioId: string, o: VendorOutcome): VendorResultEntity {
  return Object.assign(new VendorResultEntity(), {
    runId: c.runId,
    vendorId: c.vendorId,
    scenarioId,
    status: o.ok ? 'ok' : 'failed',
    failureKind: o.ok ? null : o.failure.kind,
    failureMessage: o.ok ? null : o.failure.message,
    stderr: o.stderr ?? null,
    elapsedMs: o.elapsedMs,
    statementsJson: o.ok ? o.statements.map(statementToJson) : null,
  });
}

export function findingView(e: FindingEntity): FindingView {
  return {
    vendorId: e.vendorId,
    scenarioId: e.scenarioId,
    family: e.family,
    kind: e.kind,
    severity: e.severity,
    payday: e.payday,
    code: e.code,
    check: e.checkName,
    forPeriod: e.forPeriodStart && e.forPeriodEnd ? { start: e.forPeriodStart, end: e.forPeriodEnd } : null,
    expected: e.expected,
    actual: e.actual,
    difference: e.difference,
    netEffect: e.netEffect,
    direction: e.direction,
    message: e.message,
    trace: (e.trace as FindingView['trace']) ?? null,
  };
}
