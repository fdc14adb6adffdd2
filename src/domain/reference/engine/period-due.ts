import type Decimal from 'decimal.js';
import type { PayPeriod } from '../../calendar';
import { CONVENTION } from '../../conventions';
import { Money } from '../../money';
import type { Scenario } from '../../scenario';
import { PAY_CONSTANTS } from '../../rules/public-service/pay-constants';
import { type BonusBasis, type DayTally, tallyDays } from './day-tally';
import type { EventView } from './event-view';
import type { EarningLine } from './earning-line';
import { overtimeLine } from './overtime-line';

export type { EarningLine } from './earning-line';

/** What is due for one period, as known at one cut-off (docs/reference-engine.md, section 2). */
export interface PeriodDue {
  period: PayPeriod;
  lines: EarningLine[];
  total: Money;
  /** Pensionable salary paid: REGULAR + ACTING + LWOP. */
  salary: Money;
  /** The leave days in the first three months of their leave, at the daily rate: pension stays owed on them. */
  lwopPensionable: Money;
  /** Those days per leave id. */
  lwopDaysByLeave: ReadonlyMap<string, number>;
  /** The substantive annual rate × hours factor on the last employed day, for insurance premiums. */
  insuredAnnual?: Decimal;
}

const FULL_TIME = PAY_CONSTANTS.fullTimeWeeklyHours;
/** 260.88 × 37.5: the daily-rate divisor with the hours factor folded in, so each line divides once. */
const DAILY_DIVISOR = PAY_CONSTANTS.dailyDivisor.times(FULL_TIME);
const ONE_THIRD_TIME = FULL_TIME.dividedBy(3);
const PSPC = PAY_CONSTANTS.citation;
const BONUS =
  'TBS, Bilingualism bonus: "an annual payment of $800, calculated monthly"; ESDC: "a minimum of ten (10) days in a month"';

/** Σ working days × annual rate / 260.88 × weekly hours / 37.5, half-up to the cent (convention pay.daily-proration). */
function dayAmount(tally: DayTally, hours: Decimal, sign: 1 | -1): { exact: Decimal; amount: Money } {
  const exact = tally.numerator(hours).dividedBy(DAILY_DIVISOR).times(sign);
  return { exact, amount: Money.roundHalfUp(exact) };
}

function dayLine(
  code: EarningLine['code'],
  tally: DayTally,
  ctx: { hours: Decimal; sign: 1 | -1; label: string; labelFr: string; citation: string; trace: boolean },
): EarningLine[] {
  if (tally.days === 0) return [];
  const { exact, amount } = dayAmount(tally, ctx.hours, ctx.sign);
  if (amount.isZero()) return [];
  const hours = ctx.hours.times(tally.days).dividedBy(5).times(ctx.sign);
  return [
    {
      code,
      amount,
      hours,
      description: `${ctx.label}, ${tally.days} working day${tally.days === 1 ? '' : 's'}`,
      trace: !ctx.trace
        ? []
        : [
            {
              step: code,
              label: `${ctx.label}: Σ working days × annual rate / 260.88 × weekly hours / 37.5, half-up to the cent`,
              labelFr: `${ctx.labelFr} : Σ jours ouvrables × taux annuel / 260,88 × heures hebdomadaires / 37,5, arrondi au cent le plus proche`,
              value: amount.toString(),
              inputs: { ...tally.describe(), weeklyHours: ctx.hours.toString(), exact: exact.toString() },
              citation: `${ctx.citation}; convention: ${CONVENTION.proration}`,
            },
          ],
    },
  ];
}

/** allowance.bilingualism-monthly: full time by the month, part time pro rata, one third of full time or less nothing. */
function bonusBasis(hours: Decimal): BonusBasis {
  if (hours.greaterThanOrEqualTo(FULL_TIME)) return 'monthly';
  return hours.greaterThan(ONE_THIRD_TIME) ? 'pro-rata' : 'none';
}

/** What is due for `period` knowing the events of `view` (docs/reference-engine.md, section 2). */
export function periodDue(scenario: Scenario, view: EventView, period: PayPeriod, trace: boolean): PeriodDue {
  const h = scenario.employee.weeklyHours;
  const basis = bonusBasis(h);
  const t = tallyDays(view, period, basis);
  const lines: EarningLine[] = [
    ...dayLine('REGULAR', t.regular, {
      hours: h,
      sign: 1,
      label: 'Regular pay',
      labelFr: 'Rémunération régulière',
      citation: `${PSPC}; convention: ${CONVENTION.cadence}, ${CONVENTION.workingDay}`,
      trace,
    }),
    ...dayLine('ACTING', t.acting, {
      hours: h,
      sign: 1,
      label: 'Acting pay (acting rate − substantive rate)',
      labelFr: 'Rémunération d’intérim (taux d’intérim − taux du poste d’attache)',
      citation: `${PSPC}; convention: ${CONVENTION.placement}, ${CONVENTION.qualifying}`,
      trace,
    }),
    ...overtimeLine(view, period, trace),
    ...dayLine('ALLOWANCE_BILINGUALISM', t.allowance, {
      hours: h,
      sign: 1,
      label: basis === 'monthly' ? 'Bilingualism bonus (months of at least 10 days worked)' : 'Bilingualism bonus',
      labelFr:
        basis === 'monthly' ? 'Prime au bilinguisme (mois d’au moins 10 jours travaillés)' : 'Prime au bilinguisme',
      citation: `${BONUS}; convention: ${CONVENTION.bilingualism}`,
      trace,
    }),
    ...dayLine('LWOP', t.lwop, {
      hours: h,
      sign: -1,
      label: 'Leave without pay',
      labelFr: 'Congé non payé',
      citation: PSPC,
      trace,
    }),
  ];
  const total = Money.sum(lines.map((l) => l.amount));
  const salary = Money.sum(
    lines.filter((l) => l.code === 'REGULAR' || l.code === 'ACTING' || l.code === 'LWOP').map((l) => l.amount),
  );
  const lwopPensionable = t.lwopPensionable.days === 0 ? Money.ZERO : dayAmount(t.lwopPensionable, h, 1).amount;
  const insuredAnnual = t.lastEmployedRate?.times(h).dividedBy(FULL_TIME);
  return {
    period,
    lines,
    total,
    salary,
    lwopPensionable,
    lwopDaysByLeave: t.lwopDaysByLeave,
    ...(insuredAnnual && { insuredAnnual }),
  };
}
