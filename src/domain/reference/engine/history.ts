import {
  type CutoffConvention,
  type IsoDate,
  type PayRun,
  PAY_RUN_LOCK,
  payRunsBetween,
  paydayForPeriod,
  paydayOnOrAfter,
  periodContaining,
  yearOf,
} from '../../calendar';
import type { Scenario } from '../../scenario';
import { effectiveDateOf } from '../../scenario/canonical';
import { EDITIONS } from '../../rules/t4127';

/** The pay runs the reference works out for a scenario (convention history.from-january). */
export interface ReferenceRuns {
  /** History first (worked out, not answered), then the requested runs. */
  runs: PayRun[];
  /** How many of `runs` are history. */
  history: number;
  /** The first payday whose deductions (and year to date) are worked out. */
  deductionsFrom: IsoDate;
}

/** The first payday of `year`. */
const firstPaydayOf = (year: number): IsoDate => paydayOnOrAfter(`${String(year).padStart(4, '0')}-01-01`);

/**
 * From the first payday of the calendar year holding the earlier of the first requested
 * payday and the payday of the period holding the earliest event date, to the last requested
 * payday. Deductions from the first of those paydays with a T4127 edition (the requested runs
 * always: a requested payday without an edition is refused, NO_RULES_EDITION).
 */
export function referenceRuns(scenario: Scenario, convention: CutoffConvention = PAY_RUN_LOCK): ReferenceRuns {
  const requested = payRunsBetween(scenario.payRuns.from, scenario.payRuns.to, convention);
  let earliest = requested[0].payday;
  for (const e of scenario.events) {
    const paidOn = paydayForPeriod(periodContaining(effectiveDateOf(e)));
    if (paidOn < earliest) earliest = paidOn;
  }
  const start = firstPaydayOf(yearOf(earliest));
  const history =
    start < requested[0].payday ? payRunsBetween(start, requested[0].payday, convention).slice(0, -1) : [];
  const runs = [...history, ...requested];
  const firstEdition = paydayOnOrAfter(EDITIONS[0].effective);
  const withRules = runs.find((r) => r.payday >= firstEdition)?.payday ?? requested[0].payday;
  const deductionsFrom = withRules < requested[0].payday ? withRules : requested[0].payday;
  return { runs, history: history.length, deductionsFrom };
}
