import type { IsoDate } from './iso-date';

/**
 * The designated paid holidays of the federal public service, as data (PSPC, "Statutory
 * holiday pay"; PA collective agreement, article 30.02), for the years the pay calendar holds.
 * A holiday that falls on a Saturday or Sunday is listed on the weekday it is observed (PSPC:
 * "If a holiday falls on your day of rest, the holiday is moved to your first scheduled working
 * day following the day of rest"). The provincial or civic holiday of article 30.02 (m) differs
 * by place of work and is left out: it is never on a Wednesday payday in these years.
 *
 * What the calendar uses them for: a payday that falls on a holiday is paid the business day
 * before (convention calendar.payday-holiday-previous-business-day), which can move a pay into
 * the previous tax year (2025-01-01 is paid 2024-12-31).
 */
export const HOLIDAY_SOURCE =
  'PSPC, Statutory holiday pay (designated paid holidays); PA collective agreement 2021-2025, article 30.02';

/** Years whose holidays are held. Outside them no payday moves (the engine refuses those years anyway: no T4127 edition). */
export const HOLIDAY_YEARS = { first: 2024, last: 2027 } as const;

export const DESIGNATED_HOLIDAYS: ReadonlyMap<IsoDate, string> = new Map([
  ['2024-01-01', "New Year's Day"],
  ['2024-03-29', 'Good Friday'],
  ['2024-04-01', 'Easter Monday'],
  ['2024-05-20', 'Victoria Day'],
  ['2024-07-01', 'Canada Day'],
  ['2024-09-02', 'Labour Day'],
  ['2024-09-30', 'National Day for Truth and Reconciliation'],
  ['2024-10-14', 'Thanksgiving Day'],
  ['2024-11-11', 'Remembrance Day'],
  ['2024-12-25', 'Christmas Day'],
  ['2024-12-26', 'Boxing Day'],
  ['2025-01-01', "New Year's Day"],
  ['2025-04-18', 'Good Friday'],
  ['2025-04-21', 'Easter Monday'],
  ['2025-05-19', 'Victoria Day'],
  ['2025-07-01', 'Canada Day'],
  ['2025-09-01', 'Labour Day'],
  ['2025-09-30', 'National Day for Truth and Reconciliation'],
  ['2025-10-13', 'Thanksgiving Day'],
  ['2025-11-11', 'Remembrance Day'],
  ['2025-12-25', 'Christmas Day'],
  ['2025-12-26', 'Boxing Day'],
  ['2026-01-01', "New Year's Day"],
  ['2026-04-03', 'Good Friday'],
  ['2026-04-06', 'Easter Monday'],
  ['2026-05-18', 'Victoria Day'],
  ['2026-07-01', 'Canada Day'],
  ['2026-09-07', 'Labour Day'],
  ['2026-09-30', 'National Day for Truth and Reconciliation'],
  ['2026-10-12', 'Thanksgiving Day'],
  ['2026-11-11', 'Remembrance Day'],
  ['2026-12-25', 'Christmas Day'],
  ['2026-12-28', 'Boxing Day (observed: December 26 is a Saturday)'],
  ['2027-01-01', "New Year's Day"],
  ['2027-03-26', 'Good Friday'],
  ['2027-03-29', 'Easter Monday'],
  ['2027-05-24', 'Victoria Day'],
  ['2027-07-01', 'Canada Day'],
  ['2027-09-06', 'Labour Day'],
  ['2027-09-30', 'National Day for Truth and Reconciliation'],
  ['2027-10-11', 'Thanksgiving Day'],
  ['2027-11-11', 'Remembrance Day'],
  ['2027-12-27', 'Christmas Day (observed: December 25 is a Saturday)'],
  ['2027-12-28', 'Boxing Day (observed: December 26 is a Sunday)'],
]);

/** The holiday's name when `date` is a designated paid holiday held in the data. */
export function holidayOn(date: IsoDate): string | undefined {
  return DESIGNATED_HOLIDAYS.get(date);
}
