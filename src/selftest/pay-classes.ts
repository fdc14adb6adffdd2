import { type IsoDate, type PayPeriod, payRunFor, payRunSeeing, previousPayday } from '../domain/calendar';
import { dec, Money } from '../domain/money';
import type { TraceStep } from '../domain/reference/trace';
import type { Statement, StatementLine } from '../domain/scenario';
import { effectiveDateOf } from '../domain/scenario/canonical';
import type { PlantedClass } from './planted.types';
import { EARNING_CLASSES } from './earning-classes';
import { changeEarnings, type PlantInput } from './rebuild-statements';

/**
 * Pay defects of the Phoenix failure families (phoenix-failure-modes.md), planted into the
 * reference's own statements. Each changes earning lines in one precise situation and lets the
 * reference's rules withhold again on the changed pay (rebuild-statements.ts), so it is one
 * defect with its consequences, as a supplier would make it.
 */
const periodOf = (s: Statement, l: StatementLine): PayPeriod =>
  l.forPeriod ?? { start: s.periodStart, end: s.periodEnd };
const within = (d: IsoDate, p: PayPeriod) => d >= p.start && d <= p.end;

/** What a retroactive line pays for one code: 'due' minus 'paid' in its trace (run-reference.ts retroLine). */
function retroPart(trace: readonly TraceStep[], code: string): Money {
  const at = (step: string) => dec(trace.find((t) => t.step === step)?.inputs?.[code] ?? '0');
  return Money.roundHalfUp(at('due').minus(at('paid')));
}

const actingFirstPeriod: PlantedClass = {
  id: 'acting-first-period-unpaid',
  family: 'acting pay',
  name: {
    en: 'Acting pay starts a pay late: the first period of an assignment is not paid',
    fr: "L'intérim commence une paye trop tard : la première période d'une affectation n'est pas payée",
  },
  expected: { kind: 'line', subject: 'ACTING', direction: 'under', size: 'amount', condition: 'acting-first-period' },
  plant: (i) => ({
    statements: changeEarnings(i, (s, lines) =>
      lines.flatMap(({ line, trace }) => {
        const p = periodOf(s, line);
        if (!i.scenario.events.some((e) => e.kind === 'acting' && within(e.start, p))) return [line];
        if (line.code === 'ACTING' && !line.forPeriod) return [];
        if (line.code !== 'RETRO_ADJUSTMENT') return [line];
        const rest = line.amount.minus(retroPart(trace, 'ACTING'));
        return rest.isZero() ? [] : [{ ...line, amount: rest }];
      }),
    ),
  }),
};

/** The rate revisions a payday's run is the first to see. */
function revisionsSeenOn(i: PlantInput, payday: IsoDate) {
  const [before, now] = [payRunFor(previousPayday(payday)).cutoff, payRunFor(payday).cutoff];
  return i.scenario.events.filter((e) => e.kind === 'rateRevision' && e.entered > before && e.entered <= now);
}

const revisionNotRetroactive: PlantedClass = {
  id: 'revision-not-paid-retroactively',
  family: 'retroactive collective-agreement pay',
  name: {
    en: 'A rate revision is applied going forward only: no retroactive pay',
    fr: "Une révision des taux n'est appliquée que pour l'avenir : aucune paye rétroactive",
  },
  expected: { kind: 'line', subject: 'REGULAR', direction: 'under', size: 'amount', condition: 'late-entry' },
  plant: (i) => ({
    statements: changeEarnings(i, (s, lines) => {
      const seen = revisionsSeenOn(i, s.payday).map(effectiveDateOf).sort();
      if (seen.length === 0) return lines.map((x) => x.line);
      return lines
        .map((x) => x.line)
        .filter(
          (l) => !(l.code === 'RETRO_ADJUSTMENT' && l.amount.isPositive() && l.forPeriod && l.forPeriod.end >= seen[0]),
        );
    }),
  }),
};

const lateLeaveNeverReversed: PlantedClass = {
  id: 'late-leave-never-recovered',
  family: 'leave without pay',
  name: {
    en: 'Leave without pay entered late is never taken back (a true overpayment)',
    fr: "Un congé non payé saisi en retard n'est jamais repris (un vrai trop-payé)",
  },
  expected: { kind: 'line', subject: 'LWOP', direction: 'over', size: 'amount', condition: 'late-entry' },
  plant: (i) => ({
    statements: changeEarnings(i, (_s, lines) =>
      lines
        .filter(
          ({ line, trace }) =>
            !(line.code === 'RETRO_ADJUSTMENT' && line.amount.isNegative() && !retroPart(trace, 'LWOP').isZero()),
        )
        .map((x) => x.line),
    ),
  }),
};

/** Where a same-year reversal for `period` would go if recovered at once: the first run that sees the late event. */
function foundOn(i: PlantInput, period: PayPeriod): IsoDate | undefined {
  const late = i.scenario.events.filter(
    (e) =>
      (e.kind === 'leaveWithoutPay' && e.start <= period.end && e.end >= period.start) ||
      (e.kind === 'termination' && e.lastDay <= period.end),
  );
  const days = late.map((e) => payRunSeeing(e.entered).payday).sort();
  return days[0];
}

function reverseAtOnce(i: PlantInput): Statement[] {
  const moves = new Map<IsoDate, StatementLine[]>();
  const moved = new Set<StatementLine>();
  const paydays = new Set(i.reference.map((p) => p.statement.payday));
  for (const { statement: s } of i.reference) {
    for (const l of s.lines) {
      if (l.code !== 'RETRO_ADJUSTMENT' || !l.amount.isNegative() || !l.forPeriod) continue;
      const at = foundOn(i, l.forPeriod);
      if (at === undefined || at >= s.payday || !paydays.has(at)) continue;
      moves.set(at, [...(moves.get(at) ?? []), l]);
      moved.add(l);
    }
  }
  return changeEarnings(i, (s, lines) => [
    ...lines.map((x) => x.line).filter((l) => !moved.has(l)),
    ...(moves.get(s.payday) ?? []),
  ]);
}

const recoveredAtOnce: PlantedClass = {
  id: 'overpayment-recovered-at-once',
  family: 'overpayment recovery',
  name: {
    en: 'An overpayment is taken back in the run that finds it, before three correct pays',
    fr: 'Un trop-payé est repris dans la paye qui le découvre, avant trois payes exactes',
  },
  expected: { kind: 'timing', subject: 'RETRO_ADJUSTMENT', direction: 'early', condition: 'overpayment' },
  plant: (i) => ({ statements: reverseAtOnce(i) }),
};

export const PAY_CLASSES: readonly PlantedClass[] = [
  actingFirstPeriod,
  revisionNotRetroactive,
  lateLeaveNeverReversed,
  recoveredAtOnce,
  ...EARNING_CLASSES,
];
