import { Money } from '../../money';
import { isEarning, type LineCode, type Statement, type StatementLine } from '../../scenario';

/**
 * What one statement says about the base of its deductions, read from its own lines the way the
 * reference builds its deductions (run-reference.ts `deductions`, docs/reference-engine.md §4):
 * - current: the period's own earning lines (LWOP included, negative);
 * - salary: REGULAR + ACTING + LWOP of the period, the pensionable salary of the PSSA rule;
 * - retro: earning lines for an earlier period that add pay, taxed as one non-periodic payment;
 * - reversed: earning lines for an earlier period that take pay back (same-year reversals),
 *   which lower the periodic pay;
 * - pension and union dues as withheld (they lower taxable income: T4127 F, U1).
 */
export interface DeductionBase {
  current: Money;
  salary: Money;
  retro: Money;
  retroPeriods: number;
  reversed: Money;
  pension: Money;
  unionDues: Money;
}

const SALARY: ReadonlySet<LineCode> = new Set<LineCode>(['REGULAR', 'ACTING', 'LWOP']);

/** A line for the statement's own period (forPeriod absent or equal to it). */
export function isCurrent(l: StatementLine, s: Statement): boolean {
  return l.forPeriod === undefined || (l.forPeriod.start === s.periodStart && l.forPeriod.end === s.periodEnd);
}

const total = (lines: readonly StatementLine[]) => Money.sum(lines.map((l) => l.amount));

export function deductionBase(s: Statement): DeductionBase {
  const earnings = s.lines.filter((l) => isEarning(l.code));
  const current = earnings.filter((l) => isCurrent(l, s));
  const earlier = earnings.filter((l) => !isCurrent(l, s));
  const added = earlier.filter((l) => l.amount.isPositive());
  return {
    current: total(current),
    salary: total(current.filter((l) => SALARY.has(l.code))),
    retro: total(added),
    retroPeriods: new Set(added.map((l) => `${l.forPeriod?.start}`)).size,
    reversed: total(earlier.filter((l) => l.amount.isNegative())),
    pension: total(s.lines.filter((l) => l.code === 'PENSION')),
    unionDues: total(s.lines.filter((l) => l.code === 'UNION_DUES')),
  };
}

/** The amount of one code on a statement (lines under one code summed), 0.00 when absent. */
export function amountOf(s: Statement | undefined, code: LineCode): Money {
  return s ? total(s.lines.filter((l) => l.code === code)) : Money.ZERO;
}
