import type Decimal from 'decimal.js';
import type { IsoDate } from '../../calendar';
import { PayproofError } from '../../errors';
import { Dec, Money, ZERO, int } from '../../money';
import type { LineCode, PensionGroup } from '../../scenario';
import { INSURANCE } from '../../rules/public-service/insurance';
import { PAY_CONSTANTS } from '../../rules/public-service/pay-constants';
import { PSSA_RATES } from '../../rules/public-service/pension';
import { computeDeductions, type Claim, type DeductionResult, type ProvinceCode } from '../deductions';
import type { TraceStep } from '../trace';
import { CONVENTIONS } from './event-view';

/** A deduction line before it is put on a statement. */
export interface DeductionLine {
  code: LineCode;
  amount: Money;
  description: string;
  trace: TraceStep[];
}

const MONTHS_TO_BIWEEKLY = int(12).dividedBy(PAY_CONSTANTS.biweeklyDivisor);
const THOUSAND = int(1000);

function roundUpTo(x: Decimal, unit: Decimal): Decimal {
  return x.dividedBy(unit).ceil().times(unit);
}

/** PSSA contribution on one period's pensionable salary, paid in `year` (convention pension.pssa-per-pay). */
export function pensionOn(
  salary: Money,
  year: number,
  group: Exclude<PensionGroup, 'none'>,
): { amount: Money; step: TraceStep } {
  const r = PSSA_RATES.get(`${group}:${year}`);
  if (!r)
    throw new PayproofError(
      'UNSUPPORTED',
      `no ${group} pension contribution rates are held for ${year} (held: 2025, 2026)`,
      { year },
    );
  const threshold = r.ympe.dividedBy(PAY_CONSTANTS.biweeklyDivisor);
  const cap = r.salaryCap.dividedBy(PAY_CONSTANTS.biweeklyDivisor);
  const s = salary.toDecimal();
  const below = Dec.max(ZERO, Dec.min(s, threshold));
  const above = Dec.max(ZERO, Dec.min(s, cap).minus(threshold));
  const amount = Money.roundHalfUp(below.times(r.belowYmpe).plus(above.times(r.aboveYmpe)));
  return {
    amount,
    step: {
      step: 'PENSION',
      label: `${group} contribution on a period's salary of ${salary.toString()} (${year} rates)`,
      value: amount.toString(),
      inputs: {
        salary: salary.toString(),
        'YMPE / 26.088': threshold.toString(),
        rateBelow: r.belowYmpe.toString(),
        rateAbove: r.aboveYmpe.toString(),
      },
      citation: `${r.citation}; convention: ${CONVENTIONS.pension}${r.assumption ? `; convention: ${r.assumption}` : ''}`,
    },
  };
}

/** Disability insurance and supplementary death benefit for a pay (convention insurance.monthly-to-biweekly). */
export function insuranceLines(insuredAnnual: Decimal, group: PensionGroup): DeductionLine[] {
  const di = INSURANCE.disability;
  const insured = roundUpTo(insuredAnnual, di.roundSalaryUpTo);
  const diAmount = Money.roundHalfUp(
    insured.dividedBy(THOUSAND).times(di.ratePerThousandPerMonth).times(MONTHS_TO_BIWEEKLY),
  );
  const lines: DeductionLine[] = [
    {
      code: 'DISABILITY_INSURANCE',
      amount: diAmount,
      description: `Disability insurance on ${insured.toString()}`,
      trace: [
        {
          step: 'DI',
          label: 'Disability insurance: 0.35 per 1,000 of insured salary a month × 12 / 26.088',
          value: diAmount.toString(),
          inputs: { annualSalary: insuredAnnual.toString(), insured: insured.toString() },
          citation: `${di.citation}; convention: ${CONVENTIONS.insurance}`,
        },
      ],
    },
  ];
  if (group === 'none') return lines;
  const sdb = INSURANCE.deathBenefit;
  const coverage = roundUpTo(insuredAnnual.times(sdb.coverageMultiple), sdb.roundCoverageUpTo);
  const sdbAmount = Money.roundHalfUp(
    coverage.dividedBy(THOUSAND).times(sdb.ratePerThousandPerMonth).times(MONTHS_TO_BIWEEKLY),
  );
  lines.push({
    code: 'DEATH_BENEFIT',
    amount: sdbAmount,
    description: `Supplementary death benefit on coverage of ${coverage.toString()}`,
    trace: [
      {
        step: 'SDB',
        label: 'Supplementary death benefit: 0.15 per 1,000 of coverage a month × 12 / 26.088',
        value: sdbAmount.toString(),
        inputs: { annualSalary: insuredAnnual.toString(), coverage: coverage.toString() },
        citation: `${sdb.citation}; convention: ${CONVENTIONS.insurance}`,
      },
    ],
  });
  return lines;
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
  trace: boolean;
}

function statutoryCall(x: StatutoryInput): DeductionResult {
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

/** The steps of a deductions trace that explain one line (by T4127 step name). */
const stepsNamed = (trace: TraceStep[], steps: readonly string[]) => trace.filter((s) => steps.includes(s.step));

/** CPP/QPP, CPP2/QPP2, EI, QPIP and income tax of one run (T4127 Option 1), carrying the year to date. */
export function statutoryLines(x: StatutoryInput): DeductionLine[] {
  if (!x.periodic.isPositive() && !x.retro.isPositive()) return [];
  const r = statutoryCall(x);
  carry(x, r);
  const quebec = x.province === 'QC';
  const t = r.trace;
  const retroNote = x.retro.isPositive() ? `; retroactive pay taxed by convention: ${CONVENTIONS.retroTax}` : '';
  const tax = (federal: boolean): Money =>
    federal
      ? r.federalTax.plus(r.federalTaxOnRetro ?? Money.ZERO)
      : r.provincialTax.plus(r.provincialTaxOnRetro ?? Money.ZERO);
  const lines: DeductionLine[] = [
    {
      code: quebec ? 'QPP' : 'CPP',
      amount: r.cpp,
      description: quebec ? 'Quebec Pension Plan' : 'Canada Pension Plan',
      trace: stepsNamed(t, ['edition', 'C']),
    },
    {
      code: quebec ? 'QPP2' : 'CPP2',
      amount: r.cpp2,
      description: quebec ? 'Quebec Pension Plan, second additional' : 'Canada Pension Plan, second additional',
      trace: stepsNamed(t, ['edition', 'C2']),
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
            value: x.retro.toString(),
            inputs: { periods: String(x.retroPeriods) },
            citation: `T4127 ch. 4, non-periodic payments; convention: ${CONVENTIONS.retroTax}`,
          },
        ];
  return lines;
}
