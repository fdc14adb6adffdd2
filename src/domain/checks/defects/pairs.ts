import { type IsoDate, type PayPeriod, periodOfPayday } from '../../calendar';
import { Money } from '../../money';
import { isEarning, type LineCode, type Statement } from '../../scenario';
import type { Finding } from '../finding.types';
import { ROUNDING } from './signature';

/**
 * Roots that are one misplacement of money, not two defects (docs/defects.md, "Pairs"):
 * - moved: on one payday, what the reference pays under one code the supplier pays under another
 *   (arrears added to REGULAR instead of RETRO_ADJUSTMENT lines): the two differences cancel;
 * - timing: the amount due for one period, paid or taken back on another payday (acting paid a
 *   pay late, an overpayment recovered before three correct pays): the differences cancel
 *   across the two paydays.
 * Differences cancel when what is left is at most a cent per line involved, or at most half of
 * the smaller side: a second defect on the same line (calendar-day proration of the arrears,
 * say) must not hide the misplacement, which is the larger harm.
 */
export interface Pair {
  kind: 'moved' | 'timing' | 'missed-pay' | 'unexpected-pay';
  /** Indices of the findings it joins; the first is the reference's side. */
  members: number[];
  subject: LineCode;
  to?: LineCode;
  direction?: 'late' | 'early';
  /** For a whole pay: which way the person's net went. */
  pay?: 'over' | 'under';
  payday: IsoDate;
  forPeriod?: PayPeriod;
}

const periodKey = (f: Finding) => {
  const p = f.forPeriod ?? periodOfPayday(f.payday);
  return `${p.start}|${p.end}`;
};
function cancels(one: Finding, others: readonly Finding[]): boolean {
  const other = Money.sum(others.map((f) => f.netEffect));
  if (one.netEffect.isPositive() === other.isPositive()) return false;
  const left = one.netEffect.plus(other).abs();
  const smaller = Money.min(one.netEffect.abs(), other.abs());
  return left.lte(Money.fromCents(others.length + 1)) || left.lte(Money.roundHalfUp(smaller.toDecimal().dividedBy(2)));
}

/** The same money, for the same period, on two paydays. */
function samePeriod(a: Finding, b: Finding): boolean {
  if (a.code === b.code) return (a.forPeriod?.start ?? '') === (b.forPeriod?.start ?? '') || a.code === 'RECOVERY';
  const retro = (f: Finding) => f.code === 'RETRO_ADJUSTMENT' && f.forPeriod !== undefined;
  const current = (f: Finding) => f.code !== null && isEarning(f.code) && f.forPeriod === undefined;
  return ((retro(a) && current(b)) || (retro(b) && current(a))) && periodKey(a) === periodKey(b);
}

function timingPairs(findings: readonly Finding[], free: Set<number>): Pair[] {
  const out: Pair[] = [];
  const candidates = [...free].filter((k) => {
    const f = findings[k];
    return f.code !== null && (isEarning(f.code) || f.code === 'RECOVERY') && f.difference.abs().gt(ROUNDING);
  });
  for (const a of candidates) {
    if (!free.has(a)) continue;
    const b = candidates.find(
      (k) =>
        free.has(k) &&
        k !== a &&
        findings[k].payday > findings[a].payday &&
        samePeriod(findings[a], findings[k]) &&
        cancels(findings[a], [findings[k]]),
    );
    if (b === undefined) continue;
    const [fa, fb] = [findings[a], findings[b]];
    const [ref, sup] = fa.expected.abs().gte(fb.expected.abs()) ? [a, b] : [b, a];
    out.push({
      kind: 'timing',
      members: [ref, sup],
      subject: findings[ref].code as LineCode,
      direction: findings[sup].payday > findings[ref].payday ? 'late' : 'early',
      payday: findings[ref].payday,
      ...(findings[ref].forPeriod && { forPeriod: findings[ref].forPeriod }),
    });
    free.delete(a);
    free.delete(b);
  }
  return out;
}

function movedPairs(findings: readonly Finding[], free: Set<number>): Pair[] {
  const out: Pair[] = [];
  const earning = [...free].filter((k) => {
    const f = findings[k];
    return f.code !== null && isEarning(f.code) && f.difference.abs().gt(ROUNDING);
  });
  for (const p of earning.filter((k) => findings[k].difference.isPositive())) {
    if (!free.has(p)) continue;
    const short = earning.filter(
      (k) =>
        free.has(k) &&
        findings[k].payday === findings[p].payday &&
        findings[k].difference.isNegative() &&
        findings[k].code !== findings[p].code,
    );
    const codes = [...new Set(short.map((k) => findings[k].code as LineCode))];
    for (const code of codes) {
      const group = short.filter((k) => findings[k].code === code);
      if (
        !cancels(
          findings[p],
          group.map((k) => findings[k]),
        )
      )
        continue;
      out.push({
        kind: 'moved',
        members: [...group, p],
        subject: code,
        to: findings[p].code as LineCode,
        payday: findings[p].payday,
      });
      for (const k of [p, ...group]) free.delete(k);
      break;
    }
  }
  return out;
}

/** The statements of both sides, for whole pays. */
export interface Sides {
  reference: readonly Statement[];
  actual: readonly Statement[];
}

const empty = (s: Statement | undefined) => s !== undefined && s.lines.length === 0 && s.net.isZero();

/**
 * A whole pay on one side only, though both sent a statement: the reference has nothing to pay
 * (after a last day, say) and the supplier pays, or the supplier sends an empty statement where
 * the reference pays. Every root of that payday is one pay made or missed, as when a statement
 * is absent (compare-statements.ts), not a line defect each.
 */
function wholePays(findings: readonly Finding[], free: Set<number>, sides: Sides): Pair[] {
  const reference = new Map(sides.reference.map((s) => [s.payday, s]));
  const actual = new Map(sides.actual.map((s) => [s.payday, s]));
  const byPayday = new Map<IsoDate, number[]>();
  for (const k of free) byPayday.set(findings[k].payday, [...(byPayday.get(findings[k].payday) ?? []), k]);
  const out: Pair[] = [];
  for (const [payday, members] of byPayday) {
    const kind = empty(reference.get(payday)) ? 'unexpected-pay' : empty(actual.get(payday)) ? 'missed-pay' : undefined;
    if (kind === undefined) continue;
    const net = Money.sum(members.map((k) => findings[k].netEffect));
    const direction = net.isNegative() ? 'under' : 'over';
    out.push({ kind, members: members.sort((a, b) => a - b), subject: 'REGULAR', payday, pay: direction });
    for (const k of members) free.delete(k);
  }
  return out;
}

/** Groups among the root findings `roots` (indices into `findings`): whole pays, then timing, then moved. */
export function findPairs(findings: readonly Finding[], roots: readonly number[], sides: Sides): Pair[] {
  const free = new Set(roots);
  return [...wholePays(findings, free, sides), ...timingPairs(findings, free), ...movedPairs(findings, free)];
}
