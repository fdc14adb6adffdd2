import { type IsoDate, type PayRun, workingDays } from '../../calendar';
import { CONVENTION } from '../../conventions';
import { Money, int } from '../../money';
import type { TraceStep } from '../trace';
import { pensionableUntil } from './day-tally';
import type { EventView } from './event-view';
import type { PeriodDue } from './period-due';
import { type Contributor, pensionAmount, pensionStep } from './pension-contribution';

/** An amount for the PENSION line, with the steps that explain it. */
export interface PensionPart {
  amount: Money;
  steps: TraceStep[];
}

interface Carried {
  /** What the pays so far carried for the period. */
  amount: Money;
  /** The year of the payday that first paid it: its contribution rates. */
  year: number;
  due: PeriodDue;
  /**
   * Pensionable leave days (at the daily rate) no pay ever carried a contribution for: leave
   * known when the period was first paid. Days a pay paid before the leave was entered were
   * carried then, and stay carried.
   */
  uncovered: Money;
  /** The contribution owed for the period (salary and pensionable leave days), worked out when carried. */
  owed: Money;
}

const TBS = 'TBS, Taking a leave of absence – Pension';
const DEFICIENCIES =
  'TBS/PSPC: LWOP deficiencies "deducted from your salary, in equal installments … over a period equal to twice the period of your absence"';

/**
 * What the pays carried to the pension plan for each period, and what is still owed: the
 * contributions for leave days in the first three months of a leave (pension.lwop-first-three-months),
 * collected after the leave in instalments (pension.lwop-deficiency-instalments).
 */
export class PensionLedger {
  private readonly carried = new Map<IsoDate, Carried>();
  private readonly plans = new Map<string, { collected: Money; instalments: number }>();

  constructor(
    private readonly group: Contributor,
    private readonly trace: boolean,
  ) {}

  private owed(due: PeriodDue, year: number): Money {
    return pensionAmount(due.salary.plus(due.lwopPensionable), year, this.group);
  }

  /** The contribution on the current period's salary paid; its pensionable leave days are owed, not carried. */
  current(due: PeriodDue, year: number): PensionPart {
    const amount = pensionAmount(due.salary, year, this.group);
    const owed = due.lwopPensionable.isZero() ? amount : this.owed(due, year);
    this.carried.set(due.period.start, { amount, year, due, uncovered: due.lwopPensionable, owed });
    if (!this.trace) return { amount, steps: [] };
    const steps = [pensionStep(due.salary, year, this.group, amount)];
    if (!due.lwopPensionable.isZero())
      steps.push({
        step: 'PENSION-LWOP',
        label: `Contribution owed on ${due.lwopPensionable.toString()} of leave without pay in its first three months: not taken from this pay, collected after the leave`,
        labelFr: `Cotisation due sur ${due.lwopPensionable.toString()} de congé non payé dans ses trois premiers mois : non retenue sur cette paye, recouvrée après le congé`,
        value: owed.minus(amount).toString(),
        citation: `${TBS}; convention: ${CONVENTION.lwopPension}, ${CONVENTION.lwopInstalments}`,
      });
    return { amount, steps };
  }

  /**
   * A corrected period: the pays now carry the contribution on its new salary and on its
   * pensionable leave days, except those no pay ever carried (a late leave leaves in place the
   * contribution the earlier pay deducted for those days: pension.lwop-first-three-months).
   */
  correct(after: PeriodDue): PensionPart {
    const before = this.carried.get(after.period.start);
    if (!before) return { amount: Money.ZERO, steps: [] };
    const uncovered = Money.min(before.uncovered, after.lwopPensionable);
    const carried = after.salary.plus(after.lwopPensionable).minus(uncovered);
    const amount = pensionAmount(carried, before.year, this.group);
    const owed = this.owed(after, before.year);
    this.carried.set(after.period.start, { ...before, amount, due: after, uncovered, owed });
    const change = amount.minus(before.amount);
    if (!this.trace) return { amount: change, steps: [] };
    const step: TraceStep = {
      step: 'PENSION',
      label: `Change in the contribution for ${after.period.start} to ${after.period.end}: now ${amount.toString()}, carried ${before.amount.toString()}`,
      labelFr: `Variation de la cotisation du ${after.period.start} au ${after.period.end} : maintenant ${amount.toString()}, retenue auparavant ${before.amount.toString()}`,
      value: change.toString(),
      inputs: {
        salary: after.salary.toString(),
        leaveDaysOwed: after.lwopPensionable.toString(),
        neverCarried: uncovered.toString(),
      },
      citation: `convention: ${CONVENTION.pension}, ${CONVENTION.retro}${
        after.lwopPensionable.isZero() ? '' : `, ${CONVENTION.lwopPension}; ${TBS}`
      }`,
    };
    return { amount: change, steps: [pensionStep(carried, before.year, this.group, amount), step] };
  }

  /** Owed minus carried for one period. */
  private static deficiency(c: Carried): Money {
    return c.owed.minus(c.amount).floorAtZero();
  }

  /** The leave a period's deficiency belongs to: the one with most pensionable days in it (the earlier on a tie). */
  private static leaveOf(due: PeriodDue): string | undefined {
    let best: [string, number] | undefined;
    for (const entry of due.lwopDaysByLeave) if (!best || entry[1] > best[1]) best = entry;
    return best?.[0];
  }

  private owedFor(leaveId: string): Money {
    let owed = Money.ZERO;
    for (const c of this.carried.values())
      if (PensionLedger.leaveOf(c.due) === leaveId) owed = owed.plus(PensionLedger.deficiency(c));
    return owed;
  }

  /** This run's instalments: every visible leave that ended before the run's own period and still owes. */
  instalments(run: PayRun, view: EventView): PensionPart {
    const steps: TraceStep[] = [];
    let amount = Money.ZERO;
    for (const leave of view.leaves()) {
      if (leave.end >= run.periodStart) continue;
      const plan = this.plans.get(leave.id) ?? { collected: Money.ZERO, instalments: 0 };
      const remaining = this.owedFor(leave.id).minus(plan.collected);
      if (remaining.isZero()) continue;
      const days = workingDays(
        leave.start,
        pensionableUntil(leave.start) < leave.end ? pensionableUntil(leave.start) : leave.end,
      );
      const n = Math.max(1, Math.ceil((2 * days) / 10));
      const left = Math.max(1, n - plan.instalments);
      const instalment = Money.roundHalfUp(remaining.dividedBy(int(left)));
      this.plans.set(leave.id, { collected: plan.collected.plus(instalment), instalments: plan.instalments + 1 });
      amount = amount.plus(instalment);
      steps.push({
        step: 'PENSION-LWOP',
        label: `Pension owed for leave ${leave.id} (${leave.start} to ${leave.end}): instalment ${plan.instalments + 1} of ${n}, still owed ${remaining.toString()} / ${left}`,
        labelFr: `Cotisation de retraite due pour le congé ${leave.id} (du ${leave.start} au ${leave.end}) : versement ${plan.instalments + 1} de ${n}, reste dû ${remaining.toString()} / ${left}`,
        value: instalment.toString(),
        inputs: { pensionableWorkingDays: String(days), instalments: String(n), stillOwed: remaining.toString() },
        citation: `${DEFICIENCIES}; convention: ${CONVENTION.lwopInstalments}, ${CONVENTION.lwopPension}`,
      });
    }
    return { amount, steps };
  }

  /** Deficiencies not collected by the end, per leave. */
  outstanding(view: EventView): { leaveId: string; owed: Money }[] {
    return view
      .leaves()
      .map((l) => ({ leaveId: l.id, owed: this.owedFor(l.id).minus(this.plans.get(l.id)?.collected ?? Money.ZERO) }))
      .filter((o) => !o.owed.isZero());
  }
}
