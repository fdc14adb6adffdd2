import type { IsoDate, PayPeriod } from '../calendar';
import { Money } from '../money';
import type { ReferencePay } from '../reference/engine';
import type { TraceStep } from '../reference/trace';
import type { ExpectedLine, LineCode, Statement } from '../scenario';
import type { Direction } from './finding.types';
import { directionOf, netEffectOf } from './harm';

/**
 * A volunteer's stub lines (a scenario's `expected` rows) checked against the reference:
 * "was my pay right?". The stub is what was paid; the reference is what was due.
 * - matches: the stub's amount is the reference's, to the cent;
 * - differs: it is not; `difference` = stub − correct and `direction` says which way the
 *   person's net pay was harmed (harm.ts: an earning paid short, or a deduction over-withheld,
 *   is 'under'); a line the reference does not pay at all counts as a correct 0.00, as in
 *   the supplier comparison (compare-line.ts);
 * - not-produced: the stub's payday is not among the scenario's paydays, so nothing can be
 *   said until first_payday..last_payday includes it.
 */
export type StubVerdict = 'matches' | 'differs' | 'not-produced';

export interface StubCheck {
  payday: IsoDate;
  code: LineCode;
  forPeriod?: PayPeriod;
  /** The amount on the stub. */
  stub: Money;
  /** The reference's amount for the same payday, code and period (summed if it has several); null when not produced. */
  correct: Money | null;
  /** Whether the reference pays such a line at all on that payday. */
  referenceHasLine: boolean;
  verdict: StubVerdict;
  /** stub − correct (0.00 when not produced). */
  difference: Money;
  /** What the difference did to net pay, as a positive amount. */
  netEffect: Money;
  direction: Direction;
  source: string;
  description?: string;
  /** The reference's trace of the line(s) it was compared with (empty without a trace). */
  trace: TraceStep[];
}

const samePeriod = (a: PayPeriod | undefined, b: PayPeriod | undefined, s: Statement): boolean =>
  (a?.start ?? s.periodStart) === (b?.start ?? s.periodStart) && (a?.end ?? s.periodEnd) === (b?.end ?? s.periodEnd);

function notProduced(line: ExpectedLine): StubCheck {
  return {
    ...common(line),
    correct: null,
    referenceHasLine: false,
    verdict: 'not-produced',
    difference: Money.ZERO,
    netEffect: Money.ZERO,
    direction: 'none',
    trace: [],
  };
}

function common(line: ExpectedLine) {
  return {
    payday: line.payday,
    code: line.code,
    ...(line.forPeriod && { forPeriod: line.forPeriod }),
    stub: line.amount,
    source: line.source,
    ...(line.description !== undefined && { description: line.description }),
  };
}

/** One stub line against the reference's statements of its payday. */
function checkLine(line: ExpectedLine, pays: readonly ReferencePay[]): StubCheck {
  const onPayday = pays.filter((p) => p.statement.payday === line.payday);
  if (onPayday.length === 0) return notProduced(line);
  const found = onPayday.flatMap((p) =>
    p.statement.lines
      .map((l, i) => ({ l, trace: p.lineTraces?.[i] ?? [] }))
      .filter(({ l }) => l.code === line.code && samePeriod(l.forPeriod, line.forPeriod, p.statement)),
  );
  const correct = Money.sum(found.map(({ l }) => l.amount));
  const difference = line.amount.minus(correct);
  const netEffect = netEffectOf(line.code, difference);
  return {
    ...common(line),
    correct,
    referenceHasLine: found.length > 0,
    verdict: difference.isZero() ? 'matches' : 'differs',
    difference,
    netEffect: netEffect.abs(),
    direction: directionOf(netEffect),
    trace: found.flatMap(({ trace }) => trace),
  };
}

/** Every stub line of a scenario, in the scenario's order, checked against the reference's pays. */
export function checkExpectedLines(expected: readonly ExpectedLine[], pays: readonly ReferencePay[]): StubCheck[] {
  return expected.map((line) => checkLine(line, pays));
}
