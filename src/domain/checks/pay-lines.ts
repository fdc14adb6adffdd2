import type { IsoDate, PayPeriod } from '../calendar';
import { Money } from '../money';
import type { TraceStep } from '../reference/trace';
import { LINE_CODE_LIST, type LineCode, type Statement, type StatementLine } from '../scenario';
import type { ReferencePay } from './finding.types';

/**
 * One side's lines for one payday, keyed for comparison by code + forPeriod. A forPeriod
 * equal to the statement's own period means the current period, the same as absent
 * (statement.ts normalises parsed statements the same way). Lines sharing a key are summed
 * and counted, so the finding can say so.
 */
export interface KeyedLine {
  code: LineCode;
  forPeriod?: PayPeriod;
  amount: Money;
  count: number;
  trace?: TraceStep[];
}

/** One side's pay on one payday: several statements on the same payday are merged. */
export interface PayOnPayday {
  payday: IsoDate;
  gross: Money;
  net: Money;
  lines: Map<string, KeyedLine>;
  statements: number;
}

function periodOf(line: StatementLine, s: Statement): PayPeriod | undefined {
  const p = line.forPeriod;
  return p === undefined || (p.start === s.periodStart && p.end === s.periodEnd) ? undefined : p;
}

export function lineKey(code: LineCode, forPeriod?: PayPeriod): string {
  return forPeriod ? `${code}|${forPeriod.start}|${forPeriod.end}` : `${code}|`;
}

function addLine(pay: PayOnPayday, line: StatementLine, s: Statement, trace: TraceStep[] | undefined): void {
  const forPeriod = periodOf(line, s);
  const key = lineKey(line.code, forPeriod);
  const seen = pay.lines.get(key);
  if (seen === undefined) {
    pay.lines.set(key, {
      code: line.code,
      ...(forPeriod && { forPeriod }),
      amount: line.amount,
      count: 1,
      ...(trace && { trace: [...trace] }),
    });
    return;
  }
  seen.amount = seen.amount.plus(line.amount);
  seen.count += 1;
  if (trace) seen.trace = [...(seen.trace ?? []), ...trace];
}

/** Every payday of one side, merged per payday. */
export function paysByPayday(pays: readonly ReferencePay[]): Map<IsoDate, PayOnPayday> {
  const out = new Map<IsoDate, PayOnPayday>();
  for (const { statement: s, lineTraces } of pays) {
    let pay = out.get(s.payday);
    if (pay === undefined) {
      pay = { payday: s.payday, gross: Money.ZERO, net: Money.ZERO, lines: new Map(), statements: 0 };
      out.set(s.payday, pay);
    }
    pay.gross = pay.gross.plus(s.gross);
    pay.net = pay.net.plus(s.net);
    pay.statements += 1;
    s.lines.forEach((line, i) => addLine(pay, line, s, lineTraces?.[i]));
  }
  return out;
}

const CODE_ORDER = new Map<LineCode, number>(LINE_CODE_LIST.map((c, i) => [c, i]));

/** Both sides' keys in a stable order: line-code documentation order, the current period (shortest key) first, then by period. */
export function unionKeys(a: Map<string, KeyedLine>, b: Map<string, KeyedLine>): string[] {
  const all = new Map([...b, ...a]);
  return [...all.keys()].sort((x, y) => {
    const lx = all.get(x) as KeyedLine;
    const ly = all.get(y) as KeyedLine;
    const byCode = (CODE_ORDER.get(lx.code) ?? 0) - (CODE_ORDER.get(ly.code) ?? 0);
    return byCode !== 0 ? byCode : x < y ? -1 : x > y ? 1 : 0;
  });
}
