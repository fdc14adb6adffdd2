import { invalidInput } from '../errors';
import { IsoDate, addDays } from './iso-date';
import { scheduledOf } from './pay-calendar';

/**
 * Convention `cutoff.pay-run-lock` (ours, *unverified*: the Pay Centre's real input deadline
 * was not found in a public source). A pay run locks its input `daysBeforePayday` days
 * before its payday (default 7: the Wednesday one week before payday, which is also one
 * week after the period it pays ends). An HR event entered ON OR BEFORE the cut-off is in
 * that pay run; one entered after it is seen only from the next pay run, and if it takes
 * effect in a period that was already paid, it is paid or recovered there as a retroactive
 * adjustment (DESIGN.md, "Time is bitemporal").
 *
 * Why 7 days: pay is in arrears (the period paid on payday W ends on W−14), so a lock at W−7
 * gives compensation staff the week after a period to enter what happened in it (overtime,
 * acting, leave), and leaves a week for the run to be computed, verified and sent to the
 * Receiver General for deposit on W.
 *
 * Why the offset is limited to 0–13: the cut-off then always falls after the end of the
 * period the run pays (an event entered by the end of its own period is always paid on
 * time) and after the previous payday, so each entry date belongs to exactly one pay run's
 * window (cut-off of the previous run, cut-off of this run].
 *
 * The offset counts from the SCHEDULED payday (the cadence Wednesday), also when a holiday
 * moves the pay a day or two earlier (pay-calendar.ts): the windows stay exactly 14 days
 * apart, and the request carries every run's cut-off, so a supplier never computes it.
 */
export const CUTOFF_CONVENTION = 'cutoff.pay-run-lock';
export const DEFAULT_CUTOFF_DAYS_BEFORE_PAYDAY = 7;

export interface CutoffConvention {
  readonly name: typeof CUTOFF_CONVENTION;
  /** Whole days from the cut-off to the payday, 0 to 13. */
  readonly daysBeforePayday: number;
}

/** The cut-off convention with a chosen offset; throws INVALID_INPUT outside 0–13. */
export function cutoffConvention(daysBeforePayday = DEFAULT_CUTOFF_DAYS_BEFORE_PAYDAY): CutoffConvention {
  if (!Number.isInteger(daysBeforePayday) || daysBeforePayday < 0 || daysBeforePayday > 13) {
    throw invalidInput(
      `${CUTOFF_CONVENTION}: ${daysBeforePayday} days before payday is not allowed (expected a whole number from 0 to 13)`,
    );
  }
  return { name: CUTOFF_CONVENTION, daysBeforePayday };
}

/** The default: cut-off on the Wednesday one week before payday. */
export const PAY_RUN_LOCK: CutoffConvention = cutoffConvention();

/** The last entry date a pay run on `payday` sees: `daysBeforePayday` before its scheduled payday. */
export function cutoffFor(payday: IsoDate, convention: CutoffConvention = PAY_RUN_LOCK): IsoDate {
  return addDays(scheduledOf(payday), -convention.daysBeforePayday);
}

/** How a convention is named in traces and reports: "cutoff.pay-run-lock (7 days before payday)". */
export function describeCutoff(convention: CutoffConvention): string {
  const days = convention.daysBeforePayday;
  return `${convention.name} (${days} day${days === 1 ? '' : 's'} before payday)`;
}
