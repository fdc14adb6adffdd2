import { emptyTally, mergeTallies } from '../../domain/checks/defects';
import { addToParts, countsToJson, type FamilyPart } from '../../domain/checks/score-parts';
import { parseTolerancePolicyOrThrow } from '../../domain/checks/parse-tolerance-policy';
import type { ScenarioResult } from '../../domain/checks/score.types';
import type { TolerancePolicy } from '../../domain/checks/tolerance-policy';
import { harmOf } from '../../domain/checks/harm';
import { withLineTraces } from '../../domain/checks/compare-statements';
import type { ReferencePay, ReferenceResult } from '../../domain/reference/engine/engine.types';
import { runReference } from '../../domain/reference/engine';
import { scenarioFromOwnJson, statementFromJson, type Scenario, type StatementJson } from '../../domain/scenario';
import type { VendorOutcome } from '../../vendors/vendor-adapter';
import { judgeScenario, type JudgedScenario } from '../judge-scenario';
import type { AnswerRecord, FindingRecord } from '../ports/run-records';
import { explainJudged } from './explain-judged';
import { findingRecords } from './finding-records';
import { sha256 } from './reference-task';
import type { JudgeOutcome, JudgeTask, OutcomeJson } from './tasks.types';

function outcomeOf(o: OutcomeJson): VendorOutcome {
  if (!o.ok) return { ok: false, failure: o.failure as never, elapsedMs: o.elapsedMs, stderr: o.stderr };
  return {
    ok: true,
    statements: o.statements.map(statementFromJson),
    missingPaydays: o.missingPaydays,
    elapsedMs: o.elapsedMs,
    ...(o.stderr !== undefined && { stderr: o.stderr }),
  };
}

function facts(json: unknown): JudgedScenario {
  const j = json as { id: string; family?: string; employee: { province: JudgedScenario['employee']['province'] } };
  return { id: j.id, ...(j.family !== undefined && { family: j.family }), employee: { province: j.employee.province } };
}

const hasStubs = (json: unknown) => ((json as { expected?: unknown[] }).expected ?? []).length > 0;

/** One scenario's reference, untraced from the statements given, traced on demand (findings only). */
class ReferenceOf {
  private traced?: ReferenceResult;
  private parsed?: Scenario;
  readonly plain: ReferenceResult;

  constructor(
    private readonly json: unknown,
    statements: StatementJson[],
  ) {
    const pays: ReferencePay[] = statements.map((s) => ({ statement: statementFromJson(s) }));
    this.plain = { scenarioId: facts(json).id, pays, notes: [] };
  }

  scenario(): Scenario {
    this.parsed ??= scenarioFromOwnJson(this.json);
    return this.parsed;
  }

  /** The reference is deterministic and pinned: recomputing it with traces gives the same statements. */
  withTraces(): ReferenceResult {
    this.traced ??= runReference(this.scenario(), { trace: true });
    return this.traced;
  }
}

function answerRecord(o: OutcomeJson, r: ScenarioResult): AnswerRecord {
  const wrong = r.findings.length + r.violations.length + (r.error ? 1 : 0);
  const harm = harmOf(r.findings);
  return {
    scenarioId: r.scenarioId,
    status: o.ok ? 'ok' : 'failed',
    failureKind: o.ok ? null : o.failure.kind,
    failureMessage: o.ok ? null : o.failure.message,
    stderr: wrong > 0 ? (o.stderr ?? null) : null,
    elapsedMs: Math.round(o.elapsedMs),
    answerHash: o.ok ? sha256(JSON.stringify(o.statements)) : null,
    // What auditors need: the supplier's own statements for every employee with a finding.
    statementsJson: o.ok && wrong > 0 ? o.statements : null,
    overPaid: harm.overPaid.toString(),
    underPaid: harm.underPaid.toString(),
    findings: wrong,
  };
}

interface JudgeOneInput {
  scenario: JudgedScenario;
  reference: ReferenceOf;
  first: OutcomeJson;
  second: OutcomeJson | null;
  policy: TolerancePolicy;
}

interface JudgedOne {
  result: ScenarioResult;
  first: VendorOutcome;
  /** The reference the result was judged against (traced when there were findings). */
  reference: ReferenceResult;
}

/** Judged against the untraced reference; when something is wrong, each finding is given its line's trace from the traced reference. */
function judgeOne(i: JudgeOneInput): JudgedOne {
  const input = {
    scenario: i.scenario,
    first: outcomeOf(i.first),
    ...(i.second && { second: outcomeOf(i.second) }),
    policy: i.policy,
  };
  const plain = judgeScenario({ ...input, reference: i.reference.plain });
  if (plain.result.findings.length === 0) return { ...plain, first: input.first, reference: i.reference.plain };
  const traced = i.reference.withTraces();
  const findings = withLineTraces(plain.result.findings, traced.pays);
  return { ...plain, result: { ...plain.result, findings }, first: input.first, reference: traced };
}

/** Worker task: every supplier's answers for a chunk, judged; rows to store and partial score sums. */
export function judgeTask(task: JudgeTask): JudgeOutcome {
  const policy = parseTolerancePolicyOrThrow(task.policy);
  const scenarios = JSON.parse(task.scenarios) as Array<{ json: unknown; statements: StatementJson[] }>;
  const references = scenarios.map((s) => new ReferenceOf(s.json, s.statements));
  return {
    vendors: task.vendors.map((vendor) => {
      const v = JSON.parse(vendor.answers) as { first: OutcomeJson[]; second: Array<OutcomeJson | null> };
      const answers: AnswerRecord[] = [];
      const findings: FindingRecord[] = [];
      const parts = new Map<string, FamilyPart>();
      let defects = emptyTally();
      scenarios.forEach((s, k) => {
        const scenario = facts(s.json);
        const judged = judgeOne({
          scenario,
          reference: references[k],
          first: v.first[k],
          second: v.second[k],
          policy,
        });
        addToParts(parts, judged.result);
        answers.push(answerRecord(v.first[k], judged.result));
        const x = explainJudged({
          supplierId: vendor.vendorId,
          scenario: () => references[k].scenario(),
          reference: judged.reference,
          first: judged.first,
          result: judged.result,
          policy,
          hasStubs: hasStubs(s.json),
        });
        if (x.tally) defects = mergeTallies(defects, x.tally);
        findings.push(...findingRecords(judged.result, scenario.family ?? null, x.explanation, x.stubs));
      });
      const families = Object.fromEntries(
        [...parts].map(([family, p]) => [family, { counts: countsToJson(p.counts), elapsedMs: p.elapsedMs }]),
      );
      const periods = scenarios.reduce((n, s) => n + s.statements.length, 0);
      return {
        vendorId: vendor.vendorId,
        answers,
        findings,
        parts: { families, periods, ...vendor.requests, defects },
      };
    }),
  };
}
