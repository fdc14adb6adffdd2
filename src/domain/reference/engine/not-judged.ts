import type { LineCode } from '../../scenario';
import type { ProvinceCode } from '../deductions';
import type { NotJudged } from './engine.types';

interface NotJudgedRule extends NotJudged {
  applies: (x: { province: ProvinceCode }) => boolean;
}

/**
 * The lines the reference does not judge, each with its reason: a rule it does not model yet.
 * On a payday where one applies the reference has no such line, and the comparison shows the
 * supplier's line as "not judged" (no finding, no harm, net compared without it). Remove an
 * entry when its rule is modelled.
 */
const RULES: readonly NotJudgedRule[] = [
  // None today. Quebec income tax was the first (not-judged.quebec-income-tax) until Revenu
  // Québec's TP-1015.F-V was modelled (issue 17). An entry looks like:
  // { code: 'PROVINCIAL_TAX', convention: <a registered id>, reason: '…', applies: ({ province }) => … }
];

/** What the reference does not judge on a payday with these facts. */
export function notJudgedOn(x: { province: ProvinceCode }): NotJudged[] {
  return RULES.filter((r) => r.applies(x)).map(({ code, convention, reason }) => ({ code, convention, reason }));
}

export function isJudged(code: LineCode, notJudged: readonly NotJudged[]): boolean {
  return !notJudged.some((n) => n.code === code);
}
