/** The names of the reference's rules, as traces, findings and scenarios write them (registry.ts holds each rule). */
export const CONVENTION = {
  cadence: 'calendar.payday-cadence',
  holidayPayday: 'calendar.payday-holiday-previous-business-day',
  cutoff: 'cutoff.pay-run-lock',
  workingDay: 'calendar.working-day-mon-fri',
  taxYear: 'tax.year-of-payday',
  history: 'history.from-january',
  proration: 'pay.daily-proration',
  placement: 'acting.promotion-placement',
  qualifying: 'acting.qualifying-3-days',
  overtime: 'overtime.pa-multipliers',
  bilingualism: 'allowance.bilingualism-monthly',
  retro: 'retro.per-period-difference',
  routine: 'recovery.routine-first-available-funds',
  notAcknowledged: 'recovery.notice-not-acknowledged',
  flexible: 'recovery.flexible-acknowledged',
  priorYearNet: 'recovery.prior-year-net',
  pension: 'pension.pssa-per-pay',
  pensionGroup1In2026: 'pssa.group1-2026-as-2025',
  pensionGroup2In2025: 'pssa.group2-2025-as-2026',
  lwopPension: 'pension.lwop-first-three-months',
  lwopInstalments: 'pension.lwop-deficiency-instalments',
  insurance: 'insurance.monthly-to-biweekly',
  retroTax: 'tax.retro-bonus-method',
  cashBenefit: 'benefit.cash-or-non-cash',
  bcReductionFloor: 'tax.bc-reduction-floor',
} as const;

export type ConventionKey = keyof typeof CONVENTION;
export type ConventionId = (typeof CONVENTION)[ConventionKey];
