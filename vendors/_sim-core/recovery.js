// Overpayments: routine, notice not acknowledged, or flexible (docs/reference-engine.md, section 4:
// recovery.routine-first-available-funds, recovery.notice-not-acknowledged, recovery.flexible-acknowledged),
// and the net amount of a prior-year one (recovery.prior-year-net).
'use strict';
const { D, round2, max0 } = require('./num');
const cal = require('./calendar');
const t4127 = require('./t4127');
const { workingDaysBetween } = require('./positions');

/** The route of the overpayment found by one run (every period that went negative on it). */
function classify({ found, book, profile, arrived, flexible }) {
  const total = found.reduce((s, f) => s.plus(f.amount.negated()), D(0));
  const last = found[found.length - 1].p.end;
  const biweekly = book
    .substantive(last)
    .rate.times(D(profile.weeklyHours ?? '37.5').div('37.5'))
    .div('26.088');
  if (total.lt(round2(biweekly.times('0.10')))) return 'routine';
  const shortLeave =
    arrived.length > 0 &&
    arrived.every((e) => e.kind === 'leaveWithoutPay' && workingDaysBetween(cal.day(e.start), cal.day(e.end)) <= 5);
  if (shortLeave) return 'routine';
  return flexible ? 'flexible' : 'default';
}

const withheld = (r) => r.cpp.plus(r.cpp2).plus(r.ei).plus(r.federal).plus(r.provincial);

/** Gross less what the paying run withheld on it and pension not owed, within 3 years of its payday. */
function netRecovery({ p, gross, pensionBack, foundBy, policy }) {
  if (policy.grossPriorYearRecovery || !p.paidBy) return gross;
  if (foundBy > cal.addMonths(p.payday, 36)) return gross;
  const input = p.paidBy;
  const run = (x) => withheld(t4127.deductions({ ...x, ytd: { ...x.ytd } }, policy));
  const without = {
    ...input,
    periodic: max0(input.periodic.minus(gross)),
    pension: max0(input.pension.minus(pensionBack)),
  };
  return gross.minus(run(input).minus(run(without))).minus(pensionBack);
}

module.exports = { classify, netRecovery };
