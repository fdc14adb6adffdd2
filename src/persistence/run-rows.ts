import type { StoredFinding } from '../evaluation/ports/run-recorder.port';
import type { AnswerRecord, RunOptionsRecord, RunRecord, ScenarioRecord } from '../evaluation/ports/run-records';
import type { EvaluationRunEntity } from './entities';

/** A row as sqlite3 returns it: column names as in the schema (snake case). */
export type Row = Record<string, unknown>;

const text = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);
const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : null);

/** The entity → the plain record the evaluation works with. */
export function runRecord(e: EvaluationRunEntity): RunRecord {
  return {
    id: e.id,
    status: e.status,
    startedAt: e.startedAt,
    finishedAt: e.finishedAt,
    harnessVersion: e.harnessVersion,
    rulesEditions: e.rulesEditions,
    tolerancePolicy: e.tolerancePolicy,
    policyHash: e.policyHash,
    policySource: e.policySource,
    scenarioSource: e.scenarioSource,
    scenarioCount: e.scenarioCount,
    workTotal: e.workTotal,
    workDone: e.workDone,
    progress: (e.progress as Record<string, number> | null) ?? {},
    summary: e.summary ?? null,
    error: e.error,
    options: (e.options as RunOptionsRecord | null) ?? null,
    owner: e.ownerPid !== null && e.ownerHost !== null ? { pid: e.ownerPid, host: e.ownerHost } : null,
    heartbeatAt: e.heartbeatAt,
    signatureVersion: e.signatureVersion ?? null,
    supplierDeadline: e.supplierDeadline ?? null,
    deadlineSet: (e.deadlineSet as RunRecord['deadlineSet']) ?? null,
  };
}

export function scenarioRecord(r: Row, withJson: boolean): ScenarioRecord {
  return {
    scenarioId: String(r.scenario_id),
    chunk: Number(r.chunk ?? 0),
    seq: Number(r.seq ?? 0),
    hash: String(r.hash),
    file: String(r.file),
    title: String(r.title),
    family: text(r.family),
    scenarioJson: withJson ? json(r.scenario_json) : null,
    referenceHash: text(r.reference_hash),
    refused:
      r.refused_code === null || r.refused_code === undefined
        ? null
        : { code: text(r.refused_code) ?? '', message: text(r.refused_message) ?? '' },
  };
}

export function answerRecord(r: Row): AnswerRecord & { vendorId: string } {
  return {
    vendorId: String(r.vendor_id),
    scenarioId: String(r.scenario_id),
    status: r.status === 'ok' ? 'ok' : 'failed',
    failureKind: text(r.failure_kind),
    failureMessage: text(r.failure_message),
    stderr: text(r.stderr),
    elapsedMs: Number(r.elapsed_ms),
    answerHash: text(r.answer_hash),
    statementsJson: json(r.statements_json),
    overPaid: text(r.over_paid) ?? '0.00',
    underPaid: text(r.under_paid) ?? '0.00',
    findings: Number(r.findings ?? 0),
  };
}

export function findingRecord(r: Row): StoredFinding {
  return {
    vendorId: String(r.vendor_id),
    scenarioId: String(r.scenario_id),
    family: text(r.family),
    kind: String(r.kind),
    severity: text(r.severity),
    payday: text(r.payday),
    code: text(r.code),
    forPeriodStart: text(r.for_period_start),
    forPeriodEnd: text(r.for_period_end),
    expected: text(r.expected),
    actual: text(r.actual),
    difference: text(r.difference),
    direction: text(r.direction),
    netEffect: text(r.net_effect),
    checkName: text(r.check_name),
    seq: Number(r.seq ?? 0),
    message: String(r.message),
    trace: json(r.trace),
    defectId: text(r.defect_id),
    role: r.role === 'root' || r.role === 'consequence' ? r.role : null,
    rootSeq: r.root_seq === null || r.root_seq === undefined ? null : Number(r.root_seq),
    stub: text(r.stub_amount),
  };
}
