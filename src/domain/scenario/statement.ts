import { z } from 'zod';
import type { IsoDate, PayPeriod } from '../calendar';
import { Dec, Money, dec } from '../money';
import { defined } from './canonical';
import { endBeforeStart } from './event-checks';
import { decimal, id, isoDate, signedDecimal, signedMoney, text } from './fields';
import { baseErrorMap } from './messages';
import { failure, ParseResult, parseJsonText, unwrap } from './parse-result';
import { lineCode, periodJson } from './scenario.schema';
import type { LineCode } from './statement-codes';

/**
 * The canonical Statement: one employee's pay for one payday, as the reference engine and
 * every vendor adapter produce it. Line codes and sign conventions: statement-codes.ts.
 * Parsing checks shape, formats and date order only; whether gross and net add up is an
 * invariant judged by the checks (a vendor's wrong sum is a finding, not a parse error).
 */
export interface StatementLine {
  code: LineCode;
  /** The period this line is for; absent for the period paid on the payday (retro lines set it). */
  forPeriod?: PayPeriod;
  amount: Money;
  /** Hours or days behind the amount, when the line has them (overtime hours, LWOP days). */
  hours?: Dec;
  /** The rate applied (hourly, daily or annual), unrounded. */
  rate?: Dec;
  description: string;
}

export interface Statement {
  employeeId: string;
  payday: IsoDate;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  lines: StatementLine[];
  gross: Money;
  net: Money;
}

export const statementLineJson = z.strictObject({
  code: lineCode(),
  forPeriod: periodJson.optional().meta({ description: 'The period the line is for; absent for the current period.' }),
  amount: signedMoney(),
  hours: signedDecimal({ en: 'a number of hours', fr: 'un nombre d’heures' }, '7.5').optional(),
  rate: decimal({ en: 'a rate', fr: 'un taux' }, '36.6554').optional(),
  description: text(
    { en: 'a description', fr: 'une description' },
    { en: 'Regular pay', fr: 'Rémunération régulière' },
  ),
});

export const statementJson = z
  .strictObject({
    employeeId: id(),
    payday: isoDate(),
    periodStart: isoDate(),
    periodEnd: isoDate(),
    lines: z.array(statementLineJson),
    gross: signedMoney(),
    net: signedMoney(),
  })
  .meta({ title: 'payproof statement', description: "One employee's pay lines for one payday." });

export type StatementJson = z.output<typeof statementJson>;

function toStatement(s: StatementJson): Statement {
  const current = (p?: PayPeriod) => p !== undefined && p.start === s.periodStart && p.end === s.periodEnd;
  return {
    ...s,
    lines: s.lines.map((l) =>
      defined({
        code: l.code,
        // "absent" and "the current period" mean the same; keep one form so lines compare.
        forPeriod: current(l.forPeriod) ? undefined : l.forPeriod && { ...l.forPeriod },
        amount: Money.of(l.amount),
        hours: l.hours === undefined ? undefined : dec(l.hours),
        rate: l.rate === undefined ? undefined : dec(l.rate),
        description: l.description,
      }),
    ),
    gross: Money.of(s.gross),
    net: Money.of(s.net),
  };
}

/**
 * A statement from JSON this program wrote itself from a canonical statement
 * (statementToJson), without checking or normalising it again: for statements handed
 * between threads of one evaluation, where it runs for every line of every person. Input
 * from outside goes through parseStatement.
 */
export function statementFromJson(s: StatementJson): Statement {
  const lines: StatementLine[] = s.lines.map((l) => {
    const line: StatementLine = { code: l.code, amount: Money.of(l.amount), description: l.description };
    if (l.forPeriod !== undefined) line.forPeriod = { start: l.forPeriod.start, end: l.forPeriod.end };
    if (l.hours !== undefined) line.hours = dec(l.hours);
    if (l.rate !== undefined) line.rate = dec(l.rate);
    return line;
  });
  return {
    employeeId: s.employeeId,
    payday: s.payday,
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    lines,
    gross: Money.of(s.gross),
    net: Money.of(s.net),
  };
}

export function parseStatement(input: unknown): ParseResult<Statement> {
  const shaped = statementJson.safeParse(input, { error: baseErrorMap });
  if (!shaped.success) return failure(shaped.error.issues, 'statement');
  return parseShapedStatement(shaped.data);
}

/**
 * parseStatement for JSON whose shape a schema at least as strict as `statementJson` has
 * already checked (a supplier's answer: src/vendors/protocol/response.schema.ts, codes mapped
 * and checked): the periods' date order is still checked, the shape not twice (issue 13).
 */
export function parseShapedStatement(s: StatementJson): ParseResult<Statement> {
  const issues = [
    ...endBeforeStart({ start: s.periodStart, end: s.periodEnd, path: ['periodEnd'], startName: 'periodStart' }),
    ...s.lines.flatMap((l, i) =>
      l.forPeriod
        ? endBeforeStart({ start: l.forPeriod.start, end: l.forPeriod.end, path: ['lines', i, 'forPeriod', 'end'] })
        : [],
    ),
  ];
  if (issues.length > 0) return failure(issues, 'statement');
  return { ok: true, value: toStatement(s) };
}

export function parseStatementText(text: string): ParseResult<Statement> {
  const json = parseJsonText(text, 'statement');
  return json.ok ? parseStatement(json.value) : json;
}

export function parseStatementOrThrow(input: unknown): Statement {
  return unwrap(parseStatement(input), 'statement');
}

/** The JSON form: money as text with two decimals, hours and rates as decimal text. */
export function statementToJson(s: Statement): StatementJson {
  return {
    ...s,
    lines: s.lines.map((l) =>
      defined({
        code: l.code,
        forPeriod: l.forPeriod && { ...l.forPeriod },
        amount: l.amount.toString(),
        hours: l.hours?.toString(),
        rate: l.rate?.toString(),
        description: l.description,
      }),
    ),
    gross: s.gross.toString(),
    net: s.net.toString(),
  };
}
