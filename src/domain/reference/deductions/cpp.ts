import { ZERO, type Dec } from '../../money';
import { roundCents } from './rounding';
import { cite, txt, type Ctx } from './context';

function cents(value: Dec): Dec {
  return value.isNegative() ? ZERO : roundCents(value).toDecimal();
}

/**
 * C = min(max × PM/12 − D, rate × (PI − 3,500/P)), floor 0 (T4127 ch. 6). QPP in Quebec.
 * `exemption` is the truncated per-period exemption, or zero for a payment made on its own.
 */
export function cppContribution(ctx: Ctx, pi: Dec, exemption: Dec): Dec {
  if (ctx.cppExempt) return ZERO;
  const room = ctx.cppMax.minus(ctx.d);
  const onPay = ctx.plan.rate.times(pi.minus(exemption));
  return cents(room.lt(onPay) ? room : onPay);
}

/** C2 = min(CPP2 max × PM/12 − D2, (PIYTD + PI − W) × 4%), W = max(PIYTD, YMPE × PM/12), floor 0 (T4127 ch. 6). */
export function cpp2Contribution(ctx: Ctx, pi: Dec): Dec {
  if (ctx.cppExempt) return ZERO;
  const w = ctx.piYtd.gt(ctx.ympeShare) ? ctx.piYtd : ctx.ympeShare;
  const room = ctx.cpp2Max.minus(ctx.d2);
  const onPay = ctx.piYtd.plus(pi).minus(w).times(ctx.plan.rate2);
  return cents(room.lt(onPay) ? room : onPay);
}

export function traceCpp(ctx: Ctx, pi: Dec, exemption: Dec, c: Dec, c2: Dec): void {
  const plan = ctx.plan.plan;
  ctx.trace.add(() => ({
    step: 'C',
    label: `${plan} contribution for the period (base + first additional)`,
    labelFr: `Cotisation au ${plan === 'QPP' ? 'RRQ' : 'RPC'} pour la période (de base + première cotisation supplémentaire)`,
    value: txt(c),
    inputs: {
      PI: txt(pi),
      exemption: txt(exemption),
      rate: txt(ctx.plan.rate),
      D: txt(ctx.d),
      'max × PM/12': txt(ctx.cppMax),
    },
    citation: ctx.cppExempt
      ? `${cite(ctx, 'ch. 6')}; convention: employee exempt from ${plan}`
      : cite(ctx, 'ch. 6, C (exemption 3,500/P truncated, ch. 1)'),
  }));
  ctx.trace.add(() => ({
    step: 'C2',
    label: `${plan}2 second additional contribution for the period`,
    labelFr: `Deuxième cotisation supplémentaire (${plan === 'QPP' ? 'RRQ2' : 'RPC2'}) pour la période`,
    value: txt(c2),
    inputs: {
      PI: txt(pi),
      PIYTD: txt(ctx.piYtd),
      'YMPE × PM/12': txt(ctx.ympeShare),
      D2: txt(ctx.d2),
      'max × PM/12': txt(ctx.cpp2Max),
    },
    citation: cite(ctx, 'ch. 6, C2 (W = max(PIYTD, YMPE × PM/12))'),
  }));
}
