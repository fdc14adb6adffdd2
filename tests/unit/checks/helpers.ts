import { Money } from '../../../src/domain/money';
import type { LineCode, Statement, StatementLine } from '../../../src/domain/scenario';
import { isEarning } from '../../../src/domain/scenario';

/** ['REGULAR', '2639.11'] or ['RETRO_ADJUSTMENT', '10.00', { start, end }]. */
export type LineSpec = [LineCode, string, { start: string; end: string }?];

/**
 * A statement whose gross and net add up from its lines (statement-codes.ts sign conventions),
 * unless gross or net is given to break an invariant on purpose.
 */
export function statement(payday: string, lines: LineSpec[], totals: { gross?: string; net?: string } = {}): Statement {
  const built: StatementLine[] = lines.map(([code, amount, forPeriod]) => ({
    code,
    amount: Money.of(amount),
    description: code,
    ...(forPeriod && { forPeriod }),
  }));
  const gross = Money.sum(built.filter((l) => isEarning(l.code)).map((l) => l.amount));
  const net = gross.minus(Money.sum(built.filter((l) => !isEarning(l.code)).map((l) => l.amount)));
  return {
    employeeId: 'E1',
    payday,
    periodStart: '2026-01-01',
    periodEnd: '2026-01-14',
    lines: built,
    gross: totals.gross ? Money.of(totals.gross) : gross,
    net: totals.net ? Money.of(totals.net) : net,
  };
}

export const m = (text: string): Money => Money.of(text);
