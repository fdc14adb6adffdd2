import { Money } from '../domain/money';
import { isEarning, type Scenario, type Statement } from '../domain/scenario';
import { higherSalary, lateEntryPair, splitOvertime } from './relation-variants';

/**
 * Metamorphic relations (issue 8): rules between a supplier's answers to related scenarios
 * that hold whatever the right pay is, so they need no reference.
 * - split-overtime: two overtime entries on one day that add up to one entry pay the same
 *   (the PA overtime rule counts a day's hours together: docs/reference-engine.md §2);
 * - late-entry: entering an event late moves money between pays, never the year's total
 *   earnings (the correction is a retroactive line in a later pay of the same year);
 * - higher-salary: a higher substantive salary never lowers the earnings for the period
 *   worked (current-period earning lines), give or take one cent of rounding per line.
 */
export type RelationName = 'split-overtime' | 'late-entry' | 'higher-salary';

export const RELATIONS: Readonly<Record<RelationName, string>> = {
  'split-overtime': 'Splitting an overtime entry in two on the same day pays the same.',
  'late-entry': "Entering an event late moves money between pays but not the year's total earnings.",
  'higher-salary': 'A higher salary never lowers the earnings for the period worked.',
};

export interface RelationBreak {
  relation: RelationName;
  /** A short key for grouping: the line code or event kind involved, and the way it went. */
  detail: string;
  message: string;
}

/** The scenarios a relation needs answered besides the scenario itself. */
export interface RelationPlan {
  variants: Scenario[];
  judge(answers: ReadonlyMap<string, readonly Statement[]>, base: readonly Statement[]): RelationBreak[];
}

const byPayday = (statements: readonly Statement[]) => new Map(statements.map((s) => [s.payday, s]));
const lineTotals = (s: Statement | undefined) => {
  const totals = new Map<string, Money>();
  for (const l of s?.lines ?? []) totals.set(l.code, (totals.get(l.code) ?? Money.ZERO).plus(l.amount));
  return totals;
};

function splitPlan(s: Scenario): RelationPlan | undefined {
  const split = splitOvertime(s);
  if (!split) return undefined;
  return {
    variants: [split],
    judge(answers, base) {
      const other = byPayday(answers.get(split.id) ?? []);
      for (const b of base) {
        const o = other.get(b.payday);
        const [bt, ot] = [lineTotals(b), lineTotals(o)];
        const code = [...new Set([...bt.keys(), ...ot.keys()])].find(
          (c) => !(bt.get(c) ?? Money.ZERO).eq(ot.get(c) ?? Money.ZERO),
        );
        if (code === undefined && o && o.gross.eq(b.gross) && o.net.eq(b.net)) continue;
        const what = code ?? 'GROSS';
        const [was, now] = [bt.get(what) ?? b.gross, ot.get(what) ?? o?.gross ?? Money.ZERO];
        return [
          {
            relation: 'split-overtime',
            detail: what,
            message: `split overtime: ${what} on ${b.payday} is ${was} for one entry but ${now} for the same hours in two entries`,
          },
        ];
      }
      return [];
    },
  };
}

const earnings = (statements: readonly Statement[], paydays: readonly string[]) =>
  Money.sum(statements.filter((s) => paydays.includes(s.payday)).map((s) => s.gross));

function latePlan(s: Scenario): RelationPlan | undefined {
  const pair = lateEntryPair(s);
  if (!pair) return undefined;
  return {
    variants: [pair.onTime, pair.late],
    judge(answers) {
      const onTime = earnings(answers.get(pair.onTime.id) ?? [], pair.paydays);
      const late = earnings(answers.get(pair.late.id) ?? [], pair.paydays);
      if (onTime.eq(late)) return [];
      const way = late.gt(onTime) ? 'more' : 'less';
      return [
        {
          relation: 'late-entry',
          detail: `${pair.kind}:${way}`,
          message: `late entry: with ${pair.kind} ${pair.eventId} entered late, gross from ${pair.paydays[0]} to ${pair.paydays[pair.paydays.length - 1]} totals ${late} against ${onTime} entered on time (${late.minus(onTime).abs()} ${way})`,
        },
      ];
    },
  };
}

/** Earning lines for the period paid on the payday (no forPeriod): what the person earned in it. */
const currentEarnings = (s: Statement) => s.lines.filter((l) => isEarning(l.code) && !l.forPeriod);
/** One cent of rounding per line may go either way when amounts move between lines (REGULAR and ACTING). */
const roundingSlack = (s: Statement) => Money.fromCents(Math.max(1, currentEarnings(s).length));

function higherPlan(s: Scenario): RelationPlan | undefined {
  const higher = higherSalary(s);
  if (!higher) return undefined;
  return {
    variants: [higher],
    judge(answers, base) {
      const raised = byPayday(answers.get(higher.id) ?? []);
      for (const b of base) {
        const r = raised.get(b.payday);
        const [was, now] = [
          Money.sum(currentEarnings(b).map((l) => l.amount)),
          Money.sum(r ? currentEarnings(r).map((l) => l.amount) : []),
        ];
        if (!now.plus(roundingSlack(b)).lt(was)) continue;
        return [
          {
            relation: 'higher-salary',
            detail: 'lower',
            message: `higher salary: earnings for the period paid on ${b.payday} fall from ${was} to ${now} when the salary is raised`,
          },
        ];
      }
      return [];
    },
  };
}

/** The relations that apply to a scenario, with the variants each needs. */
export function relationPlans(s: Scenario): RelationPlan[] {
  return [splitPlan(s), latePlan(s), higherPlan(s)].filter((p): p is RelationPlan => p !== undefined);
}
