import { type IsoDate, type PayPeriod, type PayRun, workingDays, yearOf } from '../../calendar';
import { CONVENTION } from '../../conventions';
import { Money, dec } from '../../money';
import type { HrEvent, Scenario } from '../../scenario';
import { PAY_CONSTANTS } from '../../rules/public-service/pay-constants';
import type { EventView } from './event-view';
import type { PeriodDue } from './period-due';

/** A period paid by an earlier run: what is paid for it so far, and by which payday first. */
export interface Paid {
  due: PeriodDue;
  /** The calendar year of the payday that first paid the period. */
  year: number;
  payday: IsoDate;
}

/** How an overpayment is recovered (recovery.* conventions). */
export type Route = 'routine' | 'default' | 'flexible';

/** A correction settled on one run: a period's new due amount and how it is paid or recovered. */
export interface Correction {
  period: PayPeriod;
  before: Paid;
  after: PeriodDue;
  amount: Money;
  /** 'pay': a positive RETRO_ADJUSTMENT; 'reverse': a negative one (same year); 'recover': a RECOVERY deduction (prior year). */
  how: 'pay' | 'reverse' | 'recover';
  /** For an overpayment: its route, why, and the cut-off of the run that found it. */
  overpayment?: { route: Route; why: string; whyFr: string; foundBy: IsoDate };
}

interface Pending {
  since: number;
  route: Route;
  why: string;
  whyFr: string;
  foundBy: IsoDate;
}

export interface RunContext {
  run: PayRun;
  index: number;
  view: EventView;
  current: PeriodDue;
  /** The earning events that became visible on this run. */
  arrived: readonly HrEvent[];
  dueOf: (period: PayPeriod) => PeriodDue;
}

const TEN_PERCENT = dec('0.10');
const SHORT_LEAVE_DAYS = 5;

/**
 * Every earlier period, re-examined on each run: a positive difference is paid now
 * (retro.per-period-difference); a negative one is an overpayment, recovered by its route.
 */
export class Corrections {
  readonly paid = new Map<IsoDate, Paid>();
  /** Overpaid periods waiting to be recovered. */
  readonly pending = new Map<IsoDate, Pending>();

  constructor(
    private readonly scenario: Scenario,
    /** recovery.flexible-acknowledged: the scenario says the employee acknowledged the notice. */
    private readonly flexible: boolean,
  ) {}

  settle(x: RunContext, from: IsoDate | undefined): Correction[] {
    const out: Correction[] = [];
    const found: { start: IsoDate; amount: Money }[] = [];
    for (const [start, before] of [...this.paid].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!this.pending.has(start) && (from === undefined || before.due.period.end < from)) continue;
      const after = x.dueOf(before.due.period);
      const amount = after.total.minus(before.due.total);
      if (!amount.isNegative()) this.pending.delete(start);
      if (amount.isZero()) before.due = after;
      else if (amount.isPositive()) {
        out.push({ period: after.period, before: { ...before }, after, amount, how: 'pay' });
        before.due = after;
      } else if (!this.pending.has(start)) found.push({ start, amount });
    }
    if (found.length > 0) this.classify(x, found);
    return [...out, ...this.recoverable(x)];
  }

  /** recovery.routine-first-available-funds, recovery.notice-not-acknowledged, recovery.flexible-acknowledged. */
  private classify(x: RunContext, found: { start: IsoDate; amount: Money }[]): void {
    const total = Money.sum(found.map((f) => f.amount)).negated();
    const last = (this.paid.get(found[found.length - 1].start) as Paid).due.period.end;
    const biweekly = x.view
      .substantiveRate(last)
      .times(this.scenario.employee.weeklyHours)
      .dividedBy(PAY_CONSTANTS.fullTimeWeeklyHours)
      .dividedBy(PAY_CONSTANTS.biweeklyDivisor);
    const tenth = Money.roundHalfUp(biweekly.times(TEN_PERCENT));
    const shortLeave =
      x.arrived.length > 0 &&
      x.arrived.every((e) => e.kind === 'leaveWithoutPay' && workingDays(e.start, e.end) <= SHORT_LEAVE_DAYS);
    let route: Route;
    let why: string;
    let whyFr: string;
    if (total.lt(tenth)) {
      route = 'routine';
      why = `${total.toString()} is less than 10% of gross biweekly pay (${tenth.toString()})`;
      whyFr = `${total.toString()} est inférieur à 10 % de la rémunération brute de la quinzaine (${tenth.toString()})`;
    } else if (shortLeave) {
      route = 'routine';
      why = `caused by leave without pay of ${SHORT_LEAVE_DAYS} consecutive working days or less`;
      whyFr = `causé par un congé non payé de ${SHORT_LEAVE_DAYS} jours ouvrables consécutifs ou moins`;
    } else {
      route = this.flexible ? 'flexible' : 'default';
      why = `${total.toString()} is 10% of gross biweekly pay (${tenth.toString()}) or more: an overpayment notice${
        this.flexible ? ', acknowledged: flexible recovery' : ', not acknowledged: recovered at once'
      }`;
      whyFr = `${total.toString()} atteint ou dépasse 10 % de la rémunération brute de la quinzaine (${tenth.toString()}) : un avis de trop-payé${
        this.flexible ? ', reconnu : recouvrement souple' : ', non reconnu : recouvré immédiatement'
      }`;
    }
    for (const f of found) this.pending.set(f.start, { since: x.index, route, why, whyFr, foundBy: x.run.cutoff });
  }

  /** The pending overpayments this run recovers: at once, or after 3 correct pays (flexible), from a run that pays something. */
  private recoverable(x: RunContext): Correction[] {
    if (!x.current.total.isPositive()) return [];
    const out: Correction[] = [];
    for (const [start, p] of [...this.pending].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (p.route === 'flexible' && x.index < p.since + 3) continue;
      const before = this.paid.get(start) as Paid;
      const after = x.dueOf(before.due.period);
      const amount = after.total.minus(before.due.total);
      out.push({
        period: after.period,
        before: { ...before },
        after,
        amount,
        how: before.year === yearOf(x.run.payday) ? 'reverse' : 'recover',
        overpayment: { route: p.route, why: p.why, whyFr: p.whyFr, foundBy: p.foundBy },
      });
      before.due = after;
      this.pending.delete(start);
    }
    return out;
  }
}

/** The convention a route applies. */
export function routeConvention(route: Route): string {
  if (route === 'routine') return CONVENTION.routine;
  return route === 'flexible' ? CONVENTION.flexible : CONVENTION.notAcknowledged;
}
