import { type IsoDate, yearOf } from '../../calendar';
import { PayproofError } from '../../errors';
import { Money } from '../../money';
import type { ReferencePay } from '../../reference/engine/engine.types';
import { editionFor } from '../../rules/t4127';
import type { LineCode, Scenario, Statement } from '../../scenario';
import { annualMaximum, type CappedCode } from '../annual-maxima';
import { amountOf } from './deduction-base';

export interface MaximumInput {
  scenario: Scenario;
  reference: readonly ReferencePay[];
  /** The reference's statements of the first window year before the window (reference-history.ts). */
  history: readonly Statement[];
  code: LineCode;
  payday: IsoDate;
}

const CAPPED = new Set<LineCode>(['CPP', 'CPP2', 'QPP', 'QPP2', 'EI', 'QPIP']);

/**
 * Whether the reference's year to date for a capped contribution reached the year's maximum by
 * this payday, or `before` it (condition 'after-annual-maximum', "pay after the annual CPP
 * maximum": reached before the payday, so the reference withholds nothing on it). The
 * reference's own statements are the measure: the condition is a fact of the scenario, not of
 * the supplier's answer.
 */
export function atAnnualMaximum(i: MaximumInput & { before?: boolean }): boolean {
  if (!CAPPED.has(i.code)) return false;
  const year = yearOf(i.payday);
  const statements = [...i.history, ...i.reference.map((p) => p.statement)].filter(
    (s) => yearOf(s.payday) === year && (i.before ? s.payday < i.payday : s.payday <= i.payday),
  );
  const ytd = Money.sum(statements.map((s) => amountOf(s, i.code)));
  try {
    const { max } = annualMaximum(editionFor(i.payday), i.code as CappedCode, i.scenario.employee.province);
    return ytd.gte(max);
  } catch (err) {
    if (err instanceof PayproofError && err.code === 'NO_RULES_EDITION') return false;
    throw err;
  }
}
