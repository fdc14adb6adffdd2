import { paydaysBetween } from '../../calendar';
import type { Scenario, Statement } from '../../scenario';
import type { LedgerEntry } from './defect-ledger.types';
import type { DefectExample, Occurrence } from './defect.types';

/**
 * A defect's example (issue 14: "the smallest scenario that shows it, with the supplier's
 * statement side by side with the reference's and the trace"): smallest by events plus paydays,
 * then by id, so the choice does not depend on the order people are judged in.
 */
export const sizeOf = (s: Scenario) => s.events.length + paydaysBetween(s.payRuns.from, s.payRuns.to).length;

export function example(e: LedgerEntry, o: Occurrence): DefectExample {
  const on = (list: readonly Statement[] | undefined) => list?.find((s) => s.payday === o.payday);
  const findings = o.roots.map((k) => e.result.findings[k]);
  const violations = o.violations.map((k) => e.result.violations[k]);
  return {
    scenarioId: e.scenario.id,
    size: sizeOf(e.scenario),
    ...(o.payday && { payday: o.payday }),
    codes: o.codes,
    ...(on(e.actual) && { supplier: on(e.actual) }),
    ...(on(e.reference.map((p) => p.statement)) && { reference: on(e.reference.map((p) => p.statement)) }),
    trace: findings.flatMap((f) => f.trace ?? []),
    messages: [...findings.map((f) => f.message), ...violations.map((v) => v.message)],
  };
}

export const smaller = (a: DefectExample, b: DefectExample) =>
  a.size < b.size || (a.size === b.size && a.scenarioId < b.scenarioId);
