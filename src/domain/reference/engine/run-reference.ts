import {
  type IsoDate,
  type PayPeriod,
  type PayRun,
  PAY_RUN_LOCK,
  addDays,
  payRunFor,
  payRunsBetween,
  paydayForPeriod,
  periodContaining,
  yearOf,
} from '../../calendar';
import { Money } from '../../money';
import {
  LINE_CODE_LIST,
  isEarning,
  type HrEvent,
  type LineCode,
  type Scenario,
  type StatementLine,
} from '../../scenario';
import { effectiveDateOf } from '../../scenario/canonical';
import type { TraceStep } from '../trace';
import type { EngineOptions, ReferencePay, ReferenceResult } from './engine.types';
import { CONVENTIONS, EventView } from './event-view';
import { type PeriodDue, periodDue } from './period-due';
import { type DeductionLine, YearToDate, insuranceLines, pensionOn, statutoryLines } from './run-deductions';

/** Events that change no earnings: they matter to deductions on the payday only. */
const NO_EARNINGS: ReadonlySet<HrEvent['kind']> = new Set(['transfer', 'td1Change', 'provinceChange']);

interface Paid {
  due: PeriodDue;
  /** The calendar year of the payday that first paid the period. */
  year: number;
}

interface Line {
  code: LineCode;
  forPeriod?: PayPeriod;
  amount: Money;
  hours?: StatementLine['hours'];
  description: string;
  trace: TraceStep[];
}

/** A correction found on one run: a period's new due amount and how it is settled. */
interface Correction {
  period: PayPeriod;
  before: Paid;
  after: PeriodDue;
  amount: Money;
  /** 'pay': a positive RETRO_ADJUSTMENT; 'reverse': a negative one (same year); 'recover': a RECOVERY deduction (prior year). */
  how: 'pay' | 'reverse' | 'recover';
}

const CODE_ORDER = new Map(LINE_CODE_LIST.map((c, i) => [c, i]));

/**
 * The reference engine: what a correct payroll pays the scenario's employee on each requested
 * payday, knowing only the events entered by each run's cut-off (docs/reference-engine.md).
 * Pure and deterministic: the same scenario always gives the same statements.
 */
export function runReference(scenario: Scenario, options: EngineOptions = {}): ReferenceResult {
  return new Simulation(scenario, options).run();
}

class Simulation {
  private readonly convention: NonNullable<EngineOptions['convention']>;
  private readonly views = new Map<number, EventView>();
  private readonly dues = new Map<string, PeriodDue>();
  private readonly paid = new Map<IsoDate, Paid>();
  /** Overpaid periods waiting for recovery, with the index of the run that found them. */
  private readonly pending = new Map<IsoDate, number>();
  private readonly ytd = new Map<number, YearToDate>();
  private readonly trace: boolean;

  constructor(
    private readonly scenario: Scenario,
    private readonly options: EngineOptions,
  ) {
    this.trace = options.trace === true;
    this.convention = options.convention ?? PAY_RUN_LOCK;
  }

  run(): ReferenceResult {
    const requested = payRunsBetween(this.scenario.payRuns.from, this.scenario.payRuns.to, this.convention);
    const firstYear = yearOf(requested[0].payday);
    const runs = payRunsBetween(
      this.simulationStart(requested[0].payday),
      requested[requested.length - 1].payday,
      this.convention,
    );
    const pays: ReferencePay[] = [];
    let previous = payRunFor(addDays(runs[0].payday, -14), this.convention);
    runs.forEach((run, i) => {
      const lines = this.payRun(run, i, previous, yearOf(run.payday) >= firstYear);
      if (run.payday >= requested[0].payday) pays.push(this.statement(run, lines));
      previous = run;
    });
    return { scenarioId: this.scenario.id, pays, notes: this.outstanding(runs) };
  }

  /** The first run to simulate: January of the first requested year, or earlier when an event reaches back. */
  private simulationStart(firstPayday: IsoDate): IsoDate {
    let start = payRunsBetween(`${firstPayday.slice(0, 4)}-01-01`, firstPayday, this.convention)[0].payday;
    for (const e of this.scenario.events) {
      const paidOn = paydayForPeriod(periodContaining(effectiveDateOf(e)));
      if (paidOn < start) start = paidOn;
    }
    return start;
  }

  private viewAt(cutoff: IsoDate): { key: number; view: EventView } {
    const visible = this.scenario.events.filter((e) => e.entered <= cutoff);
    const key = visible.length;
    let view = this.views.get(key);
    if (!view) {
      view = new EventView(this.scenario, visible);
      this.views.set(key, view);
    }
    return { key, view };
  }

  private due(key: number, view: EventView, period: PayPeriod): PeriodDue {
    const id = `${key}|${period.start}`;
    let due = this.dues.get(id);
    if (!due) {
      due = periodDue(this.scenario, view, period, this.trace);
      this.dues.set(id, due);
    }
    return due;
  }

  /** The earliest date whose pay the events that became visible on this run can change. */
  private affectedFrom(previous: PayRun, run: PayRun): IsoDate | undefined {
    let from: IsoDate | undefined;
    for (const e of this.scenario.events) {
      if (e.entered <= previous.cutoff || e.entered > run.cutoff || NO_EARNINGS.has(e.kind)) continue;
      const d = effectiveDateOf(e);
      if (from === undefined || d < from) from = d;
    }
    return from;
  }

  private payRun(run: PayRun, index: number, previous: PayRun, withDeductions: boolean): Line[] {
    const { key, view } = this.viewAt(run.cutoff);
    const current = this.due(key, view, { start: run.periodStart, end: run.periodEnd });
    const corrections = this.corrections({ run, index, previous, key, view, current });
    this.paid.set(run.periodStart, { due: current, year: yearOf(run.payday) });
    const earnings: Line[] = [
      ...current.lines.map((l) => ({ ...l })),
      ...corrections.filter((c) => c.how !== 'recover').map((c) => retroLine(c)),
    ];
    if (!withDeductions) return earnings;
    return [...earnings, ...this.deductions(run, view, current, corrections)];
  }

  private corrections(x: {
    run: PayRun;
    index: number;
    previous: PayRun;
    key: number;
    view: EventView;
    current: PeriodDue;
  }): Correction[] {
    const from = this.affectedFrom(x.previous, x.run);
    const out: Correction[] = [];
    for (const [start, before] of [...this.paid].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!this.pending.has(start) && (from === undefined || before.due.period.end < from)) continue;
      const after = this.due(x.key, x.view, before.due.period);
      const amount = after.total.minus(before.due.total);
      if (!amount.isNegative()) this.pending.delete(start);
      if (amount.isZero()) {
        before.due = after;
        continue;
      }
      if (amount.isPositive()) {
        out.push({ period: after.period, before: { ...before }, after, amount, how: 'pay' });
        before.due = after;
        continue;
      }
      const since = this.pending.get(start) ?? x.index;
      this.pending.set(start, since);
      // Convention recovery.after-three-correct-pays: the run that found it and the next two are the correct pays.
      if (x.index < since + 3 || !x.current.total.isPositive()) continue;
      out.push({
        period: after.period,
        before: { ...before },
        after,
        amount,
        how: before.year === yearOf(x.run.payday) ? 'reverse' : 'recover',
      });
      before.due = after;
      this.pending.delete(start);
    }
    return out;
  }

  private yearToDate(year: number): YearToDate {
    let y = this.ytd.get(year);
    if (!y) {
      y = new YearToDate();
      this.ytd.set(year, y);
    }
    return y;
  }

  private deductions(run: PayRun, view: EventView, current: PeriodDue, corrections: Correction[]): Line[] {
    const e = this.scenario.employee;
    const paying = current.total.isPositive();
    const lines: DeductionLine[] = [...recoveryLine(corrections)];
    const pension = this.pension(run, current, corrections);
    if (pension) lines.push(pension);
    if (paying && current.insuredAnnual) lines.push(...insuranceLines(current.insuredAnnual, e.pensionGroup));
    const unionDues = paying ? e.unionDues : Money.ZERO;
    if (unionDues.isPositive()) {
      lines.push({
        code: 'UNION_DUES',
        amount: unionDues,
        description: 'Union dues',
        trace: [
          {
            step: 'U1',
            label: 'Union dues per pay (employee profile)',
            value: unionDues.toString(),
            citation: 'collective agreement, check-off of union dues',
          },
        ],
      });
    }
    const negative = Money.sum(corrections.filter((c) => c.how === 'reverse').map((c) => c.amount));
    const retro = corrections.filter((c) => c.how === 'pay');
    lines.push(
      ...statutoryLines({
        payday: run.payday,
        periodsInYear: run.periodsInYear,
        province: view.provinceOn(run.payday),
        claims: view.claimsOn(run.payday),
        periodic: current.total.plus(negative).floorAtZero(),
        retro: Money.sum(retro.map((c) => c.amount)),
        retroPeriods: retro.length,
        pension: pension?.amount ?? Money.ZERO,
        unionDues,
        ytd: this.yearToDate(yearOf(run.payday)),
        trace: this.trace,
      }),
    );
    return lines.filter((l) => !l.amount.isZero());
  }

  /** The current period's contribution plus, for each corrected period of this year or a paid one, the change in its contribution. */
  private pension(run: PayRun, current: PeriodDue, corrections: Correction[]): DeductionLine | undefined {
    const group = this.scenario.employee.pensionGroup;
    if (group === 'none') return undefined;
    const now = pensionOn(current.salary, yearOf(run.payday), group);
    let amount = now.amount;
    const trace = [now.step];
    for (const c of corrections) {
      if (c.how === 'recover' || c.after.salary.eq(c.before.due.salary)) continue;
      const after = pensionOn(c.after.salary, c.before.year, group);
      const before = pensionOn(c.before.due.salary, c.before.year, group);
      amount = amount.plus(after.amount).minus(before.amount);
      trace.push(after.step, before.step, {
        step: 'PENSION',
        label: `Change in the contribution for ${c.period.start} to ${c.period.end}`,
        value: after.amount.minus(before.amount).toString(),
        citation: `convention: ${CONVENTIONS.pension}, ${CONVENTIONS.retro}`,
      });
    }
    return amount.isZero()
      ? undefined
      : { code: 'PENSION', amount, description: `Public service pension, ${group}`, trace };
  }

  private statement(run: PayRun, lines: Line[]): ReferencePay {
    const sorted = [...lines].sort(
      (a, b) =>
        (CODE_ORDER.get(a.code) ?? 0) - (CODE_ORDER.get(b.code) ?? 0) ||
        (a.forPeriod?.start ?? '').localeCompare(b.forPeriod?.start ?? ''),
    );
    const gross = Money.sum(sorted.filter((l) => isEarning(l.code)).map((l) => l.amount));
    const net = gross.minus(Money.sum(sorted.filter((l) => !isEarning(l.code)).map((l) => l.amount)));
    const statement = {
      employeeId: this.scenario.id,
      payday: run.payday,
      periodStart: run.periodStart,
      periodEnd: run.periodEnd,
      lines: sorted.map((l) => ({
        code: l.code,
        ...(l.forPeriod && { forPeriod: l.forPeriod }),
        amount: l.amount,
        ...(l.hours && { hours: l.hours }),
        description: l.description,
      })),
      gross,
      net,
    };
    return this.trace ? { statement, lineTraces: sorted.map((l) => l.trace) } : { statement };
  }

  private outstanding(runs: PayRun[]): string[] {
    const last = runs[runs.length - 1];
    const { key, view } = this.viewAt(last.cutoff);
    return [...this.pending.keys()].sort().map((start) => {
      const p = this.paid.get(start) as Paid;
      const owed = p.due.total.minus(this.due(key, view, p.due.period).total);
      const where = view.isTerminated()
        ? 'outside pay (no later pay to recover it from)'
        : 'after the last requested payday';
      return `Overpayment of ${owed.toString()} for ${start} to ${p.due.period.end} not recovered by ${last.payday}: to be recovered ${where} (convention ${CONVENTIONS.recovery}).`;
    });
  }
}

function retroLine(c: Correction): Line {
  const reverse = c.how === 'reverse';
  const byCode = (d: PeriodDue) => Object.fromEntries(d.lines.map((l) => [l.code, l.amount.toString()]));
  return {
    code: 'RETRO_ADJUSTMENT',
    forPeriod: c.period,
    amount: c.amount,
    description: reverse
      ? `Overpayment recovered for ${c.period.start} to ${c.period.end}`
      : `Retroactive adjustment for ${c.period.start} to ${c.period.end}`,
    trace: [
      {
        step: 'paid',
        label: `Paid so far for ${c.period.start} to ${c.period.end}`,
        value: c.before.due.total.toString(),
        inputs: byCode(c.before.due),
        citation: `convention: ${CONVENTIONS.retro}`,
      },
      {
        step: 'due',
        label: `Now due for ${c.period.start} to ${c.period.end}`,
        value: c.after.total.toString(),
        inputs: byCode(c.after),
        citation: `convention: ${CONVENTIONS.retro}`,
      },
      ...c.after.lines.flatMap((l) => l.trace),
      ...(reverse
        ? [
            {
              step: 'recovery',
              label: 'Overpayment reversed after three correct pays (same calendar year: gross reversed)',
              value: c.amount.toString(),
              citation: `convention: ${CONVENTIONS.recovery}`,
            },
          ]
        : []),
    ],
  };
}

/** Prior-year overpayments are recovered as one RECOVERY deduction of their gross amount. */
function recoveryLine(corrections: Correction[]): DeductionLine[] {
  const recovered = corrections.filter((c) => c.how === 'recover');
  if (recovered.length === 0) return [];
  const amount = Money.sum(recovered.map((c) => c.amount.negated()));
  const periods = recovered.map((c) => `${c.period.start} to ${c.period.end}`).join(', ');
  return [
    {
      code: 'RECOVERY',
      amount,
      description: `Recovery of prior-year overpayment (gross) for ${periods}`,
      trace: recovered.map((c) => ({
        step: 'recovery',
        label: `Prior-year overpayment for ${c.period.start} to ${c.period.end}, recovered at its gross amount`,
        value: c.amount.negated().toString(),
        inputs: {
          paid: c.before.due.total.toString(),
          due: c.after.total.toString(),
          paidInYear: String(c.before.year),
        },
        citation: `public-service-pay.md, overpayments; convention: ${CONVENTIONS.recovery}`,
      })),
    },
  ];
}
