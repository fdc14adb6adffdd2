import { ZERO, type Dec } from '../../money';
import { cite, txt, type Ctx } from './context';
import type { Contributions } from './contributions';
import type { Words } from '../../scenario';

/**
 * What the K2 credit is taken on, before the lowest rate: the annual base CPP (QPP) part, EI and
 * (Quebec) QPIP. Each is P × the period's amount plus any non-periodic contributions, capped at
 * the annual maximum; from the period in which a maximum is reached, the maximum itself
 * (T4127 ch. 4, step 2, K2; K2Q in Quebec).
 */
export interface CreditBase {
  cpp: Dec;
  ei: Dec;
  qpip: Dec;
  total: Dec;
}

export interface CreditSource {
  /** The period's periodic contributions (annualized with P). */
  periodic: Contributions;
  /** Contributions on non-periodic payments counted once (earlier this year, and this one). */
  extra: Contributions;
  /** Everything withheld this period, to tell whether a maximum is reached in it. */
  thisPeriod: Contributions;
}

function capped(annual: Dec, max: Dec, reached: boolean): Dec {
  return reached || annual.gt(max) ? max : annual;
}

export function creditBase(ctx: Ctx, s: CreditSource): CreditBase {
  const annualC = ctx.P.times(s.periodic.c).plus(s.extra.c).times(ctx.plan.baseRatio);
  const cpp = capped(annualC, ctx.cppBaseCap, !ctx.cppExempt && ctx.d.plus(s.thisPeriod.c).gte(ctx.cppMax));
  const annualEi = ctx.P.times(s.periodic.ei).plus(s.extra.ei);
  const ei = capped(annualEi, ctx.ei.max, !ctx.eiExempt && ctx.d1.plus(s.thisPeriod.ei).gte(ctx.ei.max));
  let qpip = ZERO;
  if (ctx.quebec) {
    const annualQ = ctx.P.times(s.periodic.qpip).plus(s.extra.qpip);
    qpip = capped(annualQ, ctx.e.qpip.max, ctx.dQpip.plus(s.thisPeriod.qpip).gte(ctx.e.qpip.max));
  }
  return { cpp, ei, qpip, total: cpp.plus(ei).plus(qpip) };
}

export function traceK2(ctx: Ctx, step: 'K2' | 'K2P', rate: Dec, k2: Dec, base: CreditBase, tag: Words): void {
  ctx.trace.add(() => ({
    step,
    label: `${step === 'K2' ? 'Federal' : 'Provincial'} CPP/EI${ctx.quebec ? '/QPIP' : ''} credit${tag.en}`,
    labelFr: `Crédit ${step === 'K2' ? 'fédéral' : 'provincial'} pour ${ctx.plan.plan === 'QPP' ? 'RRQ' : 'RPC'}/AE${ctx.quebec ? '/RQAP' : ''}${tag.fr}`,
    value: txt(k2),
    inputs: {
      rate: txt(rate),
      [`${ctx.plan.plan} base (annual, capped)`]: txt(base.cpp),
      'EI (annual, capped)': txt(base.ei),
      ...(ctx.quebec ? { 'QPIP (annual, capped)': txt(base.qpip) } : {}),
      ratio: `${txt(ctx.plan.baseRate)}/${txt(ctx.plan.rate)} (not rounded)`,
    },
    citation: cite(ctx, `ch. 4, step 2, ${ctx.quebec ? 'K2Q' : step}`),
  }));
}
