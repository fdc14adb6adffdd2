import type { IsoDate, PayPeriod } from '../calendar';
import type { Money } from '../money';
import { isEarning, type LineCode } from '../scenario';

/**
 * Plain-language finding messages, one sentence an auditor or a volunteer can read without
 * the codebook: "CPP on 2026-03-11: supplier withheld 129.29, reference 129.30 (0.01 less)".
 * Amounts print as Money text (two decimals, no thousands separator) so they can be
 * searched for and re-added exactly.
 */
export interface LineMessageInput {
  code: LineCode;
  forPeriod?: PayPeriod;
  payday: IsoDate;
  expected: Money;
  actual: Money;
  summed?: { expected: number; actual: number };
}

function label(code: LineCode, forPeriod: PayPeriod | undefined, payday: IsoDate): string {
  const period = forPeriod ? ` for ${forPeriod.start} to ${forPeriod.end}` : '';
  return `${code}${period} on ${payday}`;
}

/** "(0.01 less)", "(12.00 more)": the supplier's amount against the reference's. */
function gap(expected: Money, actual: Money): string {
  const d = actual.minus(expected);
  return `(${d.abs()} ${d.isNegative() ? 'less' : 'more'})`;
}

/** Earnings are paid, deductions withheld (statement-codes.ts). */
const verb = (code: LineCode): string => (isEarning(code) ? 'paid' : 'withheld');

function summedNote(s: LineMessageInput['summed']): string {
  if (!s) return '';
  const n = (k: number) => `${k} line${k === 1 ? '' : 's'}`;
  return `; supplier sent ${n(s.actual)}, reference ${n(s.expected)} under this code and period, compared as sums`;
}

export function differentMessage(i: LineMessageInput): string {
  return `${label(i.code, i.forPeriod, i.payday)}: supplier ${verb(i.code)} ${i.actual}, reference ${i.expected} ${gap(i.expected, i.actual)}${summedNote(i.summed)}`;
}

export function missingMessage(i: LineMessageInput): string {
  return `${label(i.code, i.forPeriod, i.payday)}: supplier has no line, reference ${verb(i.code)} ${i.expected}${summedNote(i.summed)}`;
}

export function unexpectedMessage(i: LineMessageInput): string {
  return `${label(i.code, i.forPeriod, i.payday)}: supplier ${verb(i.code)} ${i.actual}, reference has no line${summedNote(i.summed)}`;
}

/** "over-paid 10.00", "under-paid 10.00", "no effect on net pay". */
export function harmWords(netEffect: Money): string {
  if (netEffect.isZero()) return 'no effect on net pay';
  return `${netEffect.isPositive() ? 'over' : 'under'}-paid ${netEffect.abs()}`;
}

export function grossMessage(payday: IsoDate, expected: Money, actual: Money): string {
  return `Gross on ${payday}: supplier ${actual}, reference ${expected} ${gap(expected, actual)}`;
}

export function netMessage(payday: IsoDate, expected: Money, actual: Money): string {
  return `Net on ${payday}: supplier paid ${actual}, reference ${expected} (${harmWords(actual.minus(expected))})`;
}

export function missedPayMessage(payday: IsoDate, expectedNet: Money): string {
  return `Missed pay on ${payday}: supplier has no statement, reference net ${expectedNet} (${harmWords(expectedNet.negated())})`;
}

export function unexpectedPayMessage(payday: IsoDate, actualNet: Money): string {
  return `Unexpected pay on ${payday}: supplier paid net ${actualNet}, reference has no pay (${harmWords(actualNet)})`;
}
