import { Money, ZERO } from '../../money';
import type { Ctx } from './context';
import type { Amounts } from './inputs';
import type { Taxes } from './non-periodic';
import type { PeriodPay } from './period-pay';
import { quebecLumpSumTax, quebecPeriodTax, type QuebecPay } from './quebec-tax';

/**
 * In Quebec the provincial parts are Revenu Québec's (TP-1015.F-V), on its own income: the
 * periodic tax, then each lump sum by method 2 (the bonus first; the retro after it counts it in B1).
 */
export function withQuebecTax(ctx: Ctx, m: Amounts, pay: PeriodPay, t: Taxes): Taxes {
  const q: QuebecPay = {
    g: pay.i,
    f: m.f,
    c: pay.total.c,
    c2: pay.total.c2,
    s3: pay.piTotal,
    lumpSums: m.bonus.plus(m.retro),
  };
  const provincialTax = Money.roundHalfUp(quebecPeriodTax(ctx, q, m.provincialClaim));
  const claim = m.provincialClaim;
  const onBonus =
    t.bonus &&
    quebecLumpSumTax(ctx, q, claim, { name: { en: 'bonus', fr: 'la prime' }, b2: m.bonus, b1: m.b1, csb1: m.f5bYtd });
  const onRetro =
    t.retro &&
    quebecLumpSumTax(ctx, q, claim, {
      name: { en: 'retro', fr: 'la rémunération rétroactive' },
      b2: m.retro,
      b1: m.b1.plus(m.bonus),
      csb1: m.f5bYtd.plus(onBonus ? onBonus.csb : ZERO),
    });
  return {
    federalTax: t.federalTax,
    provincialTax,
    bonus: t.bonus && onBonus ? { federal: t.bonus.federal, provincial: onBonus.tax } : undefined,
    retro: t.retro && onRetro ? { federal: t.retro.federal, provincial: onRetro.tax } : undefined,
  };
}
