import { ZERO, type Dec } from '../../money';
import { cite, txt, type Ctx } from './context';
import { cpp2Contribution, cppContribution } from './cpp';
import { premium } from './ei';

/** CPP/QPP, CPP2/QPP2, EI and QPIP on one amount of pay, given what was withheld earlier this year. */
export interface Contributions {
  c: Dec;
  c2: Dec;
  ei: Dec;
  qpip: Dec;
}

export interface Pay {
  /** Pensionable earnings (cash + taxable benefits). */
  pi: Dec;
  /** Insurable earnings (cash only). */
  ie: Dec;
  /** The basic exemption this period: 3,500/P truncated, or zero for a payment made on its own. */
  exemption: Dec;
}

export function contributionsOn(ctx: Ctx, pay: Pay): Contributions {
  return {
    c: cppContribution(ctx, pay.pi, pay.exemption),
    c2: cpp2Contribution(ctx, pay.pi),
    ei: ctx.eiExempt ? ZERO : premium(ctx.ei, ctx.d1, pay.ie),
    qpip: ctx.quebec ? premium(ctx.e.qpip, ctx.dQpip, pay.ie) : ZERO,
  };
}

export function traceEi(ctx: Ctx, ie: Dec, k: Contributions): void {
  ctx.trace.add(() => ({
    step: 'EI',
    label: ctx.quebec ? 'EI premium for the period (Quebec rate)' : 'EI premium for the period',
    labelFr: ctx.quebec
      ? 'Cotisation d’assurance-emploi pour la période (taux du Québec)'
      : 'Cotisation d’assurance-emploi pour la période',
    value: txt(k.ei),
    inputs: { IE: txt(ie), rate: txt(ctx.ei.rate), D1: txt(ctx.d1), max: txt(ctx.ei.max) },
    citation: ctx.eiExempt ? `${cite(ctx, 'ch. 7')}; convention: employee exempt from EI` : cite(ctx, 'ch. 7, EI'),
  }));
  if (!ctx.quebec) return;
  ctx.trace.add(() => ({
    step: 'QPIP',
    label: 'Quebec Parental Insurance Plan premium for the period',
    labelFr: 'Cotisation au Régime québécois d’assurance parentale pour la période',
    value: txt(k.qpip),
    inputs: { IE: txt(ie), rate: txt(ctx.e.qpip.rate), withheldSoFar: txt(ctx.dQpip), max: txt(ctx.e.qpip.max) },
    citation: ctx.e.qpip.citation,
  }));
}

/** F5 = C × (first additional rate / rate) + C2, the enhanced part deducted from income (T4127 ch. 4). */
export function f5Of(ctx: Ctx, k: Contributions): Dec {
  return k.c.times(ctx.plan.enhancedRatio).plus(k.c2);
}
