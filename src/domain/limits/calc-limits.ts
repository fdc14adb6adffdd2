import { annualMaximum, type CappedCode } from '../checks/annual-maxima';
import { Money } from '../money';
import type { ProvinceCode } from '../reference/deductions/deductions.types';
import { editionFor } from '../rules/t4127';
import { MAX_ANNUAL_RATE } from '../scenario/limits';

/**
 * Plausibility limits on one period's deduction inputs (`payproof calc`). Year-to-date
 * contributions and premiums come from the rules: nothing can have been withheld beyond the
 * year's maximum of the edition in force on the pay date (T4127 ch. 6 and 7). Amounts of pay
 * have no legal maximum: they are held to the scenario limits' guard (scenario/limits.ts).
 */
export interface Limit {
  max: Money;
  /** Why the limit is where it is, for the message. */
  why: string;
}

/** Any amount of pay or deduction in one period: a year's pay at the largest annual rate. */
export const PERIOD_AMOUNT_LIMIT: Limit = {
  max: Money.of(MAX_ANNUAL_RATE),
  why: "a year's pay at the largest annual rate payproof accepts",
};

/** The most that can have been withheld so far this year, per code, on `payDate` in `province`. */
export function yearToDateLimits(payDate: string, province: ProvinceCode): Record<'cpp' | 'cpp2' | 'ei', Limit> {
  const edition = editionFor(payDate);
  const quebec = province === 'QC';
  const limit = (code: CappedCode, name: string): Limit => {
    const { max } = annualMaximum(edition, code, province);
    return { max, why: `the ${edition.taxYear} ${name} maximum, T4127 edition ${edition.id}` };
  };
  return {
    cpp: quebec ? limit('QPP', 'QPP contribution') : limit('CPP', 'CPP contribution'),
    cpp2: quebec ? limit('QPP2', 'QPP2 contribution') : limit('CPP2', 'CPP2 contribution'),
    ei: limit('EI', quebec ? 'EI premium (Quebec rate)' : 'EI premium'),
  };
}
