import { int, ZERO, type Dec } from '../../money';
import { roundCents } from './rounding';
import { annualTaxes, periodicA, perPeriod, type Claims } from './annual-tax';
import { cite, txt, type Ctx } from './context';
import { contributionsOn, f5Of, type Contributions } from './contributions';
import { creditBase } from './credits';
import type { Amounts } from './inputs';
import type { TaxPair } from './non-periodic';
import type { Words } from '../../scenario';

const NONE: Contributions = { c: ZERO, c2: ZERO, ei: ZERO, qpip: ZERO };

/** The periodic tax (no L) there would be on the regular pay raised by `extra`, as T4032 tables give it. */
function periodTaxOn(ctx: Ctx, m: Amounts, claims: Claims, extra: Dec, tag: Words): TaxPair {
  const i = m.gross.plus(m.benefit).plus(extra);
  const k = contributionsOn(ctx, { pi: i, ie: m.gross.plus(extra), exemption: i.isZero() ? ZERO : ctx.exemption });
  const a = periodicA(ctx, m, i, f5Of(ctx, k), tag);
  const t = annualTaxes(ctx, { a, credits: creditBase(ctx, { periodic: k, extra: NONE, thisPeriod: k }), tag }, claims);
  return { federal: perPeriod(ctx, t.t1), provincial: perPeriod(ctx, t.t2) };
}

/**
 * CRA's spread method for a retroactive increase (CRA "Example 3 – Retroactive pay increase"):
 * spread it over the n periods it covers, and withhold n × (periodic tax on pay + retro/n −
 * periodic tax on pay). retro/n is rounded half-up to the cent, as in CRA's example.
 */
export function spreadRetroTax(ctx: Ctx, m: Amounts, claims: Claims): TaxPair {
  const n = int(m.retroPeriods);
  const share = roundCents(m.retro.dividedBy(n)).toDecimal();
  const base = periodTaxOn(ctx, m, claims, ZERO, {
    en: ' (spread: regular pay)',
    fr: ' (répartition : rémunération régulière)',
  });
  const raised = periodTaxOn(ctx, m, claims, share, {
    en: ' (spread: regular pay + retro / periods)',
    fr: ' (répartition : rémunération régulière + rémunération rétroactive / périodes)',
  });
  const diff = (x: Dec, y: Dec): Dec => (x.gt(y) ? x.minus(y).times(n) : ZERO);
  const result = { federal: diff(raised.federal, base.federal), provincial: diff(raised.provincial, base.provincial) };
  ctx.trace.add(() => ({
    step: 'TR',
    label: 'Tax on the retroactive increase (spread method: periods × difference in periodic tax)',
    labelFr: 'Impôt sur l’augmentation rétroactive (méthode de répartition : périodes × écart d’impôt périodique)',
    value: txt(result.federal.plus(result.provincial)),
    inputs: {
      retro: txt(m.retro),
      periods: txt(n),
      'retro / periods': txt(share),
      'federal per period (without, with)': `${txt(base.federal)}, ${txt(raised.federal)}`,
      'provincial per period (without, with)': `${txt(base.provincial)}, ${txt(raised.provincial)}`,
    },
    citation: `${cite(ctx, 'ch. 4')}; CRA "Example 3 – Retroactive pay increase" (spread method)`,
  }));
  return result;
}
