import type { IsoDate } from '../calendar';
import { Money } from '../money';
import type { Statement } from '../scenario';
import type { Finding, ReferencePay } from './finding.types';
import { directionOf, netEffectOf } from './harm';
import { grossMessage, missedPayMessage, netMessage, unexpectedPayMessage } from './messages';
import { compareLine, type CompareContext } from './compare-line';
import { lineKey, type PayOnPayday, paysByPayday, unionKeys } from './pay-lines';
import { conventionsNamedIn } from '../conventions';
import { DEFAULT_POLICY, severityOf, type TolerancePolicy, withinTolerance } from './tolerance-policy';
import { type NotJudgedLine, notJudgedByPayday, notJudgedNote, setAsideNotJudged } from './not-judged';
import type { NotJudged } from '../reference/engine/engine.types';

export interface CompareInput {
  scenarioId: string;
  /** The reference's pays: statement per payday, with one trace per line when traced. */
  expected: readonly ReferencePay[];
  /** The supplier's statements for the same scenario (any order). */
  actual: readonly Statement[];
  policy?: TolerancePolicy;
}

export interface Comparison {
  findings: Finding[];
  /** Line keys (code + forPeriod per payday) compared, and how many agreed within tolerance. */
  lines: { total: number; matched: number };
  /** Plain sentences about how the comparison was done: summed lines, merged statements, lines not judged. */
  notes: string[];
  /** Supplier lines the reference does not judge (reference not-judged.ts): shown, never findings. */
  notJudged: NotJudgedLine[];
}

/**
 * A pay on one side only: the whole net is the harm. Missed: the person gets nothing of the
 * expected net (net effect −net). Unexpected: they get a pay nobody owed them (+net).
 */
function payFinding(ctx: CompareContext, payday: IsoDate, side: 'missed' | 'unexpected', net: Money): Finding {
  const missed = side === 'missed';
  const [expected, actual] = missed ? [net, Money.ZERO] : [Money.ZERO, net];
  const difference = actual.minus(expected);
  const netEffect = netEffectOf('NET', difference);
  return {
    scenarioId: ctx.scenarioId,
    kind: missed ? 'missed-pay' : 'unexpected-pay',
    payday,
    code: null,
    expected,
    actual,
    difference,
    netEffect,
    direction: directionOf(netEffect),
    severity: severityOf(ctx.policy, missed ? 'missed-pay' : 'unexpected-pay', difference),
    message: missed ? missedPayMessage(payday, net) : unexpectedPayMessage(payday, net),
  };
}

function totalFinding(
  ctx: CompareContext,
  payday: IsoDate,
  subject: 'GROSS' | 'NET',
  amounts: { expected: Money; actual: Money },
): Finding[] {
  const difference = amounts.actual.minus(amounts.expected);
  if (withinTolerance(ctx.policy, subject, difference)) return [];
  const kind = subject === 'GROSS' ? 'gross' : 'net';
  const netEffect = netEffectOf(subject, difference);
  const message = (subject === 'GROSS' ? grossMessage : netMessage)(payday, amounts.expected, amounts.actual);
  return [
    {
      scenarioId: ctx.scenarioId,
      kind,
      payday,
      code: null,
      ...amounts,
      difference,
      netEffect,
      direction: directionOf(netEffect),
      severity: severityOf(ctx.policy, kind, difference),
      message,
    },
  ];
}

function mergedNote(side: string, pay: PayOnPayday | undefined): string[] {
  return pay && pay.statements > 1
    ? [`${pay.payday}: ${side} has ${pay.statements} statements on this payday; compared as one pay`]
    : [];
}

/**
 * Compares one payday present on both sides: every judged line key, then gross, then net (the
 * supplier's net without the lines the reference does not judge that day).
 */
function comparePay(
  ctx: CompareContext,
  e: PayOnPayday,
  a: PayOnPayday,
  out: Comparison,
  notJudged: readonly NotJudged[] = [],
): void {
  const aside = setAsideNotJudged(unionKeys(e.lines, a.lines), { payday: e.payday, actual: a }, notJudged);
  out.notJudged.push(...aside.lines);
  out.notes.push(...aside.lines.map(notJudgedNote));
  for (const key of aside.judged) {
    const outcome = compareLine(ctx, e.payday, e.lines.get(key), a.lines.get(key));
    out.lines.total += 1;
    if (outcome.finding) out.findings.push(outcome.finding);
    else out.lines.matched += 1;
    if (outcome.note) out.notes.push(outcome.note);
  }
  out.findings.push(...totalFinding(ctx, e.payday, 'GROSS', { expected: e.gross, actual: a.gross }));
  out.findings.push(...totalFinding(ctx, e.payday, 'NET', { expected: e.net, actual: a.net.minus(aside.netEffect) }));
}

/**
 * A reference pay with no line and net 0.00 (reference-engine.md section 5: "one with nothing
 * to pay has no lines"): a supplier that sends no statement for it leaves the person no worse
 * off, so it is not a missed pay and nothing is compared.
 */
function isNothingToPay(pay: PayOnPayday): boolean {
  return pay.lines.size === 0 && pay.net.isZero();
}

/**
 * The supplier's statements against the reference's, payday by payday, in payday order.
 * A payday on one side only is a missed or unexpected pay (one finding for the whole pay;
 * its lines count as compared and not matched), except a reference pay of nothing that the
 * supplier leaves out (isNothingToPay). Both sides: see comparePay and compare-line.ts.
 */
export function compareStatements(input: CompareInput): Comparison {
  const ctx: CompareContext = { scenarioId: input.scenarioId, policy: input.policy ?? DEFAULT_POLICY };
  const expected = paysByPayday(input.expected);
  const actual = paysByPayday(input.actual.map((statement) => ({ statement })));
  const out: Comparison = { findings: [], lines: { total: 0, matched: 0 }, notes: [], notJudged: [] };
  const notJudged = notJudgedByPayday(input.expected);
  const paydays = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  for (const payday of paydays) {
    const e = expected.get(payday);
    const a = actual.get(payday);
    out.notes.push(...mergedNote('the reference', e), ...mergedNote('the supplier', a));
    if (e && a) comparePay(ctx, e, a, out, notJudged.get(payday));
    else if (e && isNothingToPay(e)) continue;
    else {
      const only = (e ?? a) as PayOnPayday;
      out.findings.push(payFinding(ctx, payday, e ? 'missed' : 'unexpected', only.net));
      out.lines.total += only.lines.size;
    }
  }
  return out;
}

/**
 * Findings judged against the untraced reference, given the trace of their own line from the
 * traced reference of the same scenario: what compareStatements gives with the traced
 * reference, without comparing every line a second time (issue 13; tested equal). A finding
 * with no reference line (an unexpected line) has no trace either way.
 */
export function withLineTraces(findings: readonly Finding[], traced: readonly ReferencePay[]): Finding[] {
  if (findings.length === 0) return [];
  const pays = paysByPayday(traced);
  return findings.map((f) => {
    // Only these compare a reference line.
    if ((f.kind !== 'different' && f.kind !== 'missing') || f.code === null) return f;
    const trace = pays.get(f.payday)?.lines.get(lineKey(f.code, f.forPeriod))?.trace;
    if (trace === undefined) return f;
    const { message, ...rest } = f;
    const conventions = conventionsNamedIn(trace);
    return { ...rest, trace, ...(conventions.length > 0 && { conventions }), message };
  });
}
