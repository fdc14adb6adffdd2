import type { PayPeriod, PayRun } from '../../calendar';
import { Money } from '../../money';
import { LINE_CODE_LIST, isEarning, type LineCode, type StatementLine } from '../../scenario';
import type { TraceStep } from '../trace';
import type { NotJudged, ReferencePay } from './engine.types';

/** A line of a run before it is put on a statement. */
export interface Line {
  code: LineCode;
  forPeriod?: PayPeriod;
  amount: Money;
  hours?: StatementLine['hours'];
  description: string;
  trace: TraceStep[];
}

const CODE_ORDER = new Map(LINE_CODE_LIST.map((c, i) => [c, i]));

/** A run's lines as a statement: documentation order, gross = Σ earnings, net = gross − Σ deductions. */
export function toStatement(x: {
  employeeId: string;
  run: PayRun;
  lines: Line[];
  notJudged: NotJudged[];
  trace: boolean;
}): ReferencePay {
  const sorted = [...x.lines].sort(
    (a, b) =>
      (CODE_ORDER.get(a.code) ?? 0) - (CODE_ORDER.get(b.code) ?? 0) ||
      (a.forPeriod?.start ?? '').localeCompare(b.forPeriod?.start ?? ''),
  );
  const gross = Money.sum(sorted.filter((l) => isEarning(l.code)).map((l) => l.amount));
  const net = gross.minus(Money.sum(sorted.filter((l) => !isEarning(l.code)).map((l) => l.amount)));
  const statement = {
    employeeId: x.employeeId,
    payday: x.run.payday,
    periodStart: x.run.periodStart,
    periodEnd: x.run.periodEnd,
    lines: sorted.map((l) => ({
      code: l.code,
      ...(l.forPeriod && { forPeriod: l.forPeriod }),
      amount: l.amount,
      ...(l.hours && { hours: l.hours }),
      description: l.description,
    })),
    gross,
    net,
  };
  return {
    statement,
    ...(x.trace && { lineTraces: sorted.map((l) => l.trace) }),
    ...(x.notJudged.length > 0 && { notJudged: x.notJudged }),
  };
}
