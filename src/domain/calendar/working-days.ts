import { IsoDate, dayOfWeek, toDayNumber, fromDayNumber } from './iso-date';

/**
 * Convention `calendar.working-day-mon-fri`: for pay purposes a working day is any Monday to
 * Friday. Statutory holidays are NOT removed: a full-time employee is paid for a holiday
 * as for a working day, and a biweekly period always has exactly 10 working days, which is
 * what the daily rate (annual / 260.88 = biweekly / 10) assumes (public-service-pay.md,
 * "From annual rate to pay"). Partial-period pay counts working days the same way.
 */
export const WORKING_DAY_CONVENTION = 'calendar.working-day-mon-fri';

export function isWorkingDay(date: IsoDate): boolean {
  const d = dayOfWeek(date);
  return d !== 0 && d !== 6;
}

/** Working days from `from` to `to`, both inclusive; 0 when `to` is before `from`. */
export function workingDays(from: IsoDate, to: IsoDate): number {
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  if (last < first) return 0;
  const span = last - first + 1;
  // Every full week holds exactly five weekdays; count the remaining days one by one.
  let count = Math.floor(span / 7) * 5;
  for (let n = first + span - (span % 7); n <= last; n += 1) {
    if (isWorkingDay(fromDayNumber(n))) count += 1;
  }
  return count;
}
