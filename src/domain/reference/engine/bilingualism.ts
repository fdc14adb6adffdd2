import type Decimal from 'decimal.js';
import { type IsoDate, addDays, daysInMonth, isWorkingDay } from '../../calendar';
import type { EventView } from './event-view';

/** TBS/ESDC: a full-time employee "must work a minimum of ten (10) days in a month to receive the bonus". */
export const BONUS_MONTH_MIN_DAYS = 10;

/** Per view, per month ("2026-04"): the annual amount earned for the month, or null when it does not qualify. */
const MONTHS = new WeakMap<EventView, Map<string, Decimal | null>>();

/**
 * Convention allowance.bilingualism-monthly: the bonus is "calculated monthly" (TBS). A month
 * qualifies when the employee works at least 10 of its working days employed, not on leave
 * without pay, with a bonus in force; it then earns the annual amount of the bonus in force on
 * most of those days (the later one on a tie). Returns that annual amount, or undefined.
 */
export function bilingualMonth(view: EventView, month: string): Decimal | undefined {
  let cache = MONTHS.get(view);
  if (!cache) {
    cache = new Map();
    MONTHS.set(view, cache);
  }
  if (!cache.has(month)) cache.set(month, qualifying(view, month));
  return cache.get(month) ?? undefined;
}

function qualifying(view: EventView, month: string): Decimal | null {
  const [y, m] = month.split('-').map(Number);
  const days = new Map<string, { amount: Decimal; days: number; order: number }>();
  let worked = 0;
  let order = 0;
  for (let d: IsoDate = `${month}-01`; d <= `${month}-${daysInMonth(y, m)}`; d = addDays(d, 1)) {
    if (!isWorkingDay(d) || !view.employedOn(d) || view.onLeave(d)) continue;
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
