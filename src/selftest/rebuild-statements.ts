import { recomputeDeductions } from '../domain/checks/defects/recompute-deductions';
import { Money } from '../domain/money';
import type { ReferencePay } from '../domain/reference/engine/engine.types';
import type { TraceStep } from '../domain/reference/trace';
import { isEarning, type LineCode, type Scenario, type Statement, type StatementLine } from '../domain/scenario';

/**
 * A planted supplier's statements: the reference's own, with some earning lines changed and
 * every deduction that depends on them withheld again by the reference's rules on the changed
 * base (recompute-deductions.ts), payday after payday so each year to date follows. So a planted
 * earnings defect is one defect, with correct consequences, as a careful supplier would make it.
 */
export interface PlantInput {
  scenario: Scenario;
  /** The reference's pays, traced (planters read the traces of earning lines). */
  reference: readonly ReferencePay[];
  history: readonly Statement[];
}

/** One statement's earning lines changed: gets each line with its trace, returns the new earning lines. */
export type EarningsChange = (s: Statement, lines: { line: StatementLine; trace: TraceStep[] }[]) => StatementLine[];

const RECOMPUTED: ReadonlySet<LineCode> = new Set<LineCode>([
  'CPP',
  'CPP2',
  'QPP',
  'QPP2',
  'EI',
  'QPIP',
  'FEDERAL_TAX',
  'PROVINCIAL_TAX',
  'PENSION',
]);

/** Gross and net from the lines (statement-codes.ts sign conventions). */
export function settle(s: Statement, lines: StatementLine[]): Statement {
  const gross = Money.sum(lines.filter((l) => isEarning(l.code)).map((l) => l.amount));
  const net = gross.minus(Money.sum(lines.filter((l) => !isEarning(l.code)).map((l) => l.amount)));
  return { ...s, lines, gross, net };
}

const sameLines = (a: readonly StatementLine[], b: readonly StatementLine[]) =>
  a.length === b.length && a.every((l, k) => l.code === b[k].code && l.amount.eq(b[k].amount));

function withDeductions(i: PlantInput, built: Statement[], s: Statement): Statement {
  const statements = i.reference.map((p) => p.statement);
  let current = s;
  // Twice: pension first, then the taxes that deduct it (T4127 F).
  for (let pass = 0; pass < 2; pass += 1) {
    const again = recomputeDeductions({
      scenario: i.scenario,
      history: i.history,
      actual: [...built, current],
      reference: statements,
    }).get(s.payday);
    const kept = current.lines.filter((l) => !RECOMPUTED.has(l.code));
    const redone = [...(again ?? new Map<LineCode, Money>())]
      .filter(([, amount]) => !amount.isZero())
      .map(([code, amount]) => ({ code, amount, description: `${code} (withheld again on the changed base)` }));
    current = settle(current, [...kept, ...redone]);
  }
  return current;
}

export function changeEarnings(i: PlantInput, change: EarningsChange): Statement[] {
  const built: Statement[] = [];
  let changed = false;
  for (const pay of i.reference) {
    const s = pay.statement;
    const lines = s.lines.map((line, k) => ({ line, trace: pay.lineTraces?.[k] ?? [] }));
    const earnings = lines.filter((x) => isEarning(x.line.code));
    const next = change(s, earnings);
    if (
      !sameLines(
        next,
        earnings.map((x) => x.line),
      )
    )
      changed = true;
    const draft = settle(s, [...next, ...s.lines.filter((l) => !isEarning(l.code))]);
    built.push(changed ? withDeductions(i, built, draft) : s);
  }
  return built;
}

/** One statement's deduction lines changed, nothing recomputed (a deduction defect of its own). */
export function changeLines(i: PlantInput, change: (s: Statement) => StatementLine[]): Statement[] {
  return i.reference.map((p) => settle(p.statement, change(p.statement)));
}
