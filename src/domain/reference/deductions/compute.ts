import { Money, ZERO, type Dec } from '../../money';
import { annualTaxes, periodicA, perPeriod, type Claims } from './annual-tax';
import { cite, txt, type Ctx } from './context';
import type { Contributions } from './contributions';
import type { DeductionInput, DeductionResult } from './deductions.types';
import { prepare, type Amounts } from './inputs';
import { addContributions, lessContributions, nonPeriodicTax, type TaxPair, type Taxes } from './non-periodic';
import { periodPay, type PeriodPay } from './period-pay';
import { creditBase } from './credits';
import { withQuebecTax } from './quebec-pay';
import { spreadRetroTax } from './retro';
import { roundCents } from './rounding';

const money = (d: Dec): Money => Money.roundHalfUp(d);
const NONE: Contributions = { c: ZERO, c2: ZERO, ei: ZERO, qpip: ZERO };

/**
 * One pay period's statutory deductions under T4127 Option 1 (periodic pay), with the non-periodic
 * method for a bonus and for a retroactive increase (or CRA's spread method for the latter).
 * Pure: the same input gives the same result, with every step in the trace when asked.
 */
export function computeDeductions(input: DeductionInput): DeductionResult {
  const { ctx, amounts: m } = prepare(input);
  ctx.trace.add(() => ({
    step: 'edition',
    label: `T4127 edition in force on ${input.payDate}`,
    labelFr: `Édition de la T4127 en vigueur le ${input.payDate}`,
    value: ctx.e.id,
    inputs: { effective: ctx.e.effective, province: input.province, P: txt(ctx.P) },
    citation: cite(ctx, 'chosen by pay date'),
  }));
  const pay = periodPay(ctx, m);
  const claims: Claims = { federal: m.federalClaim, provincial: m.provincialClaim, noTd1: m.noTd1 };
  const aRegular = periodicA(ctx, m, pay.i, pay.f5a, { en: '', fr: '' });
  // Periodic K2 annualizes the regular pay's CPP/EI only; earlier bonuses enter with B1 in the TB method.
  const credits = creditBase(ctx, { periodic: pay.regular, extra: NONE, thisPeriod: pay.regular });
  const annual = annualTaxes(ctx, { a: aRegular, credits, tag: { en: '', fr: '' } }, claims);
  const federalTax = roundCents(annual.t1.dividedBy(ctx.P).plus(m.l));
  const provincialTax = money(perPeriod(ctx, annual.t2));
  const bonus = m.bonus.isZero() ? undefined : bonusTax(ctx, m, pay, claims, aRegular);
  const retro = m.retro.isZero() ? undefined : retroTax(ctx, m, pay, claims, aRegular);
  const taxes = { federalTax, provincialTax, bonus, retro };
  const all = ctx.quebec ? withQuebecTax(ctx, m, pay, taxes) : taxes;
  traceTax(ctx, all.federalTax, all.provincialTax, m.l);
  return assemble(ctx, m, pay, all);
}

/** Contributions withheld on earlier non-periodic payments this year (their share of K2). */
function earlier(m: Amounts): Contributions {
  return { c: m.cppOnB1, c2: ZERO, ei: m.eiOnB1, qpip: ZERO };
}

function bonusTax(ctx: Ctx, m: Amounts, pay: PeriodPay, claims: Claims, aRegular: Dec): TaxPair {
  const before = earlier(m);
  return nonPeriodicTax(ctx, claims, {
    name: { en: 'bonus', fr: 'la prime' },
    aRegular,
    b: m.bonus,
    f5b: pay.f5bBonus,
    b1: m.b1,
    f5bYtd: m.f5bYtd,
    before: { periodic: pay.regular, extra: before, thisPeriod: pay.regular },
    after: {
      periodic: pay.regular,
      extra: addContributions(before, lessContributions(pay.withBonus, pay.regular)),
      thisPeriod: pay.withBonus,
    },
  });
}

/** A retroactive increase after any bonus of the same period: the bonus counts as paid earlier (B1). */
function retroTax(ctx: Ctx, m: Amounts, pay: PeriodPay, claims: Claims, aRegular: Dec): TaxPair {
  if (m.retroMethod === 'spread') return spreadRetroTax(ctx, m, claims);
  const before = addContributions(earlier(m), lessContributions(pay.withBonus, pay.regular));
  return nonPeriodicTax(ctx, claims, {
    name: { en: 'retro (bonus method)', fr: 'la rémunération rétroactive (méthode de la prime)' },
    aRegular,
    b: m.retro,
    f5b: pay.f5bRetro,
    b1: m.b1.plus(m.bonus),
    f5bYtd: m.f5bYtd.plus(pay.f5bBonus),
    before: { periodic: pay.regular, extra: before, thisPeriod: pay.withBonus },
    after: {
      periodic: pay.regular,
      extra: addContributions(earlier(m), lessContributions(pay.total, pay.regular)),
      thisPeriod: pay.total,
    },
  });
}

function traceTax(ctx: Ctx, federal: Money, provincial: Money, l: Dec): void {
  ctx.trace.add(() => ({
    step: 'T',
    label: 'Tax for the period on the periodic pay: T1 / P + L (federal), T2 / P (provincial)',
    labelFr: 'Impôt pour la période sur la rémunération périodique : T1 / P + L (fédéral), T2 / P (provincial)',
    value: txt(federal.toDecimal().plus(provincial.toDecimal())),
    inputs: { federal: federal.toString(), provincial: provincial.toString(), L: txt(l) },
    citation: cite(ctx, 'ch. 4, step 6, T (half-up to the cent, ch. 1)'),
  }));
}

function assemble(ctx: Ctx, m: Amounts, pay: PeriodPay, t: Taxes): DeductionResult {
  const k = pay.total;
  const extraTax = [t.bonus, t.retro].reduce((s, p) => (p ? s.plus(p.federal).plus(p.provincial) : s), ZERO);
  const withheld = k.c
    .plus(k.c2)
    .plus(k.ei)
    .plus(k.qpip)
    .plus(extraTax)
    .plus(t.federalTax.toDecimal())
    .plus(t.provincialTax.toDecimal())
    .plus(m.f)
    .plus(m.u1);
  const net = money(m.gross.plus(m.bonus).plus(m.retro).minus(withheld));
  ctx.trace.add(() => ({
    step: 'net',
    label: 'Net pay: gross + bonus + retro − every deduction (taxable benefits are not cash)',
    labelFr:
      'Rémunération nette : brut + prime + rémunération rétroactive − toutes les retenues (les avantages imposables ne sont pas versés en argent)',
    value: net.toString(),
    inputs: { gross: txt(m.gross), bonus: txt(m.bonus), retro: txt(m.retro), withheld: txt(withheld) },
    citation: 'convention: net pay',
  }));
  return {
    edition: ctx.e.id,
    cpp: money(k.c),
    cpp2: money(k.c2),
    ei: money(k.ei),
    qpip: money(k.qpip),
    federalTax: t.federalTax,
    provincialTax: t.provincialTax,
    ...(t.bonus ? { federalTaxOnBonus: money(t.bonus.federal), provincialTaxOnBonus: money(t.bonus.provincial) } : {}),
    ...(t.retro ? { federalTaxOnRetro: money(t.retro.federal), provincialTaxOnRetro: money(t.retro.provincial) } : {}),
    net,
    ...(m.bonus.isZero() && m.retro.isZero()
      ? {}
      : {
          nonPeriodicShares: {
            f5b: pay.f5bBonus.plus(pay.f5bRetro),
            cpp: k.c.minus(pay.regular.c),
            ei: k.ei.minus(pay.regular.ei),
          },
        }),
    trace: ctx.trace.list(),
  };
}
