import { int, Money, ZERO, type Dec } from '../../money';
import { refuse } from '../../refusals';
import { annualTaxes } from './annual-tax';
import { cite, txt } from './context';
import { creditBase } from './credits';
import type { Claim, ProvinceCode } from './deductions.types';
import { prepare } from './inputs';
import { roundCents } from './rounding';
import type { TraceStep } from '../trace';

/** Cumulative amounts of the year so far, this period included. */
export interface Option2Cumulative {
  /** Σ (I − F − U1): taxable periodic pay less RPP/RRSP and union dues. */
  taxable: Money;
  /** Σ F5 (enhanced CPP deduction). */
  f5: Money;
  /** Σ C, Σ EI, Σ QPIP withheld. */
  cpp: Money;
  ei: Money;
  qpip?: Money;
}

export interface Option2Input {
  payDate: string;
  province: ProvinceCode;
  periodsPerYear: number;
  /** The number of this pay period in the year, 1 to P. */
  periodNumber: number;
  federalClaim: Claim;
  provincialClaim: Claim;
  cumulative: Option2Cumulative;
  /** Tax withheld in the earlier periods of the year. */
  withheld: { federal: Money; provincial: Money };
  trace?: boolean;
}

export interface Option2Result {
  federalTax: Money;
  provincialTax: Money;
  trace: TraceStep[];
}

/**
 * T4127 Option 2, cumulative averaging (ch. 5), in small: annualize the year-to-date amounts with
 * S1 = P / n, compute annual tax as in Option 1, and withhold this period what brings the tax
 * withheld so far up to (annual tax) / S1 (never negative). Used to cross-check Option 1.
 */
export function option2Tax(input: Option2Input): Option2Result {
  const { ctx } = prepare({ ...input, gross: Money.ZERO });
  const n = input.periodNumber;
  if (!Number.isSafeInteger(n) || n < 1 || n > ctx.periods) {
    throw refuse(
      'INVALID_INPUT',
      'periodNumber.range',
      { max: ctx.periods, found: String(n) },
      { field: 'periodNumber' },
    );
  }
  const s1 = ctx.P.dividedBy(int(n));
  const c = input.cumulative;
  const a = s1.times(c.taxable.toDecimal().minus(c.f5.toDecimal()));
  const periodic = { c: c.cpp.toDecimal(), c2: ZERO, ei: c.ei.toDecimal(), qpip: c.qpip?.toDecimal() ?? ZERO };
  const annualized = { c: periodic.c.times(s1), c2: ZERO, ei: periodic.ei.times(s1), qpip: periodic.qpip.times(s1) };
  const credits = creditBase(ctx, {
    periodic: { c: ZERO, c2: ZERO, ei: ZERO, qpip: ZERO },
    extra: annualized,
    thisPeriod: periodic,
  });
  const claims = { federal: input.federalClaim, provincial: input.provincialClaim, noTd1: false };
  const t = annualTaxes(
    ctx,
    { a, credits, tag: { en: ' (Option 2, annualized)', fr: ' (option 2, annualisé)' } },
    claims,
  );
  const due = (annual: Dec, withheld: Money): Money => {
    const x = annual.dividedBy(s1).minus(withheld.toDecimal());
    return x.isNegative() ? Money.ZERO : roundCents(x);
  };
  const federalTax = due(t.t1, input.withheld.federal);
  const provincialTax = due(t.t2, input.withheld.provincial);
  ctx.trace.add(() => ({
    step: 'T (Option 2)',
    label: 'Tax for the period: annual tax / S1 − tax withheld so far',
    labelFr: 'Impôt pour la période : impôt annuel / S1 − impôt déjà retenu',
    value: federalTax.plus(provincialTax).toString(),
    inputs: { S1: txt(s1), A: txt(a), T1: txt(t.t1), T2: txt(t.t2) },
    citation: cite(ctx, 'ch. 5, Option 2 (cumulative averaging)'),
  }));
  return { federalTax, provincialTax, trace: ctx.trace.list() };
}
