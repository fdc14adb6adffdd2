import type { Statement, StatementLine } from '../scenario';
import type { Violation } from './finding.types';

export interface SameAnswerInput {
  scenarioId: string;
  /** The supplier's statements for one request, and for the same request sent again. */
  first: readonly Statement[];
  second: readonly Statement[];
}

/** A line as one comparable text: every field, amounts in canonical Money/decimal text. */
function lineText(l: StatementLine): string {
  const period = l.forPeriod ? ` for ${l.forPeriod.start} to ${l.forPeriod.end}` : '';
  const hours = l.hours ? ` hours ${l.hours.toString()}` : '';
  const rate = l.rate ? ` rate ${l.rate.toString()}` : '';
  return `${l.code}${period} ${l.amount}${hours}${rate} "${l.description}"`;
}

const keyOf = (s: Statement): string => `${s.payday} ${s.employeeId}`;
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The first field that differs between two statements for the same payday, in words. */
function statementDifference(a: Statement, b: Statement): string | undefined {
  for (const field of ['periodStart', 'periodEnd', 'gross', 'net'] as const) {
    const [x, y] = [String(a[field]), String(b[field])];
    if (x !== y) return `${field} ${x} the first time, ${y} the second`;
  }
  const [la, lb] = [a.lines.map(lineText).sort(byText), b.lines.map(lineText).sort(byText)];
  for (let i = 0; i < Math.max(la.length, lb.length); i += 1) {
    if (la[i] !== lb[i]) return `line ${la[i] ?? '(none)'} the first time, ${lb[i] ?? '(none)'} the second`;
  }
  return undefined;
}

/**
 * Determinism: the same request twice must give the same answer. The order of statements
 * and of lines within a statement does not count (the comparison keys them); every field
 * of every line does, descriptions included. Names the first difference, payday order.
 */
export function sameAnswer(input: SameAnswerInput): Violation | undefined {
  const first = new Map(input.first.map((s) => [keyOf(s), s]));
  const second = new Map(input.second.map((s) => [keyOf(s), s]));
  const keys = [...new Set([...first.keys(), ...second.keys()])].sort(byText);
  for (const key of keys) {
    const [a, b] = [first.get(key), second.get(key)];
    const payday = ((a ?? b) as Statement).payday;
    const why = !a
      ? 'no statement the first time, one the second'
      : !b
        ? 'a statement the first time, none the second'
        : statementDifference(a, b);
    if (why !== undefined) {
      return {
        scenarioId: input.scenarioId,
        check: 'same-answer-twice',
        payday,
        message: `Same request, different answers: on ${payday} the supplier gave ${why}`,
      };
    }
  }
  if (input.first.length !== input.second.length) {
    return {
      scenarioId: input.scenarioId,
      check: 'same-answer-twice',
      message: `Same request, different answers: ${input.first.length} statements the first time, ${input.second.length} the second`,
    };
  }
  return undefined;
}
