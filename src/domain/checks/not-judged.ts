import type { IsoDate } from '../calendar';
import { Money } from '../money';
import { isEarning, type LineCode } from '../scenario';
import type { NotJudged, ReferencePay } from '../reference/engine/engine.types';
import type { KeyedLine, PayOnPayday } from './pay-lines';

/**
 * A supplier line the reference does not judge (its rule is not modelled: the reference's
 * not-judged.ts): shown with the supplier's amount and the reason, never a finding, never harm.
 */
export interface NotJudgedLine extends NotJudged {
  payday: IsoDate;
  /** The supplier's amount under this code on this payday (0.00 when it has none). */
  actual: Money;
}

/** The reference's not-judged codes per payday. */
export function notJudgedByPayday(pays: readonly ReferencePay[]): Map<IsoDate, NotJudged[]> {
  const out = new Map<IsoDate, NotJudged[]>();
  for (const p of pays) if (p.notJudged?.length) out.set(p.statement.payday, p.notJudged);
  return out;
}

/**
 * Splits a payday's keys into judged ones and the supplier's not-judged lines, and says how much
 * those lines moved the supplier's net (an earning adds to it, a deduction takes from it), so
 * net is compared without them.
 */
export function setAsideNotJudged(
  keys: readonly string[],
  pay: { payday: IsoDate; actual: PayOnPayday },
  notJudged: readonly NotJudged[],
): { judged: string[]; lines: NotJudgedLine[]; netEffect: Money } {
  const codes = new Set<LineCode>(notJudged.map((n) => n.code));
  const judged: string[] = [];
  const amounts = new Map<LineCode, Money>();
  for (const key of keys) {
    const line: KeyedLine | undefined = pay.actual.lines.get(key);
    const code = (line?.code ?? key.split('|')[0]) as LineCode;
    if (!codes.has(code)) judged.push(key);
    else if (line) amounts.set(code, (amounts.get(code) ?? Money.ZERO).plus(line.amount));
  }
  let netEffect = Money.ZERO;
  const lines = notJudged.map((n) => {
    const actual = amounts.get(n.code) ?? Money.ZERO;
    netEffect = isEarning(n.code) ? netEffect.plus(actual) : netEffect.minus(actual);
    return { ...n, payday: pay.payday, actual };
  });
  return { judged, lines, netEffect };
}

export function notJudgedNote(l: NotJudgedLine): string {
  return `${l.payday}: ${l.code} not judged (supplier ${isEarning(l.code) ? 'paid' : 'withheld'} ${l.actual}): ${l.reason} (convention ${l.convention}); net compared without it`;
}
