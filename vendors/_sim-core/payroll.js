// Pays one employee on the requested paydays, simulating every pay run from the start of the
// history (protocol rule 4): what each run sees (entered <= cut-off), the current period's
// lines, corrections for earlier periods, overpayment recovery, pension, insurance, union dues
// and T4127 deductions with year-to-date amounts carried per calendar year.
'use strict';
const { D, round2, max0, money } = require('./num');
const cal = require('./calendar');
const { PositionBook, Unsupported } = require('./positions');
const { duePeriod, EARNING_CODES } = require('./earnings');
const { PensionLedger, pssa } = require('./pension');
const { classify, netRecovery } = require('./recovery');
const t4127 = require('./t4127');

const NO_EARNINGS = new Set(['transfer', 'td1Change', 'provinceChange']);
const FLEXIBLE = 'recovery.flexible-acknowledged';

/** Monthly premium per 1,000 in a biweekly pay: rate x units x 12 / 26.088 (insurance.monthly-to-biweekly). */
function insurance(rate, coverage, roundTo) {
  const rounded = coverage.div(roundTo).toDecimalPlaces(0, D.ROUND_UP).times(roundTo);
  return round2(D(rate).times(rounded).div(1000).times(12).div('26.088'));
}

function claimOf(c) {
  return c.amount !== undefined ? { amount: D(c.amount) } : { code: c.code };
}

/** Province and TD1 claims in force on the payday, from the visible events. */
function taxProfile(profile, visible, payday) {
  let province = profile.province;
  let fed = profile.td1.federal;
  let prov = profile.td1.provincial;
  for (const e of visible) {
    if (cal.day(e.effective ?? '9999-12-31') > payday) continue;
    if (e.kind === 'provinceChange') province = e.province;
    if (e.kind === 'td1Change') {
      if (e.federal) fed = e.federal;
      if (e.provincial) prov = e.provincial;
    }
  }
  return { province, federalClaim: claimOf(fed), provincialClaim: claimOf(prov) };
}

const toRun = (r, requested) => ({
  payday: cal.day(r.payday),
  periodStart: cal.day(r.periodStart),
  periodEnd: cal.day(r.periodEnd),
  cutoff: cal.day(r.cutoff),
  periodsInYear: r.periodsInYear,
  requested,
});

/**
 * The runs to simulate: the request's history (protocol 1.1, history.payRuns), then the
 * requested runs. Deductions from history.deductionsFrom (the first requested run without history).
 */
function runsToSimulate(employee) {
  const requested = employee.payRuns.map((r) => toRun(r, true));
  const history = (employee.history?.payRuns ?? []).map((r) => toRun(r, false));
  const deductionsFrom = cal.day(employee.history?.deductionsFrom ?? employee.payRuns[0].payday);
  return { runs: [...history, ...requested], deductionsFrom };
}

/**
 * policy: { arithmetic, proration, overtimeDivisor, truncate, retroUnrounded, arrearsAsRegular,
 * recoverAtOnce, grossPriorYearRecovery, pensionStopsOnLeave, bonusByDay, ownPaydayCount, noCpp2,
 * cppExemptionPeriods, actingFromEntered, codes }.
 */
function payEmployee(employee, policy) {
  const profile = employee.profile;
  const events = employee.events;
  const { runs, deductionsFrom } = runsToSimulate(employee);
  const group = profile.pensionGroup;
  const ledger = group === 'none' ? undefined : new PensionLedger(group, policy);
  const flexible = (employee.conventions ?? []).includes(FLEXIBLE);
  const periods = []; // earlier periods: { start, end, payday, year, paidTotal, paidRaw, due, pending, carried, paidBy }
  const ytdByYear = new Map();
  const statements = [];
  let lastVisible = -1;
  runs.forEach((run, r) => {
    const previousCutoff = r === 0 ? run.cutoff - 14 : runs[r - 1].cutoff;
    const visible = events.filter((e) => cal.day(e.entered) <= run.cutoff);
    const arrived = visible.filter((e) => cal.day(e.entered) > previousCutoff && !NO_EARNINGS.has(e.kind));
    const book = new PositionBook(profile, visible, {
      allEvents: events,
      actingFrom: policy.actingFromEntered ? (e) => Math.max(cal.day(e.start), cal.day(e.entered)) : undefined,
    });
    const cur = duePeriod(book, profile, visible, run.periodStart, run.periodEnd, policy);
    const year = cal.yearOf(run.payday);
    const earnings = EARNING_CODES.map((code) => [code, cur.lines[code]]); // [code, amount, forPeriod?]
    const positiveEarnings = cur.total.gt(0);
    const changed = visible.length !== lastVisible;
    lastVisible = visible.length;
    const settled = corrections({ periods, book, profile, visible, run, r, arrived, flexible, changed, policy });
    const recoverable = recoveries({ periods, r, year, positiveEarnings, policy });
    let pensionDelta = D(0);
    let recovery = D(0);
    for (const { p, how, diff, foundBy } of [...settled, ...recoverable]) {
      const change = ledger ? ledger.correct(p) : D(0);
      p.paidTotal = p.paidTotal.plus(diff);
      p.paidRaw = p.due.raw;
      if (how === 'recover') {
        const pensionBack = max0(change.negated());
        recovery = recovery.plus(netRecovery({ p, gross: diff.negated(), pensionBack, foundBy, policy }));
        continue;
      }
      pensionDelta = pensionDelta.plus(change);
      if (how === 'pay' && policy.arrearsAsRegular) earnings[0][1] = earnings[0][1].plus(diff);
      else earnings.push(['RETRO_ADJUSTMENT', diff, p]);
    }
    const mine = { start: run.periodStart, end: run.periodEnd, payday: run.payday, year, due: cur };
    Object.assign(mine, { paidTotal: cur.total, paidRaw: cur.raw });
    periods.push(mine);
    if (!run.requested && run.payday < deductionsFrom) return;
    if (!ytdByYear.has(year)) ytdByYear.set(year, t4127.emptyYtd());
    const ytd = ytdByYear.get(year);
    // Arrears folded into REGULAR (a supplier paying them as regular pay) carry pension at this period's rate too.
    const arrears = earnings[0][1].minus(cur.lines.REGULAR);
    let pension = D(0);
    if (ledger) {
      pension = ledger.current(mine).plus(pensionDelta);
      if (!arrears.isZero()) pension = pension.plus(pssaExtra(group, year, cur.salary, arrears));
      if (positiveEarnings) pension = pension.plus(ledger.instalments(periods, book.leaveEvents, run.periodStart));
    }
    const deductionLines = [];
    const dues = positiveEarnings ? D(profile.unionDues ?? '0') : D(0);
    if (positiveEarnings) {
      const insured = cur.lastRate.times(cur.hoursFactor);
      deductionLines.push(['DISABILITY_INSURANCE', insurance('0.35', insured, 250)]);
      if (group !== 'none') deductionLines.push(['DEATH_BENEFIT', insurance('0.15', insured.times(2), 1000)]);
    }
    const sum = (pick) => earnings.filter(pick).reduce((s, [, a]) => s.plus(a), D(0));
    const tax = taxProfile(profile, visible, run.payday);
    const input = {
      payday: cal.iso(run.payday),
      P: policy.ownPaydayCount ? cal.paydaysInYear(year) : run.periodsInYear,
      province: tax.province,
      federalClaim: tax.federalClaim,
      provincialClaim: tax.provincialClaim,
      periodic: max0(sum(([, , p]) => p === undefined).plus(sum(([, a, p]) => p !== undefined && a.isNegative()))),
      retro: sum(([, a, p]) => p !== undefined && a.gt(0)),
      pension,
      dues,
      ytd,
    };
    mine.paidBy = { ...input, ytd: { ...ytd } };
    const s = t4127.deductions(input, policy);
    deductionLines.push(
      ['CPP', s.cpp],
      ['CPP2', s.cpp2],
      ['EI', s.ei],
      ['FEDERAL_TAX', s.federal],
      ['PROVINCIAL_TAX', s.provincial],
    );
    if (group !== 'none') deductionLines.push(['PENSION', pension]);
    deductionLines.push(['UNION_DUES', dues], ['RECOVERY', recovery]);
    if (run.requested) statements.push(statement(employee.id, run, earnings, deductionLines, policy));
  });
  return statements;
}

/** Every earlier period against what is now due: positives paid now; new negatives get a route and wait in `pending`. */
function corrections(x) {
  const settled = [];
  const found = [];
  for (const p of x.periods) {
    if (x.changed) p.due = duePeriod(x.book, x.profile, x.visible, p.start, p.end, x.policy);
    const diff = difference(p, x.policy);
    if (!diff.isNegative()) p.pending = undefined;
    if (diff.gt(0)) settled.push({ p, how: 'pay', diff });
    else if (diff.isNegative() && !p.pending) found.push({ p, amount: diff });
  }
  if (found.length > 0) {
    const route = classify({ found, book: x.book, profile: x.profile, arrived: x.arrived, flexible: x.flexible });
    for (const f of found) f.p.pending = { since: x.r, route, foundBy: x.run.cutoff };
  }
  return settled;
}

/** The pending overpayments this run recovers: from a pay that pays something, a flexible one after 3 correct pays. */
function recoveries({ periods, r, year, positiveEarnings, policy }) {
  const out = [];
  for (const p of periods) {
    if (!p.pending) continue;
    const waits = !policy.recoverAtOnce && p.pending.route === 'flexible' && r < p.pending.since + 3;
    if (waits || !(positiveEarnings || policy.recoverAtOnce)) continue;
    out.push({
      p,
      how: p.year === year ? 'reverse' : 'recover',
      diff: difference(p, policy),
      foundBy: p.pending.foundBy,
    });
    p.pending = undefined;
  }
  return out;
}

function difference(p, policy) {
  return policy.retroUnrounded ? round2(D(p.due.raw - p.paidRaw)) : p.due.total.minus(p.paidTotal);
}

/** The pension on arrears paid as regular pay, at this period's rates: on (salary + arrears) minus on salary. */
function pssaExtra(group, year, salary, arrears) {
  return pssa(group, year, salary.plus(arrears)).minus(pssa(group, year, salary));
}

const DESCRIPTIONS = {
  REGULAR: 'Regular pay',
  ACTING: 'Acting pay',
  OVERTIME: 'Overtime',
  ALLOWANCE_BILINGUALISM: 'Bilingualism bonus',
  LWOP: 'Leave without pay',
  RETRO_ADJUSTMENT: 'Retroactive adjustment',
  RECOVERY: 'Recovery of a prior-year overpayment',
  CPP: 'Canada Pension Plan',
  CPP2: 'CPP second additional contributions',
  EI: 'Employment Insurance',
  FEDERAL_TAX: 'Federal income tax',
  PROVINCIAL_TAX: 'Ontario income tax',
  PENSION: 'Public service pension',
  DISABILITY_INSURANCE: 'Disability insurance',
  DEATH_BENEFIT: 'Supplementary death benefit',
  UNION_DUES: 'Union dues',
};

function statement(employeeId, run, earnings, deductionLines, policy) {
  const codes = policy.codes ?? {};
  const lines = [];
  let gross = D(0);
  let withheld = D(0);
  for (const [code, amount, p] of earnings) {
    if (amount.isZero()) continue;
    gross = gross.plus(amount);
    const line = { code: codes[code] ?? code, amount: amount.toFixed(2), description: DESCRIPTIONS[code] };
    if (p) {
      line.forPeriod = { start: cal.iso(p.start), end: cal.iso(p.end) };
      line.description = `${DESCRIPTIONS[code]} for ${line.forPeriod.start} to ${line.forPeriod.end}`;
    }
    lines.push(line);
  }
  for (const [code, amount] of deductionLines) {
    if (amount.isZero()) continue;
    withheld = withheld.plus(amount);
    lines.push({ code: codes[code] ?? code, amount: amount.toFixed(2), description: DESCRIPTIONS[code] });
  }
  return {
    employeeId,
    payday: cal.iso(run.payday),
    periodStart: cal.iso(run.periodStart),
    periodEnd: cal.iso(run.periodEnd),
    lines,
    gross: money(gross),
    net: money(gross.minus(withheld)),
  };
}

module.exports = { payEmployee, Unsupported };
