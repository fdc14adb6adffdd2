import {
  type IsoDate,
  type PayPeriod,
  type PayRun,
  PAY_RUN_LOCK,
  payRunFor,
  previousPayday,
  yearOf,
} from '../../calendar';
import { CONVENTION } from '../../conventions';
import { Money } from '../../money';
import type { HrEvent, Scenario } from '../../scenario';
import { effectiveDateOf } from '../../scenario/canonical';
import { type Correction, Corrections, routeConvention } from './corrections';
import type { EngineOptions, NotJudged, ReferencePay, ReferenceResult } from './engine.types';
import { EventView } from './event-view';
import { referenceRuns } from './history';
import { insuranceLines } from './insurance-lines';
import { PensionLedger } from './pension-ledger';
import { type PeriodDue, periodDue } from './period-due';
import { type DeductionLine, type StatutoryInput, YearToDate, statutoryLines } from './run-deductions';
import { type PriorYear, recoveryLine, retroLine } from './settlements';
import { type Line, toStatement } from './statement';

/** Events that change no earnings: they matter to deductions on the payday only. */
const NO_EARNINGS: ReadonlySet<HrEvent['kind']> = new Set(['transfer', 'td1Change', 'provinceChange']);

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
  private readonly ytd = new Map<number, YearToDate>();
  private readonly corrections: Corrections;
  private readonly pension?: PensionLedger;
  /** Each run's statutory input as it stood, by payday: a prior-year recovery replays it (recovery.prior-year-net). */
  private readonly statutory = new Map<IsoDate, StatutoryInput>();
  private readonly trace: boolean;
  /** The run being paid is the first requested one, after history runs. */
  private firstRequested = false;

  constructor(
    private readonly scenario: Scenario,
    options: EngineOptions,
  ) {
    this.trace = options.trace === true;
    this.convention = options.convention ?? PAY_RUN_LOCK;
    this.corrections = new Corrections(scenario, scenario.conventions.includes(CONVENTION.flexible));
    const group = scenario.employee.pensionGroup;
    if (group !== 'none') this.pension = new PensionLedger(group, this.trace);
  }

  run(): ReferenceResult {
    const plan = referenceRuns(this.scenario, this.convention);
    const pays: ReferencePay[] = [];
    let previous = payRunFor(previousPayday(plan.runs[0].payday), this.convention);
    plan.runs.forEach((run, i) => {
      const requested = i >= plan.history;
      this.firstRequested = i === plan.history && plan.history > 0;
      const { lines, notJudged } = this.payRun(run, i, previous, requested || run.payday >= plan.deductionsFrom);
      if (requested) {
        pays.push(toStatement({ employeeId: this.scenario.id, run, lines, notJudged, trace: this.trace }));
      }
      previous = run;
    });
    const notes = this.outstanding(plan.runs);
    return { scenarioId: this.scenario.id, pays, notes: notes.map((n) => n.en), notesFr: notes.map((n) => n.fr) };
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

  /** The earning events that became visible on this run: entered after the previous cut-off, by this one. */
  private arrived(previous: PayRun, run: PayRun): HrEvent[] {
    return this.scenario.events.filter(
      (e) => e.entered > previous.cutoff && e.entered <= run.cutoff && !NO_EARNINGS.has(e.kind),
    );
  }

  private payRun(
    run: PayRun,
    index: number,
    previous: PayRun,
    withDeductions: boolean,
  ): { lines: Line[]; notJudged: NotJudged[] } {
    const { key, view } = this.viewAt(run.cutoff);
    const current = this.due(key, view, { start: run.periodStart, end: run.periodEnd });
    const arrived = this.arrived(previous, run);
    // From the first day of the month: a monthly entitlement (allowance.bilingualism-monthly) can change days before the event.
    const from = arrived.map((e) => `${effectiveDateOf(e).slice(0, 7)}-01`).sort()[0];
    const dueOf = (p: PayPeriod) => this.due(key, view, p);
    const corrections = this.corrections.settle({ run, index, view, current, arrived, dueOf }, from);
    this.corrections.paid.set(run.periodStart, { due: current, year: yearOf(run.payday), payday: run.payday });
    const earnings: Line[] = [
      ...current.lines.map((l) => ({ ...l })),
      ...corrections.filter((c) => c.how !== 'recover').map(retroLine),
    ];
    if (!withDeductions) return { lines: earnings, notJudged: [] };
    const d = this.deductions(run, view, current, corrections);
    return { lines: [...earnings, ...d.lines], notJudged: d.notJudged };
  }

  private yearToDate(year: number): YearToDate {
    let y = this.ytd.get(year);
    if (!y) {
      y = new YearToDate();
      this.ytd.set(year, y);
    }
    return y;
  }

  private deductions(
    run: PayRun,
    view: EventView,
    current: PeriodDue,
    corrections: Correction[],
  ): { lines: DeductionLine[]; notJudged: NotJudged[] } {
    const e = this.scenario.employee;
    const paying = current.total.isPositive();
    const pension = this.pensionLine(run, view, current, corrections);
    const priorYear: PriorYear[] = corrections
      .filter((c) => c.how === 'recover')
      .map((c) => ({
        correction: c,
        pensionBack: pension.back.get(c.period.start) ?? Money.ZERO,
        ...(this.statutory.has(c.before.payday) && { paidBy: this.statutory.get(c.before.payday) }),
      }));
    const lines: DeductionLine[] = [...recoveryLine(priorYear), ...(pension.line ? [pension.line] : [])];
    if (paying && current.insuredAnnual) lines.push(...insuranceLines(current.insuredAnnual, e.pensionGroup));
    const unionDues = paying ? e.unionDues : Money.ZERO;
    if (unionDues.isPositive()) lines.push(unionDuesLine(unionDues));
    const negative = Money.sum(corrections.filter((c) => c.how === 'reverse').map((c) => c.amount));
    const retro = corrections.filter((c) => c.how === 'pay');
    const input: StatutoryInput = {
      payday: run.payday,
      periodsInYear: run.periodsInYear,
      province: view.provinceOn(run.payday),
      claims: view.claimsOn(run.payday),
      periodic: current.total.plus(negative).floorAtZero(),
      retro: Money.sum(retro.map((c) => c.amount)),
      retroPeriods: retro.length,
      pension: pension.line?.amount ?? Money.ZERO,
      unionDues,
      ytd: this.yearToDate(yearOf(run.payday)),
      fromHistory: this.firstRequested && !this.yearToDate(yearOf(run.payday)).pensionable.isZero(),
      trace: this.trace,
    };
    this.statutory.set(run.payday, { ...input, ytd: input.ytd.clone(), trace: false });
    const statutory = statutoryLines(input);
    return { lines: [...lines, ...statutory.lines].filter((l) => !l.amount.isZero()), notJudged: statutory.notJudged };
  }

  /**
   * The PENSION line: the current period's contribution, the change for each corrected period
   * of this year (a prior-year one's goes back through the net RECOVERY), and LWOP deficiency
   * instalments when this period pays something.
   */
  private pensionLine(
    run: PayRun,
    view: EventView,
    current: PeriodDue,
    corrections: Correction[],
  ): { line?: DeductionLine; back: Map<IsoDate, Money> } {
    const back = new Map<IsoDate, Money>();
    if (!this.pension) return { back };
    const parts = [this.pension.current(current, yearOf(run.payday))];
    for (const c of corrections) {
      const change = this.pension.correct(c.after);
      if (c.how === 'recover') back.set(c.period.start, change.amount.negated().floorAtZero());
      else parts.push(change);
    }
    if (current.total.isPositive()) parts.push(this.pension.instalments(run, view));
    const amount = Money.sum(parts.map((p) => p.amount));
    if (amount.isZero()) return { back };
    const group = this.scenario.employee.pensionGroup;
    return {
      line: {
        code: 'PENSION',
        amount,
        description: `Public service pension, ${group}`,
        trace: parts.flatMap((p) => p.steps),
      },
      back,
    };
  }

  /** What is left owed after the last payday, in English and French. */
  private outstanding(runs: PayRun[]): { en: string; fr: string }[] {
    const last = runs[runs.length - 1];
    const { key, view } = this.viewAt(last.cutoff);
    const where = view.isTerminated()
      ? {
          en: 'outside pay (no later pay to recover it from)',
          fr: 'hors paye (aucune paye ultérieure pour le recouvrer)',
        }
      : { en: 'after the last requested payday', fr: 'après le dernier jour de paye demandé' };
    const overpaid = [...this.corrections.pending].sort().map(([start, p]) => {
      const paid = this.corrections.paid.get(start)!;
      const owed = paid.due.total.minus(this.due(key, view, paid.due.period).total).toString();
      const end = paid.due.period.end;
      const convention = routeConvention(p.route);
      return {
        en: `Overpayment of ${owed} for ${start} to ${end} not recovered by ${last.payday}: to be recovered ${where.en} (convention ${convention}).`,
        fr: `Trop-payé de ${owed} pour la période du ${start} au ${end} non recouvré au ${last.payday} : à recouvrer ${where.fr} (convention ${convention}).`,
      };
    });
    const pension =
      this.pension && view.isTerminated()
        ? this.pension.outstanding(view).map((o) => ({
            en: `Pension contributions of ${o.owed.toString()} owed for leave ${o.leaveId} not collected by ${last.payday}: owed outside pay (convention ${CONVENTION.lwopInstalments}).`,
            fr: `Cotisations de retraite de ${o.owed.toString()} dues pour le congé ${o.leaveId} non perçues au ${last.payday} : dues hors paye (convention ${CONVENTION.lwopInstalments}).`,
          }))
        : [];
    return [...overpaid, ...pension];
  }
}

function unionDuesLine(unionDues: Money): DeductionLine {
  return {
    code: 'UNION_DUES',
    amount: unionDues,
    description: 'Union dues',
    trace: [
      {
        step: 'U1',
        label: 'Union dues per pay (employee profile)',
        labelFr: 'Cotisations syndicales par paye (profil de l’employé)',
        value: unionDues.toString(),
        citation: 'collective agreement, check-off of union dues',
      },
    ],
  };
}
