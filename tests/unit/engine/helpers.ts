import { runReference, type ReferenceResult } from '../../../src/domain/reference/engine';
import { parseScenarioOrThrow, type Statement, type StatementLine } from '../../../src/domain/scenario';

/** A valid scenario from a few fields: an Ontario PSSA-2 full-timer on claim code 1 unless told otherwise. */
export function scenarioOf(x: {
  id?: string;
  employee?: Record<string, unknown>;
  events?: unknown[];
  conventions?: string[];
  from: string;
  to: string;
}) {
  return parseScenarioOrThrow({
    id: x.id ?? 'worked-case',
    title: 'worked case',
    ...(x.conventions && { conventions: x.conventions }),
    employee: {
      id: 'E-1',
      province: 'ON',
      td1: { federal: { code: 1 }, provincial: { code: 1 } },
      pensionGroup: 'PSSA-2',
      classification: 'AS-02',
      step: 1,
      ...x.employee,
    },
    events: x.events ?? [],
    payRuns: { from: x.from, to: x.to },
  });
}

export function run(x: Parameters<typeof scenarioOf>[0], trace = false): ReferenceResult {
  return runReference(scenarioOf(x), { trace });
}

export function pay(result: ReferenceResult, payday: string): Statement {
  const found = result.pays.find((p) => p.statement.payday === payday);
  if (!found) throw new Error(`no statement on ${payday}`);
  return found.statement;
}

/** "CODE" or "CODE@periodStart" → amount text; absent lines are undefined. */
export function amounts(s: Statement): Record<string, string> {
  const key = (l: StatementLine) => (l.forPeriod ? `${l.code}@${l.forPeriod.start}` : l.code);
  return Object.fromEntries(s.lines.map((l) => [key(l), l.amount.toString()]));
}

export function sumOf(result: ReferenceResult, code: string): string {
  let cents = 0n;
  for (const p of result.pays) for (const l of p.statement.lines) if (l.code === code) cents += l.amount.toCents();
  return (Number(cents) / 100).toFixed(2);
}
