import { Money } from '../../money';
import { PSSA_RATES } from '../../rules/public-service/pension';

const CENT = Money.of('0.01');

/**
 * How far the pension on retroactive lines can move when the supplier's retroactive lines
 * differ from the reference's by `moved`: a statement does not say which part of a retroactive
 * line is salary (pensionable) and which is overtime or an allowance (not pensionable), so the
 * most it can move is the year's highest PSSA rate (on salary above the YMPE) × `moved`, plus a
 * cent of rounding. Undefined when no rates are held for the group and year.
 */
export function pensionSlack(group: string, year: number, moved: Money): Money | undefined {
  const rates = PSSA_RATES.get(`${group}:${year}`);
  if (!rates) return undefined;
  return Money.roundHalfUp(moved.toDecimal().times(rates.aboveYmpe)).plus(CENT);
}
