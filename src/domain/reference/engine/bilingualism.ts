import type Decimal from 'decimal.js';
import { type IsoDate, addDays, daysInMonth, dayOfWeek } from '../../calendar';
import type { EventView } from './event-view';

/** TBS/ESDC: a full-time employee "must work a minimum of ten (10) days in a month to receive the bonus". */
export const BONUS_MONTH_MIN_DAYS = 10;

/**
 * Months already worked out, keyed by what decides them (employment, leaves and bonuses as a
 * view sees them) and the month: views that differ only in other events share them. Bounded.
 */
const MONTHS = new Map<string, Decimal | null>();

/**
 * Convention allowance.bilingualism-monthly: the bonus is "calculated monthly" (TBS). A month
 * qualifies when the employee works at least 10 of its working days employed, not on leave
 * without pay, with a bonus in force; it then earns the annual amount of the bonus in force on
 * most of those days (the later one on a tie). Returns that annual amount, or undefined.
 */
export function bilingualMonth(view: EventView, month: string): Decimal | undefined {
  if (!view.hasAllowances()) return undefined;
  const key = `${view.bonusKey()}|${month}`;
  let found = MONTHS.get(key);
  if (found === undefined) {
    found = qualifying(view, month);
    if (MONTHS.size >= 50_000) MONTHS.clear();
    MONTHS.set(key, found);
  }
  return found ?? undefined;
}

function qualifying(view: EventView, month: string): Decimal | null {
  const [y, m] = month.split('-').map(Number);
  const days = new Map<string, { amount: Decimal; days: number; order: number }>();
  let worked = 0;
  let order = 0;
  let weekday = dayOfWeek(`${month}-01`);
  const last = daysInMonth(y, m);
  for (let n = 1, d: IsoDate = `${month}-01`; n <= last; n += 1, d = addDays(d, 1), weekday = (weekday + 1) % 7) {
    if (weekday === 0 || weekday === 6 || !view.employedOn(d) || view.onLeave(d)) continue;
    const bonuses = view.allowancesOn(d);
    if (bonuses.length === 0) continue;
    worked += 1;
    const b = bonuses[bonuses.length - 1];
    const seen = days.get(b.id) ?? { amount: b.annualAmount.toDecimal(), days: 0, order: 0 };
    days.set(b.id, { ...seen, days: seen.days + 1, order: (order += 1) });
  }
  if (worked < BONUS_MONTH_MIN_DAYS) return null;
  const best = [...days.values()].sort((a, b) => b.days - a.days || b.order - a.order)[0];
  return best.amount;
}
