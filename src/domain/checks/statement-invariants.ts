import { Money } from '../money';
import { isEarning, type Statement } from '../scenario';
import type { Violation } from './finding.types';

/**
 * Invariants of one supplier statement on its own (statement-codes.ts sign conventions):
 * gross = Σ earning lines, net = gross − Σ deduction lines, every amount in whole cents.
 * They need no reference: a statement that breaks them is wrong whatever the right pay is.
 */
export function grossEqualsEarnings(scenarioId: string, s: Statement): Violation[] {
  const earnings = Money.sum(s.lines.filter((l) => isEarning(l.code)).map((l) => l.amount));
  if (earnings.eq(s.gross)) return [];
  return [
    {
      scenarioId,
      check: 'gross-equals-sum-of-earnings',
      payday: s.payday,
      required: earnings,
      found: s.gross,
      message: `Gross on ${s.payday}: supplier says ${s.gross}, but its earning lines add up to ${earnings} (${s.gross.minus(earnings).abs()} apart)`,
    },
  ];
}

export function netEqualsGrossMinusDeductions(scenarioId: string, s: Statement): Violation[] {
  const deductions = Money.sum(s.lines.filter((l) => !isEarning(l.code)).map((l) => l.amount));
  const required = s.gross.minus(deductions);
  if (required.eq(s.net)) return [];
  return [
    {
      scenarioId,
      check: 'net-equals-gross-minus-deductions',
      payday: s.payday,
      required,
      found: s.net,
      message: `Net on ${s.payday}: supplier says ${s.net}, but gross ${s.gross} minus deductions ${deductions} is ${required} (${s.net.minus(required).abs()} apart)`,
    },
  ];
}

/**
 * Money.of and Money.fromCents already refuse fractions of a cent, so this can only fail for
 * a statement built around them; kept (cheap: one scale test per amount) so the invariant
 * list is complete and states what the other invariants rely on.
 */
export function wholeCents(scenarioId: string, s: Statement): Violation[] {
  const amounts = [
    ...s.lines.map((l) => ({ what: l.code, amount: l.amount })),
    { what: 'gross', amount: s.gross },
    { what: 'net', amount: s.net },
  ];
  return amounts
    .filter((a) => a.amount.toDecimal().decimalPlaces() > 2)
    .map((a) => ({
      scenarioId,
      check: 'whole-cents' as const,
      payday: s.payday,
      message: `${a.what} on ${s.payday}: ${a.amount.toDecimal().toString()} is not a whole number of cents`,
    }));
}
