// Pays one employee on the requested paydays, simulating every pay run from the start of the
// history (protocol rule 4): what each run sees (entered <= cut-off), the current period's
// lines, corrections for earlier periods, overpayment recovery, pension, insurance, union dues
// and T4127 deductions with year-to-date amounts carried per calendar year.
'use strict';
const { D, round2, max0, min, money } = require('./num');
const cal = require('./calendar');
const { PositionBook, Unsupported } = require('./positions');
const { duePeriod, EARNING_CODES } = require('./earnings');
const t4127 = require('./t4127');

// PSSA member contribution rates (TBS). 2026 group 1 = 2025 rates; 2025 group 2 = 2026 rates (not published separately).
const PSSA = {
  'PSSA-1': { 2025: ['0.0906', '0.1164', 71300, 210200], 2026: ['0.0906', '0.1164', 74600, 220000] },
  'PSSA-2': { 2025: ['0.0800', '0.1058', 71300, 210200], 2026: ['0.0800', '0.1058', 74600, 220000] },
};

/** PSSA contribution on one period's salary s paid in year y: split at YMPE / 26.088, capped at cap / 26.088. */
function pssa(group, year, s) {
  if (group === 'none' || !s.gt(0)) return D(0);
  const r = PSSA[group]?.[year];
  if (!r) throw new Unsupported(`no PSSA contribution rates held for ${year}`);
  const ympe = D(r[2]).div('26.088');
  const cap = D(r[3]).div('26.088');
  return round2(
    D(r[0])
      .times(min(s, ympe))
      .plus(D(r[1]).times(max0(min(s, cap).minus(ympe)))),
  );
}

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

function eventDays(e) {
  return [e.effective, e.start, e.date, e.lastDay].filter(Boolean).map(cal.day);
}

/** The runs to simulate: history (from the year start or the earliest event's period) then the request. */
function runsToSimulate(employee) {
  const requested = employee.payRuns.map((r) => ({
    payday: cal.day(r.payday),
    periodStart: cal.day(r.periodStart),
    periodEnd: cal.day(r.periodEnd),
    cutoff: cal.day(r.cutoff),
    periodsInYear: r.periodsInYear,
    requested: true,
  }));
  const first = requested[0];
  const lock = first.payday - first.cutoff;
  let start = cal.paydayOnOrAfter(cal.day(`${cal.yearOf(first.payday)}-01-01`));
  for (const e of employee.events) for (const d of eventDays(e)) start = Math.min(start, cal.paydayOfPeriodHolding(d));
  const runs = [];
  for (let w = start; w < first.payday; w += 14) runs.push({ ...cal.payRun(w, lock), requested: false });
  return { runs: [...runs, ...requested], firstYear: cal.yearOf(first.payday) };
}

/**
 * policy: { arithmetic, proration, overtimeDivisor, truncate, retroUnrounded, arrearsAsRegular,
 * recoveryDelay, noCpp2, cppExemptionPeriods, actingFromEntered, codes, descriptions }.
 */
function payEmployee(employee, policy) {
  const profile = employee.profile;
  const events = employee.events;
  const { runs, firstYear } = runsToSimulate(employee);
  const periods = []; // earlier periods: { start, end, payday, paidTotal, paidSalary, paidRaw, pendingSince }
  const ytdByYear = new Map();
  const statements = [];
  let lastVisible = -1;
  runs.forEach((run, r) => {
    const visible = events.filter((e) => cal.day(e.entered) <= run.cutoff);
    const book = new PositionBook(profile, visible, {
      allEvents: events,
      actingFrom: policy.actingFromEntered ? (e) => Math.max(cal.day(e.start), cal.day(e.entered)) : undefined,
    });
    const cur = duePeriod(book, profile, visible, run.periodStart, run.periodEnd, policy);
    const year = cal.yearOf(run.payday);
    const earnings = []; // [code, amount, forPeriod?]
    const deductionLines = [];
    for (const code of EARNING_CODES) earnings.push([code, cur.lines[code]]);
    const positiveEarnings = cur.total.gt(0);
    let pensionDelta = D(0);
    let recovery = D(0);
    const changed = visible.length !== lastVisible;
    lastVisible = visible.length;
    for (const p of periods) {
      if (changed) p.due = duePeriod(book, profile, visible, p.start, p.end, policy);
      const diff = policy.retroUnrounded ? round2(D(p.due.raw - p.paidRaw)) : p.due.total.minus(p.paidTotal);
      if (diff.isZero()) {
        p.pendingSince = undefined;
        continue;
      }
      if (diff.gt(0)) {
        p.pendingSince = undefined;
        if (policy.arrearsAsRegular) earnings[0][1] = earnings[0][1].plus(diff);
        else earnings.push(['RETRO_ADJUSTMENT', diff, p]);
        pensionDelta = pensionDelta.plus(correct(p, diff, profile));
        continue;
      }
      if (p.pendingSince === undefined) p.pendingSince = r;
      const due = r >= p.pendingSince + (policy.recoveryDelay ?? 3) && (positiveEarnings || policy.recoveryDelay === 0);
      if (!due) continue;
      p.pendingSince = undefined;
      if (cal.yearOf(p.payday) === year) {
        earnings.push(['RETRO_ADJUSTMENT', diff, p]);
        pensionDelta = pensionDelta.plus(correct(p, diff, profile));
      } else {
        recovery = recovery.minus(diff);
        correct(p, diff, profile);
      }
    }
    periods.push({
      start: run.periodStart,
      end: run.periodEnd,
      payday: run.payday,
      paidTotal: cur.total,
      paidSalary: cur.salary,
      paidRaw: cur.raw,
      due: cur,
    });
    if (year < firstYear) return;
    if (!ytdByYear.has(year)) ytdByYear.set(year, t4127.emptyYtd());
    const ytd = ytdByYear.get(year);
    const group = profile.pensionGroup;
    // Current salary includes arrears folded into REGULAR (a supplier paying them as regular pay).
    const currentSalary = cur.salary.plus(earnings[0][1].minus(cur.lines.REGULAR));
    const pension = pssa(group, year, currentSalary).plus(pensionDelta);
    const dues = positiveEarnings ? D(profile.unionDues ?? '0') : D(0);
    if (positiveEarnings) {
      const insured = cur.lastRate.times(cur.hoursFactor);
      deductionLines.push(['DISABILITY_INSURANCE', insurance('0.35', insured, 250)]);
      if (group !== 'none') deductionLines.push(['DEATH_BENEFIT', insurance('0.15', insured.times(2), 1000)]);
    }
    const currentEarnings = earnings.filter(([, , p]) => p === undefined).reduce((s, [, a]) => s.plus(a), D(0));
    const negativeRetro = earnings
      .filter(([, a, p]) => p !== undefined && a.isNegative())
      .reduce((s, [, a]) => s.plus(a), D(0));
    const positiveRetro = earnings
      .filter(([, a, p]) => p !== undefined && a.gt(0))
      .reduce((s, [, a]) => s.plus(a), D(0));
    const tax = taxProfile(profile, visible, run.payday);
    const s = t4127.deductions(
      {
        payday: cal.iso(run.payday),
        P: run.periodsInYear,
        province: tax.province,
        federalClaim: tax.federalClaim,
        provincialClaim: tax.provincialClaim,
        periodic: max0(currentEarnings.plus(negativeRetro)),
        retro: positiveRetro,
        pension,
        dues,
        ytd,
      },
      policy,
    );
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

/** Records a correction of period p; returns the pension on its new salary minus that on its old. */
function correct(p, diff, profile) {
  const year = cal.yearOf(p.payday);
  const delta = pssa(profile.pensionGroup, year, p.due.salary).minus(pssa(profile.pensionGroup, year, p.paidSalary));
  p.paidTotal = p.paidTotal.plus(diff);
  p.paidSalary = p.due.salary;
  p.paidRaw = p.due.raw;
  return delta;
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
