import { type IsoDate, movedPaydays, yearOf } from '../../calendar';
import { CONVENTION } from '../../conventions';
import { Money, ZERO } from '../../money';
import type { LineCode } from '../../scenario';
import { computeDeductions, type Claim, type DeductionResult, type ProvinceCode } from '../deductions';
import type { TraceStep } from '../trace';
import type { NotJudged } from './engine.types';
import { isJudged, notJudgedOn } from './not-judged';

/** A deduction line before it is put on a statement. */
export interface DeductionLine {
  code: LineCode;
  amount: Money;
  description: string;
  trace: TraceStep[];
}

/** Year-to-date amounts of one calendar year of paydays, carried from run to run. */
export class YearToDate {
  cpp = { CPP: ZERO, QPP: ZERO };
  cpp2 = ZERO;
  ei = { outside: ZERO, quebec: ZERO };
  qpip = ZERO;
  pensionable = ZERO;
  nonPeriodic = ZERO;
  f5b = ZERO;
  cppOnNonPeriodic = ZERO;
  eiOnNonPeriodic = ZERO;

  /** A copy, so a run's starting point can be replayed (recovery.prior-year-net). */
  clone(): YearToDate {
    return Object.assign(new YearToDate(), this, { cpp: { ...this.cpp }, ei: { ...this.ei } });
  }
}

export interface StatutoryInput {
  payday: IsoDate;
  periodsInYear: number;
  province: ProvinceCode;
  claims: { federal: Claim; provincial: Claim };
  /** Periodic pay I (current period's earnings and negative adjustments, floored at zero). */
  periodic: Money;
  /** Positive retroactive adjustments, taxed as one non-periodic payment. */
  retro: Money;
  retroPeriods: number;
  pension: Money;
  unionDues: Money;
  ytd: YearToDate;
  /** The first requested run, carrying a year to date from history runs (history.from-january names it). */
  fromHistory?: boolean;
  trace: boolean;
}

/** T4127 Option 1 for one run's input, without carrying the year to date (pure). */
export function statutoryCall(x: StatutoryInput): DeductionResult {
  const quebec = x.province === 'QC';
  const y = x.ytd;
  return computeDeductions({
    payDate: x.payday,
    province: x.province,
    periodsPerYear: x.periodsInYear,
    gross: x.periodic,
    federalClaim: x.claims.federal,
    provincialClaim: x.claims.provincial,
    rpp: x.pension.isNegative() ? Money.ZERO : x.pension,
    unionDues: x.unionDues,
    ytd: {
      cpp: Money.roundHalfUp(quebec ? y.cpp.QPP : y.cpp.CPP),
      cppOtherPlan: Money.roundHalfUp(quebec ? y.cpp.CPP : y.cpp.QPP),
      cpp2: Money.roundHalfUp(y.cpp2),
      ei: Money.roundHalfUp(quebec ? y.ei.quebec : y.ei.outside),
      eiOtherRate: Money.roundHalfUp(quebec ? y.ei.outside : y.ei.quebec),
      qpip: Money.roundHalfUp(y.qpip),
      pensionable: Money.roundHalfUp(y.pensionable),
      nonPeriodic: Money.roundHalfUp(y.nonPeriodic),
      f5bNonPeriodic: Money.roundHalfUp(y.f5b),
      cppOnNonPeriodic: Money.roundHalfUp(y.cppOnNonPeriodic),
      eiOnNonPeriodic: Money.roundHalfUp(y.eiOnNonPeriodic),
    },
    ...(x.retro.isPositive() ? { retro: { amount: x.retro, periods: x.retroPeriods, method: 'bonus' as const } } : {}),
    trace: x.trace,
  });
}

function carry(x: StatutoryInput, r: DeductionResult): void {
  const y = x.ytd;
  const quebec = x.province === 'QC';
  y.cpp[quebec ? 'QPP' : 'CPP'] = y.cpp[quebec ? 'QPP' : 'CPP'].plus(r.cpp.toDecimal());
  y.cpp2 = y.cpp2.plus(r.cpp2.toDecimal());
  y.ei[quebec ? 'quebec' : 'outside'] = y.ei[quebec ? 'quebec' : 'outside'].plus(r.ei.toDecimal());
  y.qpip = y.qpip.plus(r.qpip.toDecimal());
  y.pensionable = y.pensionable.plus(x.periodic.toDecimal()).plus(x.retro.toDecimal());
  if (r.nonPeriodicShares) {
    y.nonPeriodic = y.nonPeriodic.plus(x.retro.toDecimal());
    y.f5b = y.f5b.plus(r.nonPeriodicShares.f5b);
    y.cppOnNonPeriodic = y.cppOnNonPeriodic.plus(r.nonPeriodicShares.cpp);
    y.eiOnNonPeriodic = y.eiOnNonPeriodic.plus(r.nonPeriodicShares.ei);
  }
}

/** Which P and which year's rules: the payday's calendar year (tax.year-of-payday), a holiday's move named. */
function yearStep(x: StatutoryInput): TraceStep {
  const year = yearOf(x.payday);
  // Named where a holiday's move shaped P: a pay moved across the year end (2025-01-01 to 2024-12-31).
  const moved = movedPaydays(year).filter((m) => m.scheduled.slice(0, 4) !== m.paidOn.slice(0, 4));
  return {
    step: 'P',
    label: `Pay periods in ${year}: the paydays of the payday's calendar year${
      x.fromHistory ? '; year to date carried from the history runs before the request' : ''
    }`,
    labelFr: `Périodes de paye en ${year} : les jours de paye de l’année civile du jour de paye${
      x.fromHistory ? '; cumul annuel reporté des payes de l’historique antérieures à la demande' : ''
    }`,
    value: String(x.periodsInYear),
    ...(moved.length > 0 && {
      inputs: Object.fromEntries(moved.map((m) => [`scheduled ${m.scheduled}`, `paid ${m.paidOn}`])),
    }),
    citation: `T4127 ch. 4, P; convention: ${[
      CONVENTION.taxYear,
      ...(moved.length > 0 ? [CONVENTION.holidayPayday] : []),
      ...(x.fromHistory ? [CONVENTION.history] : []),
    ].join(', ')}`,
  };
}

/** The steps of a deductions trace that explain one line (by T4127 step name). */
const stepsNamed = (trace: TraceStep[], steps: readonly string[]) => trace.filter((s) => steps.includes(s.step));

/**
 * CPP/QPP, CPP2/QPP2, EI, QPIP and income tax of one run (T4127 Option 1), carrying the year to
 * date, and the lines the reference does not judge that day (not-judged.ts).
 */
export function statutoryLines(x: StatutoryInput): { lines: DeductionLine[]; notJudged: NotJudged[] } {
  const notJudged = notJudgedOn({ province: x.province });
  if (!x.periodic.isPositive() && !x.retro.isPositive()) return { lines: [], notJudged };
  const r = statutoryCall(x);
  carry(x, r);
  const quebec = x.province === 'QC';
  const t = x.trace ? [yearStep(x), ...r.trace] : r.trace;
  const retroNote = x.retro.isPositive() ? `; retroactive pay taxed by convention: ${CONVENTION.retroTax}` : '';
  const tax = (federal: boolean): Money =>
    federal
      ? r.federalTax.plus(r.federalTaxOnRetro ?? Money.ZERO)
      : r.provincialTax.plus(r.provincialTaxOnRetro ?? Money.ZERO);
  const lines: DeductionLine[] = [
    {
      code: quebec ? 'QPP' : 'CPP',
      amount: r.cpp,
      description: quebec ? 'Quebec Pension Plan' : 'Canada Pension Plan',
      trace: stepsNamed(t, ['P', 'edition', 'C']),
    },
    {
      code: quebec ? 'QPP2' : 'CPP2',
      amount: r.cpp2,
      description: quebec ? 'Quebec Pension Plan, second additional' : 'Canada Pension Plan, second additional',
      trace: stepsNamed(t, ['P', 'edition', 'C2']),
    },
    { code: 'EI', amount: r.ei, description: 'Employment Insurance', trace: stepsNamed(t, ['edition', 'EI']) },
    {
      code: 'QPIP',
      amount: r.qpip,
      description: 'Quebec Parental Insurance Plan',
      trace: stepsNamed(t, ['edition', 'QPIP']),
    },
    {
      code: 'FEDERAL_TAX',
      amount: tax(true),
      description: `Federal income tax${retroNote ? ' (with tax on retroactive pay)' : ''}`,
      trace: t,
    },
  ];
  if (isJudged('PROVINCIAL_TAX', notJudged))
    lines.push({
      code: 'PROVINCIAL_TAX',
      amount: tax(false),
      description: quebec ? 'Quebec income tax (Revenu Québec TP-1015.F-V)' : `${x.province} income tax`,
      trace: t,
    });
  if (retroNote)
    for (const l of lines)
      if (l.code.endsWith('TAX'))
        l.trace = [
          ...l.trace,
          {
            step: 'retro',
            label: 'Retroactive pay taxed as a non-periodic payment',
            labelFr: 'Rémunération rétroactive imposée comme paiement non périodique',
            value: x.retro.toString(),
            inputs: { periods: String(x.retroPeriods) },
            citation: `T4127 ch. 4, non-periodic payments; convention: ${CONVENTION.retroTax}`,
          },
        ];
  return { lines, notJudged };
}

/** Everything T4127 withholds in one result: CPP/QPP, CPP2, EI, QPIP and both taxes, with tax on retro pay. */
export function statutoryWithheld(r: DeductionResult): Money {
  return Money.sum([
    r.cpp,
    r.cpp2,
    r.ei,
    r.qpip,
    r.federalTax,
    r.provincialTax,
    r.federalTaxOnRetro ?? Money.ZERO,
    r.provincialTaxOnRetro ?? Money.ZERO,
  ]);
}
