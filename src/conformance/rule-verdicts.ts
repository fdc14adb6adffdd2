import type { ScenarioResult } from '../domain/checks/score.types';
import { REGISTRY } from '../domain/conventions';
import type { ReferenceResult } from '../domain/reference/engine/engine.types';
import type { Scenario, Statement } from '../domain/scenario';
import { causes, exercised, rulesOf } from './charging';
import { type ConformanceReport, PROTOCOL_RULES, type RuleExample, type RuleVerdict } from './conformance.types';
import { failureSaid, findingSaid, type Said, violationSaid } from './first-difference';
import { sideBySide } from './side-by-side';

/** One scenario of the set, as the reference paid it and as the supplier's answer was judged. */
export interface JudgedScenario {
  scenario: Scenario;
  reference: ReferenceResult;
  /** The supplier's statements (empty when it gave none). */
  statements: readonly Statement[];
  result: ScenarioResult;
}

interface Tally {
  scenarios: Set<string>;
  unsupported: Set<string>;
  failures: number;
  example?: RuleExample;
}

function charge(t: Tally, j: JudgedScenario, payday: string | undefined, message: Said): void {
  t.failures += 1;
  if (!t.example && payday) t.example = sideBySide(j, payday, message);
}

/**
 * Rule by rule over the set: a rule passes when no finding of a scenario that exercises it is
 * charged to it; it is not exercised when no compared scenario names it (a scenario without a
 * usable answer exercises only the answering rule, which it fails).
 */
export function ruleVerdicts(judged: readonly JudgedScenario[]): RuleVerdict[] {
  const ids = [...Object.values(PROTOCOL_RULES), ...REGISTRY.map((c) => c.id)];
  const tally = new Map<string, Tally>(
    ids.map((id) => [id, { scenarios: new Set(), unsupported: new Set(), failures: 0 }]),
  );
  const at = (id: string) => tally.get(id) ?? tally.get(PROTOCOL_RULES.lines)!;
  for (const j of judged) {
    const error = j.result.error;
    const rules = exercised(j.reference);
    if (error?.kind === 'unsupported') {
      for (const id of rules) at(id).unsupported.add(j.scenario.id);
      continue;
    }
    if (error) {
      // No usable answer: only the answering rule is judged; the others are not exercised by it.
      at(PROTOCOL_RULES.answers).scenarios.add(j.scenario.id);
      charge(at(PROTOCOL_RULES.answers), j, undefined, failureSaid(error));
      continue;
    }
    for (const id of [...Object.values(PROTOCOL_RULES), ...rules]) at(id).scenarios.add(j.scenario.id);
    for (const v of j.result.violations) charge(at(PROTOCOL_RULES.addsUp), j, v.payday, violationSaid(v));
    for (const f of j.result.findings)
      if (f.kind === 'missed-pay' || f.kind === 'unexpected-pay')
        charge(at(PROTOCOL_RULES.answers), j, f.payday, findingSaid(f));
    for (const f of causes(j.result.findings))
      for (const id of rulesOf(f, j.reference)) charge(at(id), j, f.payday, findingSaid(f));
  }
  return ids.map((id) => {
    const t = tally.get(id)!;
    const status =
      t.failures > 0
        ? 'fail'
        : t.scenarios.size > 0
          ? 'pass'
          : t.unsupported.size > 0
            ? 'not-supported'
            : 'not-exercised';
    return {
      id,
      status,
      scenarios: [...(t.scenarios.size > 0 ? t.scenarios : t.unsupported)].sort(),
      failures: t.failures,
      ...(t.example && { example: t.example }),
    };
  });
}

export function conformanceReport(x: {
  vendorId: string;
  vendorName: string;
  judged: readonly JudgedScenario[];
}): ConformanceReport {
  const rules = ruleVerdicts(x.judged);
  return {
    vendorId: x.vendorId,
    vendorName: x.vendorName,
    scenarios: x.judged.map((j) => ({
      id: j.scenario.id,
      title: j.scenario.title,
      outcome: !j.result.error ? 'compared' : j.result.error.kind === 'unsupported' ? 'not-supported' : 'failed',
      ...(j.result.error && { message: j.result.error.message }),
      findings: j.result.findings.length,
    })),
    rules,
    passed: rules.every((r) => r.status !== 'fail'),
  };
}
