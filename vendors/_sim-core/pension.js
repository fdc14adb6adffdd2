// PSSA contributions per period and the leave-without-pay deficiency plan (docs/reference-engine.md:
// pension.pssa-per-pay, pension.lwop-first-three-months, pension.lwop-deficiency-instalments).
'use strict';
const { D, round2, max0, min } = require('./num');
const cal = require('./calendar');
const { Unsupported, workingDaysBetween } = require('./positions');

// PSSA member contribution rates (TBS). 2026 group 1 = 2025 rates; 2025 group 2 = 2026 rates (not published separately).
const PSSA = {
  'PSSA-1': { 2025: ['0.0906', '0.1164', 71300, 210200], 2026: ['0.0906', '0.1164', 74600, 220000] },
  'PSSA-2': { 2025: ['0.0800', '0.1058', 71300, 210200], 2026: ['0.0800', '0.1058', 74600, 220000] },
};

/** PSSA contribution on one period's salary s paid in year y: split at YMPE / 26.088, capped at cap / 26.088. */
function pssa(group, year, s) {
  if (group === 'none' || !s.gt(0)) return D(0);
  const { low, high, ympe, cap } = rates(group, year);
  return round2(low.times(min(s, ympe)).plus(high.times(max0(min(s, cap).minus(ympe)))));
}

// The rates of a group and year as decimals, made once (every pay of every employee asks).
const RATES = new Map();
function rates(group, year) {
  const key = `${group}|${year}`;
  let found = RATES.get(key);
  if (found === undefined) {
    const r = PSSA[group]?.[year];
    if (!r) throw new Unsupported(`no PSSA contribution rates held for ${year}`);
    found = { low: D(r[0]), high: D(r[1]), ympe: D(r[2]).div('26.088'), cap: D(r[3]).div('26.088') };
    RATES.set(key, found);
  }
  return found;
}

/**
 * What the pays carried for each period (p.carried, p.uncovered) and the deficiency plans per leave.
 * policy.pensionStopsOnLeave: the old rule, nothing owed for leave days (the pay carries its salary only).
 */
class PensionLedger {
  constructor(group, policy) {
    this.group = group;
    this.policy = policy;
    this.plans = new Map();
  }

  /** Owed on the period as the pays last settled it (p.settled: its due when paid or last corrected). */
  owedOn(p) {
    if (this.policy.pensionStopsOnLeave) return pssa(this.group, p.year, p.settled.salary);
    return pssa(this.group, p.year, p.settled.salary.plus(p.settled.lwopPensionable));
  }

  /** The current period's contribution; its leave days are owed, not carried. */
  current(p) {
    p.settled = p.due;
    p.carried = pssa(this.group, p.year, p.due.salary);
    p.uncovered = p.due.lwopPensionable;
    return p.carried;
  }

  /** A corrected period (p.due already the new due): returns the change in what the pays carry. */
  correct(p) {
    if (p.carried === undefined) return D(0);
    const before = p.carried;
    p.settled = p.due;
    if (this.policy.pensionStopsOnLeave) {
      p.carried = pssa(this.group, p.year, p.due.salary);
    } else {
      p.uncovered = min(p.uncovered, p.due.lwopPensionable);
      p.carried = pssa(this.group, p.year, p.due.salary.plus(p.due.lwopPensionable).minus(p.uncovered));
    }
    return p.carried.minus(before);
  }

  /** The instalments of this run: leaves that ended before the run's own period and still owe. */
  instalments(periods, leaves, periodStart) {
    if (this.policy.pensionStopsOnLeave) return D(0);
    let total = D(0);
    for (const leave of leaves) {
      const end = cal.day(leave.end);
      if (end >= periodStart) continue;
      let owed = D(0);
      for (const p of periods) {
        if (p.carried === undefined || mainLeave(p.settled.lwopByLeave) !== leave.id) continue;
        owed = owed.plus(max0(this.owedOn(p).minus(p.carried)));
      }
      const plan = this.plans.get(leave.id) ?? { collected: D(0), n: 0 };
      const remaining = owed.minus(plan.collected);
      if (remaining.isZero()) continue;
      const start = cal.day(leave.start);
      const last = Math.min(end, cal.addMonths(start, 3) - 1);
      const count = Math.max(1, Math.ceil((2 * workingDaysBetween(start, last)) / 10));
      const instalment = round2(remaining.div(Math.max(1, count - plan.n)));
      this.plans.set(leave.id, { collected: plan.collected.plus(instalment), n: plan.n + 1 });
      total = total.plus(instalment);
    }
    return total;
  }
}

/** The leave with most pensionable days in a period (the first listed on a tie). */
function mainLeave(byLeave) {
  let best;
  for (const [id, days] of byLeave ?? []) if (!best || days > best[1]) best = [id, days];
  return best?.[0];
}

module.exports = { PensionLedger, pssa };
