import type { IsoDate } from '../calendar';
import { conventionsNamedIn } from '../conventions';
import { Money } from '../money';
import type { Finding, FindingKind } from './finding.types';
import { directionOf, netEffectOf } from './harm';
import { differentMessage, type LineMessageInput, missingMessage, unexpectedMessage } from './messages';
import type { KeyedLine } from './pay-lines';
import { severityOf, type TolerancePolicy, withinTolerance } from './tolerance-policy';

export interface CompareContext {
  scenarioId: string;
  policy: TolerancePolicy;
}

export interface LineOutcome {
  /** Absent when the line matched within the code's tolerance. */
  finding?: Finding;
  /** Said when lines were summed under one key, even when the sums matched. */
  note?: string;
}

/**
 * One key (code + forPeriod) on one payday. An absent line counts as 0.00, so an expected
 * 0.00 line the supplier leaves out, or a 0.00 line it adds, is a match, not a finding.
 * Beyond tolerance: 'missing' when the supplier has no line, 'unexpected' when the
 * reference has none, 'different' otherwise.
 */
export function compareLine(
  ctx: CompareContext,
  payday: IsoDate,
  e: KeyedLine | undefined,
  a: KeyedLine | undefined,
): LineOutcome {
  const line = (e ?? a) as KeyedLine;
  const expected = e?.amount ?? Money.ZERO;
  const actual = a?.amount ?? Money.ZERO;
  const difference = actual.minus(expected);
  const summed =
    (e?.count ?? 0) > 1 || (a?.count ?? 0) > 1 ? { expected: e?.count ?? 0, actual: a?.count ?? 0 } : undefined;
  const m: LineMessageInput = {
    code: line.code,
    ...(line.forPeriod && { forPeriod: line.forPeriod }),
    payday,
    expected,
    actual,
    ...(summed && { summed }),
  };
  const note =
    summed &&
    `${payday}: ${summed.actual} supplier and ${summed.expected} reference ${line.code} line(s) under one code and period; compared as sums`;
  if (withinTolerance(ctx.policy, line.code, difference)) return note ? { note } : {};
  const kind: FindingKind = a === undefined ? 'missing' : e === undefined ? 'unexpected' : 'different';
  const message =
    kind === 'missing' ? missingMessage(m) : kind === 'unexpected' ? unexpectedMessage(m) : differentMessage(m);
  const netEffect = netEffectOf(line.code, difference);
  const finding: Finding = {
    scenarioId: ctx.scenarioId,
    kind,
    payday,
    code: line.code,
    ...(line.forPeriod && { forPeriod: line.forPeriod }),
    expected,
    actual,
    difference,
    netEffect,
    direction: directionOf(netEffect),
    severity: severityOf(ctx.policy, kind, difference),
    ...(summed && { summed }),
    ...(e?.trace && { trace: e.trace }),
    ...(e?.trace && conventionsNamedIn(e.trace).length > 0 && { conventions: conventionsNamedIn(e.trace) }),
    message,
  };
  return note ? { finding, note } : { finding };
}
