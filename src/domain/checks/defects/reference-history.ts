import { paydaysInYear, yearOf } from '../../calendar';
import { PayproofError } from '../../errors';
import { runReference } from '../../reference/engine';
import type { Scenario, Statement } from '../../scenario';

/**
 * The reference's statements from the first payday of the window's first year up to (not
 * including) its first requested payday: the pays the supplier was not asked about, whose year
 * to date the supplier's deductions build on. The reference simulates them anyway; asking it for
 * the longer window returns them (the simulation starts in January either way). A scenario the
 * reference refuses for the longer window gives no history (the replay then starts at the window).
 */
export function referenceHistory(scenario: Scenario): Statement[] {
  const first = paydaysInYear(yearOf(scenario.payRuns.from))[0];
  if (first >= scenario.payRuns.from) return [];
  try {
    const longer = runReference({ ...scenario, payRuns: { from: first, to: scenario.payRuns.from } });
    return longer.pays.map((p) => p.statement).filter((s) => s.payday < scenario.payRuns.from);
  } catch (err) {
    if (err instanceof PayproofError) return [];
    throw err;
  }
}
