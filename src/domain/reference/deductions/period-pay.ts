import { ZERO, type Dec } from '../../money';
import { cite, txt, type Ctx } from './context';
import { contributionsOn, f5Of, traceEi, type Contributions } from './contributions';
import { traceCpp } from './cpp';
import type { Amounts } from './inputs';

/**
 * The period's contributions, taken in layers so each non-periodic payment knows its own share:
 * on the regular pay, then with the bonus, then with the retroactive pay (the total withheld).
 */
export interface PeriodPay {
  regular: Contributions;
  withBonus: Contributions;
  total: Contributions;
  /** Periodic taxable pay I = gross + taxable benefits. */
  i: Dec;
  piTotal: Dec;
  f5: Dec;
  f5a: Dec;
  f5bBonus: Dec;
  f5bRetro: Dec;
}

export function periodPay(ctx: Ctx, m: Amounts): PeriodPay {
  const i = m.gross.plus(m.benefit);
  // A bonus or retro paid on its own gets no basic exemption (T4127 ch. 6; CRA "Bonuses, retroactive pay increases").
  const exemption = i.isZero() ? ZERO : ctx.exemption;
  const regular = contributionsOn(ctx, { pi: i, ie: m.gross, exemption });
  const withBonus = m.bonus.isZero()
    ? regular
    : contributionsOn(ctx, { pi: i.plus(m.bonus), ie: m.gross.plus(m.bonus), exemption });
  const piTotal = i.plus(m.bonus).plus(m.retro);
  const ieTotal = m.gross.plus(m.bonus).plus(m.retro);
  const total = m.retro.isZero() ? withBonus : contributionsOn(ctx, { pi: piTotal, ie: ieTotal, exemption });
  traceCpp(ctx, piTotal, exemption, total.c, total.c2);
  traceEi(ctx, ieTotal, total);
  return { regular, withBonus, total, i, piTotal, ...splitF5(ctx, m, total, piTotal) };
}

/** F5A = F5 × (PI − B)/PI and F5B = F5 × B/PI, one F5B per non-periodic payment (T4127 ch. 4). */
function splitF5(ctx: Ctx, m: Amounts, total: Contributions, pi: Dec) {
  const f5 = f5Of(ctx, total);
  const none = m.bonus.isZero() && m.retro.isZero();
  const share = (part: Dec): Dec => (pi.isZero() || part.isZero() ? ZERO : f5.times(part).dividedBy(pi));
  const f5bBonus = none ? ZERO : share(m.bonus);
  const f5bRetro = none ? ZERO : share(m.retro);
  const f5a = none ? f5 : share(pi.minus(m.bonus).minus(m.retro));
  ctx.trace.add(() => ({
    step: 'F5',
    label: `Enhanced ${ctx.plan.plan} deduction from income (C × ${txt(ctx.plan.rate.minus(ctx.plan.baseRate))}/${txt(ctx.plan.rate)} + C2)`,
    labelFr: `Déduction du revenu pour le ${ctx.plan.plan === 'QPP' ? 'RRQ' : 'RPC'} bonifié (C × ${txt(ctx.plan.rate.minus(ctx.plan.baseRate))}/${txt(ctx.plan.rate)} + C2)`,
    value: txt(f5),
    inputs: { C: txt(total.c), C2: txt(total.c2) },
    citation: cite(ctx, 'ch. 4, step 1, F5 (ratio not rounded)'),
  }));
  ctx.trace.add(() => ({
    step: 'F5A',
    label: 'F5 share of the periodic pay',
    labelFr: 'Part F5 de la rémunération périodique',
    value: txt(f5a),
    inputs: { F5: txt(f5), PI: txt(pi) },
    citation: cite(ctx, 'ch. 4, F5A'),
  }));
  if (!none) {
    ctx.trace.add(() => ({
      step: 'F5B',
      label: 'F5 share of the non-periodic payments',
      labelFr: 'Part F5 des paiements non périodiques',
      value: txt(f5bBonus.plus(f5bRetro)),
      inputs: {
        F5: txt(f5),
        PI: txt(pi),
        bonus: txt(m.bonus),
        retro: txt(m.retro),
        'F5B bonus': txt(f5bBonus),
        'F5B retro': txt(f5bRetro),
      },
      citation: cite(ctx, 'ch. 4, F5B'),
    }));
  }
  return { f5, f5a, f5bBonus, f5bRetro };
}
