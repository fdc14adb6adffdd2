import { IsoDate, addDays, compareDates, yearOf } from './iso-date';
import {
  paidOn,
  paydayForPeriod,
  paydaysBetween,
  periodContaining,
  periodOfPayday,
  periodsPerYear,
  scheduledOnOrAfter,
} from './pay-calendar';
import { CutoffConvention, PAY_RUN_LOCK, cutoffFor } from './cutoff';

/**
 * One pay run of the federal biweekly calendar: the payday, the period it pays (in arrears),
 * the cut-off of its input (convention `cutoff.pay-run-lock`), and P, the number of pay
 * periods in the payday's calendar year, which T4127 uses for tax.
 */
export interface PayRun {
  payday: IsoDate;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** Events entered on or before this date are in this run; later ones from the next run. */
  cutoff: IsoDate;
  periodsInYear: number;
}

export function payRunFor(payday: IsoDate, convention: CutoffConvention = PAY_RUN_LOCK): PayRun {
  const period = periodOfPayday(payday);
  return {
    payday,
    periodStart: period.start,
    periodEnd: period.end,
    cutoff: cutoffFor(payday, convention),
    periodsInYear: periodsPerYear(yearOf(payday)),
  };
}

/** The pay runs whose paydays fall from `from` to `to`, both inclusive, in payday order. */
export function payRunsBetween(from: IsoDate, to: IsoDate, convention: CutoffConvention = PAY_RUN_LOCK): PayRun[] {
  return paydaysBetween(from, to).map((payday) => payRunFor(payday, convention));
}

export function isSeenBy(entered: IsoDate, run: PayRun): boolean {
  return compareDates(entered, run.cutoff) <= 0;
}

/** The first pay run that sees an entry made on `entered`: the earliest with cut-off ≥ entered. */
export function payRunSeeing(entered: IsoDate, convention: CutoffConvention = PAY_RUN_LOCK): PayRun {
  return payRunFor(paidOn(scheduledOnOrAfter(addDays(entered, convention.daysBeforePayday))), convention);
}

/**
 * True when an entry reaches pay only after the period containing `effective` was paid, so
 * the pay for that period (and any later one already paid) must be corrected by retroactive
 * lines: the "late HR entries" family of phoenix-failure-modes.md.
 */
export function isLateEntry(
  entry: { effective: IsoDate; entered: IsoDate },
  convention: CutoffConvention = PAY_RUN_LOCK,
): boolean {
  const paidOn = paydayForPeriod(periodContaining(entry.effective));
  return compareDates(payRunSeeing(entry.entered, convention).payday, paidOn) > 0;
}
