import { addDays, paydayOnOrAfter, paydayOnOrBefore } from '../calendar';
import { EDITIONS } from '../rules/t4127';

/**
 * Plausibility limits on what a scenario (and `payproof calc`) may hold. A value past one is
 * refused with the limit in the message, so a typo of a few extra digits, a year of 1900 or
 * a pasted essay is caught where it was typed instead of producing a nonsense pay.
 * Each limit says where it comes from: a rule (with its source) or, where no rule bounds the
 * value, a guard chosen far beyond any real case, and marked as such.
 */

/** The T4127 editions held: every payday payproof can compute is in their tax years. */
const FIRST_EDITION = EDITIONS[0];
const LAST_TAX_YEAR = Math.max(...EDITIONS.map((e) => e.taxYear));

export const DATE_LIMITS = {
  /** First and last payday the reference can pay: the editions held (rules/t4127/editions.ts). */
  firstPayday: paydayOnOrAfter(FIRST_EDITION.effective),
  lastPayday: paydayOnOrBefore(`${LAST_TAX_YEAR}-12-31`),
  /**
   * Earliest date an event may carry: federal pay moved to arrears on 2014-04-23
   * (public-service-pay.md, "Calendar"); payproof's pay calendar models only pay in arrears.
   */
  earliestEvent: '2014-04-23',
  /**
   * Latest date an event may carry: the end of the year after the last tax year held. No pay
   * payproof can compute depends on a later date; an end date may run a year past the last payday.
   */
  latestEvent: `${LAST_TAX_YEAR + 1}-12-31`,
  /** Guard: the last day of an acting assignment, leave or allowance may run on; five years past the last tax year held. */
  latestEnd: `${LAST_TAX_YEAR + 5}-12-31`,
} as const;

/** Why each date limit is where it is, for messages. */
export const DATE_LIMIT_REASONS = {
  payday: `the T4127 editions payproof holds cover paydays from ${DATE_LIMITS.firstPayday} to ${DATE_LIMITS.lastPayday}`,
  earliestEvent: `federal pay moved to arrears on ${DATE_LIMITS.earliestEvent}, the earliest date payproof's pay calendar models`,
  latestEvent: `no pay payproof can compute (paydays up to ${DATE_LIMITS.lastPayday}) depends on a later date`,
  latestEnd: 'an end date may run past the last payday, but not by more than five years',
} as const;

/** The same reasons in French. */
export const DATE_LIMIT_REASONS_FR = {
  payday: `les éditions de la T4127 que payproof possède couvrent les jours de paye du ${DATE_LIMITS.firstPayday} au ${DATE_LIMITS.lastPayday}`,
  earliestEvent: `la paye fédérale est passée à la paye en arrérages le ${DATE_LIMITS.earliestEvent}, la date la plus ancienne que le calendrier de paye de payproof représente`,
  latestEvent: `aucune paye que payproof peut calculer (jours de paye jusqu’au ${DATE_LIMITS.lastPayday}) ne dépend d’une date plus tardive`,
  latestEnd: 'une date de fin peut dépasser le dernier jour de paye, mais de cinq ans au plus',
} as const;

/**
 * Guard: the largest annual rate. The top of the EX-05 range was $230,436 on 2021-04-01
 * (CRA, "EX salary ranges", canada.ca/en/revenue-agency/corporate/careers-cra/information-moved/
 * pay-rates/salary-ranges-1.html); four times that, rounded up, leaves room for every real rate.
 */
export const MAX_ANNUAL_RATE = '1000000.00';

/**
 * The most one biweekly pay can hold: a whole pay at MAX_ANNUAL_RATE, annual / 26.088
 * (PSPC, "Calculating your pay"; public-service-pay.md, "From annual rate to pay"), to the cent.
 * Union dues are withheld from one pay, so they cannot be more.
 */
export const MAX_PER_PAY = '38332.31';

/** A full-time week: 37.5 hours (public-service-pay.md: part-time pay is in proportion to weekly hours over 37.5). */
export const MAX_WEEKLY_HOURS = '37.5';

/** Double time is the highest overtime rate (public-service-pay.md, "Overtime and allowances", PA, unverified). */
export const MAX_OVERTIME_MULTIPLIER = '2.0';

/** Guard: one amount on a pay stub line, and a TD1 claim amount: at most a year's pay at MAX_ANNUAL_RATE. */
export const MAX_LINE_AMOUNT = MAX_ANNUAL_RATE;

/**
 * Guards on text and list sizes: well above the longest in the bundled catalogue (a title of 106
 * characters, a description of 600, a line's source of 208 with its working, a line's
 * description of 368), far below a pasted document.
 */
export const TEXT_LIMITS = {
  title: 200,
  description: 2_000,
  family: 100,
  tag: 64,
  convention: 64,
  department: 200,
  source: 1_000,
  lineDescription: 2_000,
} as const;

export const COUNT_LIMITS = {
  events: 1_000,
  expected: 2_000,
  tags: 20,
  conventions: 20,
} as const;

/** The period paid on the last payday ends 14 days before it (pay in arrears). */
export function lastPeriodEnd(lastPayday: string): string {
  return addDays(lastPayday, -14);
}
