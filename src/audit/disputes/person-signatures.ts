import type { Finding, Violation } from '../../domain/checks/finding.types';
import {
  explainPerson,
  signature,
  type Occurrence,
  type PersonExplanation,
  type Signature,
} from '../../domain/checks/defects';
import { parseTolerancePolicyOrThrow } from '../../domain/checks/parse-tolerance-policy';
import type { ScenarioResult } from '../../domain/checks/score.types';
import { runReference } from '../../domain/reference/engine';
import { parseScenarioOrThrow, statementFromJson, type StatementJson } from '../../domain/scenario';
import { judgeScenario } from '../../evaluation/judge-scenario';
import type { StoredFinding } from '../../evaluation/ports/run-recorder.port';
import type { AnswerRecord } from '../../evaluation/ports/run-records';
import { saidError } from '../../submissions/refusal-text';

/** One stored finding with the defect it belongs to (null: a consequence whose root could not be named). */
export interface SignedFinding {
  finding: StoredFinding;
  signature: Signature | null;
  role: 'root' | 'consequence';
}

/** One person × supplier, re-judged from what the run stored and explained by the defect core. */
export interface PersonJudged {
  result: ScenarioResult;
  explanation: PersonExplanation;
  signed: SignedFinding[];
}

export interface PersonInput {
  scenarioJson: unknown;
  answer: AnswerRecord;
  /** The person's stored findings in their stored order (seq). */
  findings: StoredFinding[];
  policy: unknown;
}

function failureSignature(kind: string): Signature {
  return signature({ kind: 'failure', subject: kind });
}

/**
 * The defect signature of each stored finding of one person (docs/defects.md), recomputed: the
 * reference with traces from the pinned scenario, the supplier's statements as stored (kept for
 * every person with a finding), judged again with the run's policy, then explained. The judge
 * is deterministic, so the discrepancies and invariants come back as stored; a 'same answer
 * twice' violation (the second answer is not kept) is taken from the stored rows.
 */
export function judgePerson(i: PersonInput): PersonJudged {
  const scenario = parseScenarioOrThrow(i.scenarioJson);
  const reference = runReference(scenario, { trace: true });
  const policy = parseTolerancePolicyOrThrow(i.policy);
  if (i.answer.status === 'failed') {
    const error = { kind: i.answer.failureKind ?? 'crash', message: i.answer.failureMessage ?? '' };
    const result: ScenarioResult = {
      scenarioId: scenario.id,
      ...(scenario.family && { family: scenario.family }),
      findings: [],
      violations: [],
      error,
      elapsedMs: i.answer.elapsedMs,
      expectedPaydays: 0,
    };
    const explanation = explainPerson({ scenario, reference: reference.pays, result, policy });
    return {
      result,
      explanation,
      signed: i.findings.map((finding) => ({ finding, signature: failureSignature(error.kind), role: 'root' })),
    };
  }
  const statements = ((i.answer.statementsJson ?? []) as StatementJson[]).map(statementFromJson);
  const judged = judgeScenario({
    scenario,
    reference,
    first: { ok: true, statements, missingPaydays: [], elapsedMs: i.answer.elapsedMs },
    policy,
  }).result;
  const twice: Violation[] = i.findings
    .filter((f) => f.kind === 'invariant' && f.checkName === 'same-answer-twice')
    .map((f) => ({ scenarioId: scenario.id, check: 'same-answer-twice', message: f.message }));
  const result: ScenarioResult = { ...judged, violations: [...judged.violations, ...twice] };
  const rows = result.findings.length + result.violations.length;
  // Pay-stub rows (kind 'stub', stored after the findings and invariants) are never scored and belong to no defect.
  const judgedRows = i.findings.filter((f) => f.kind !== 'stub');
  if (rows !== judgedRows.length)
    throw saidError('CONFLICT', 'error.audit.rejudged', { id: scenario.id, rows, stored: judgedRows.length });
  const explanation = explainPerson({ scenario, reference: reference.pays, actual: statements, result, policy });
  const occurrenceOf = (o: number | undefined): Signature | null =>
    o === undefined ? null : explanation.occurrences[o].signature;
  const signed = judgedRows.map((finding, k): SignedFinding => {
    const e = k < result.findings.length ? explanation.findings[k] : explanation.violations[k - result.findings.length];
    return { finding, signature: occurrenceOf(e.occurrence), role: e.role };
  });
  return { result, explanation, signed };
}

export type { Finding, Occurrence };
