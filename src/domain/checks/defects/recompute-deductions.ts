import { type IsoDate, payRunFor, yearOf } from '../../calendar';
import { Money } from '../../money';
import { EventView } from '../../reference/engine/event-view';
import { pensionAmount } from '../../reference/engine/pension-contribution';
import { statutoryLines, YearToDate } from '../../reference/engine/run-deductions';
import type { LineCode, Scenario, Statement } from '../../scenario';
import { amountOf, deductionBase } from './deduction-base';

/**
 * The reference's deduction rules replayed on the supplier's own base (issue 14, item 2): for
 * each supplier statement, what the reference would withhold for CPP, CPP2, EI, QPP, QPP2,
 * QPIP, income tax and pension given the supplier's earning lines, its pension and union dues
 * lines, and its own year to date. A supplier deduction equal to this is a consequence of its
 * base, not a defect of its own. Paydays before the window use the reference's statements (the
 * supplier was not asked about them), so the replay starts from January as the reference does.
 */
export interface RecomputeInput {
  scenario: Scenario;
  /** The reference's statements of the first window year before the first requested payday. */
  history: readonly Statement[];
  /** The supplier's statements (window), any order. */
  actual: readonly Statement[];
  /** The reference's statements of the window, for the pension on its retroactive lines. */
  reference: readonly Statement[];
  /** Pay periods in the year added to the pay run's own (parameter-roots.ts tries +1 and -1); 0 when absent. */
  periodsShift?: number;
}

/** Per supplier payday: the amount the reference's rules give on the supplier's base, per code. */
export type Recomputed = Map<IsoDate, Map<LineCode, Money>>;

const WITHHELD: readonly LineCode[] = ['CPP', 'CPP2', 'QPP', 'QPP2', 'EI', 'QPIP'];

/** What the replay carries from pay to pay within one calendar year. */
interface YearState {
  withheld: Map<LineCode, Money>;
  eiQuebec: Money;
  carried: YearToDate;
}

function newYear(): YearState {
  return { withheld: new Map(), eiQuebec: Money.ZERO, carried: new YearToDate() };
}

/** The replay's YTD: contributions as the statements withheld them, the rest carried by the replay. */
function ytdFor(state: YearState): YearToDate {
  const y = new YearToDate();
  const w = (c: LineCode) => (state.withheld.get(c) ?? Money.ZERO).toDecimal();
  y.cpp = { CPP: w('CPP'), QPP: w('QPP') };
  y.cpp2 = w('CPP2').plus(w('QPP2'));
  // EI lines do not say at which rate they were withheld: the province of each payday tells.
  y.ei = { quebec: state.eiQuebec.toDecimal(), outside: w('EI').minus(state.eiQuebec.toDecimal()) };
  y.qpip = w('QPIP');
  const c = state.carried;
  Object.assign(y, {
    pensionable: c.pensionable,
    nonPeriodic: c.nonPeriodic,
    f5b: c.f5b,
    cppOnNonPeriodic: c.cppOnNonPeriodic,
    eiOnNonPeriodic: c.eiOnNonPeriodic,
  });
  return y;
}

function withhold(state: YearState, s: Statement, quebec: boolean): void {
  for (const code of WITHHELD)
    state.withheld.set(code, (state.withheld.get(code) ?? Money.ZERO).plus(amountOf(s, code)));
  if (quebec) state.eiQuebec = state.eiQuebec.plus(amountOf(s, 'EI'));
}

/** The pension the reference's rule gives on this statement's salary, plus the reference's own share for its retro lines. */
function pensionFor(scenario: Scenario, s: Statement, reference: Statement | undefined): Money | undefined {
  const group = scenario.employee.pensionGroup;
  if (group === 'none') return Money.ZERO;
  const year = yearOf(s.payday);
  const own = pensionAmount(deductionBase(s).salary, year, group);
  if (!reference) return own;
  const refOwn = pensionAmount(deductionBase(reference).salary, year, group);
  return own.plus(amountOf(reference, 'PENSION').minus(refOwn));
}

function replayOne(i: RecomputeInput, s: Statement, state: YearState, reference?: Statement): Map<LineCode, Money> {
  const run = payRunFor(s.payday);
  const view = new EventView(
    i.scenario,
    i.scenario.events.filter((e) => e.entered <= run.cutoff),
  );
  const province = view.provinceOn(s.payday);
  const base = deductionBase(s);
  const ytd = ytdFor(state);
  const { lines } = statutoryLines({
    payday: s.payday,
    periodsInYear: run.periodsInYear + (i.periodsShift ?? 0),
    province,
    claims: view.claimsOn(s.payday),
    periodic: base.current.plus(base.reversed).floorAtZero(),
    retro: base.retro,
    retroPeriods: Math.max(1, base.retroPeriods),
    pension: base.pension,
    unionDues: base.unionDues,
    ytd,
    trace: false,
  });
  state.carried = ytd;
  withhold(state, s, province === 'QC');
  const out = new Map<LineCode, Money>(lines.map((l) => [l.code, l.amount]));
  const pension = pensionFor(i.scenario, s, reference);
  if (pension) out.set('PENSION', pension);
  return out;
}

/**
 * Replays every statement in payday order (history first), one year-to-date per calendar year,
 * and returns the recomputed deductions of the supplier's paydays only.
 */
export function recomputeDeductions(i: RecomputeInput): Recomputed {
  const byDay = (a: Statement, b: Statement) => (a.payday < b.payday ? -1 : a.payday > b.payday ? 1 : 0);
  const references = new Map(i.reference.map((s) => [s.payday, s]));
  const years = new Map<number, YearState>();
  const out: Recomputed = new Map();
  const timeline = [
    ...i.history.map((s) => ({ s, own: false })),
    ...[...i.actual].sort(byDay).map((s) => ({ s, own: true })),
  ];
  for (const { s, own } of timeline) {
    const year = yearOf(s.payday);
    if (!years.has(year)) years.set(year, newYear());
    const amounts = replayOne(i, s, years.get(year)!, references.get(s.payday));
    if (own) out.set(s.payday, amounts);
  }
  return out;
}
