// What is due for one pay period, line by line, as one pay run knows it (convention
// pay.daily-proration of docs/reference-engine.md, section 2), with the supplier's own
// numeric strategy and proration policy.
'use strict';
const { D, round2, trunc2 } = require('./num');
const cal = require('./calendar');

const EARNING_CODES = ['REGULAR', 'ACTING', 'OVERTIME', 'ALLOWANCE_BILINGUALISM', 'LWOP'];

// A rate's binary floating point value, remembered per decimal (rates are shared table cells,
// met on every working day of every employee).
const FLOATS = new WeakMap();
function floatOf(x) {
  let f = FLOATS.get(x);
  if (f === undefined) {
    f = Number(x.toString());
    FLOATS.set(x, f);
  }
  return f;
}

/** Decimal sums (exact) or binary floating point sums (a supplier's own choice). */
const ARITHMETIC = {
  decimal: {
    zero: () => D(0),
    of: (x) => D(x),
    ofDecimal: (x) => x,
    add: (a, b) => a.plus(b),
    mul: (a, b) => a.times(b),
    div: (a, b) => a.div(b),
    toD: (x) => x,
  },
  float: {
    zero: () => 0,
    of: (x) => Number(x),
    ofDecimal: (x) => floatOf(x),
    add: (a, b) => a + b,
    mul: (a, b) => a * b,
    div: (a, b) => a / b,
    toD: (x) => D(x),
  },
};

/** Round a line as the supplier does: half-up (float: the usual Math.round(x * 100) / 100), or truncated. */
function roundLine(policy, code, raw, partial) {
  const truncated = policy.truncate && (code !== 'REGULAR' || partial);
  if (truncated) return trunc2(ARITHMETIC[policy.arithmetic].toD(raw));
  if (policy.arithmetic === 'float')
    return D((Math.sign(raw) * Math.round(Math.abs(raw) * 100)) / 100).toDecimalPlaces(2);
  return round2(raw);
}

function overtimeHours(events) {
  // overtime.pa-multipliers: per date, workday and first-day-of-rest hours add up; 7.5 at 1.5, the rest at 2.0.
  const parts = [];
  const byDay = new Map();
  for (const e of events) {
    if (e.multiplier !== undefined) {
      parts.push({ date: e.date, hours: D(e.hours), mult: D(e.multiplier) });
    } else if (e.dayType === 'secondDayOfRest') {
      parts.push({ date: e.date, hours: D(e.hours), mult: D(2) });
    } else {
      const key = `${e.date}|${e.dayType}`;
      byDay.set(key, (byDay.get(key) ?? D(0)).plus(e.hours));
    }
  }
  for (const [key, hours] of byDay) {
    const date = key.split('|')[0];
    const first = hours.gt(7.5) ? D(7.5) : hours;
    parts.push({ date, hours: first, mult: D(1.5) });
    if (hours.gt(7.5)) parts.push({ date, hours: hours.minus(7.5), mult: D(2) });
  }
  return parts;
}

/**
 * The lines due for the period start..end (day numbers) as `book` (a PositionBook) knows it.
 * Returns rounded amounts per code, the unrounded total (for suppliers that round late), the
 * pensionable salary (REGULAR + ACTING + LWOP) and the substantive rate on the last employed day.
 */
function duePeriod(book, profile, visible, start, end, policy) {
  const A = ARITHMETIC[policy.arithmetic];
  const calendarDays = policy.proration === 'calendar-days';
  const divisor = A.of(calendarDays ? '365.232' : '260.88'); // 26.088 x 14 calendar days, or 10 working days
  const h = A.of(
    D(profile.weeklyHours ?? '37.5')
      .div('37.5')
      .toString(),
  );
  const sum = {
    REGULAR: A.zero(),
    ACTING: A.zero(),
    OVERTIME: A.zero(),
    ALLOWANCE_BILINGUALISM: A.zero(),
    LWOP: A.zero(),
  };
  const floatDaily = policy.arithmetic === 'float';
  const add = (code, annual) => {
    // decimal: add the annual numerators and divide once; float: add each day's amount, as the supplier does.
    sum[code] = A.add(
      sum[code],
      floatDaily ? A.div(A.mul(A.ofDecimal(annual), h), divisor) : A.mul(A.ofDecimal(annual), h),
    );
  };
  const bonus = bonusBasis(profile, policy);
  const pensionable = { sum: D(0), byLeave: new Map() };
  let employedWorkingDays = 0;
  let lastRate;
  for (let d = start; d <= end; d += 1) {
    if (!book.employed(d)) continue;
    const s = book.substantive(d);
    lastRate = s.rate;
    if (!(calendarDays || cal.isWorkingDay(d))) continue;
    if (cal.isWorkingDay(d)) employedWorkingDays += 1;
    add('REGULAR', s.rate);
    // allowance.bilingualism-monthly: a qualifying month pays every employed working day of it, leave days too.
    const month = bonus === 'monthly' ? bonusMonth(book, visible, cal.monthOf(d)) : undefined;
    if (month) add('ALLOWANCE_BILINGUALISM', month);
    if (book.onLeave(d)) {
      add('LWOP', s.rate.negated());
      pensionableLeaveDay(book, d, s.rate, pensionable);
      continue;
    }
    const a = book.acting(d, s);
    if (a && a.gt(s.rate)) add('ACTING', a.minus(s.rate));
    if (bonus === 'daily') for (const al of bonusesOn(visible, d)) add('ALLOWANCE_BILINGUALISM', al);
  }
  if (!floatDaily) for (const code of EARNING_CODES) if (code !== 'OVERTIME') sum[code] = A.div(sum[code], divisor);
  sum.OVERTIME = overtimeDue(book, visible, start, end, policy);
  const partial = employedWorkingDays < 10;
  const lines = {};
  let total = D(0);
  let raw = A.zero();
  let salary = D(0);
  for (const code of EARNING_CODES) {
    const amount = roundLine(policy, code, sum[code], partial);
    lines[code] = amount;
    total = total.plus(amount);
    raw = A.add(raw, sum[code]);
    if (code === 'REGULAR' || code === 'ACTING' || code === 'LWOP') salary = salary.plus(amount);
  }
  const factor = D(profile.weeklyHours ?? '37.5').div('37.5');
  const lwopPensionable = round2(pensionable.sum.times(factor).div(calendarDays ? '365.232' : '260.88'));
  return {
    lines,
    total,
    raw,
    salary,
    lastRate,
    hoursFactor: factor,
    lwopPensionable,
    lwopByLeave: pensionable.byLeave,
  };
}

/** Full time by the month (allowance.bilingualism-monthly), part time above a third of full time by the day, else none. */
function bonusBasis(profile, policy) {
  const hours = D(profile.weeklyHours ?? '37.5');
  if (!hours.gt('12.5')) return 'none';
  return hours.gte('37.5') && !policy.bonusByDay ? 'monthly' : 'daily';
}

/** Annual amounts of the bonuses in force on day d. */
function bonusesOn(visible, d) {
  return visible
    .filter((e) => e.kind === 'allowance' && d >= cal.day(e.start) && (e.end === undefined || d <= cal.day(e.end)))
    .map((e) => D(e.annualAmount ?? '800'));
}

/** The annual amount a month earns: at least 10 working days worked with a bonus (the most common one), else undefined. */
function bonusMonth(book, visible, month) {
  book.bonusMonths = book.bonusMonths ?? new Map();
  if (!book.bonusMonths.has(month)) {
    const counts = new Map();
    let worked = 0;
    for (let d = cal.day(`${month}-01`); cal.monthOf(d) === month; d += 1) {
      if (!cal.isWorkingDay(d) || !book.employed(d) || book.onLeave(d)) continue;
      const on = visible.filter(
        (e) => e.kind === 'allowance' && d >= cal.day(e.start) && (e.end === undefined || d <= cal.day(e.end)),
      );
      if (on.length === 0) continue;
      worked += 1;
      const b = on[on.length - 1];
      const c = counts.get(b.id) ?? { amount: D(b.annualAmount ?? '800'), days: 0, order: 0 };
      counts.set(b.id, { ...c, days: c.days + 1, order: worked });
    }
    const best = [...counts.values()].sort((a, b) => b.days - a.days || b.order - a.order)[0];
    book.bonusMonths.set(month, worked >= 10 ? best.amount : undefined);
  }
  return book.bonusMonths.get(month);
}

/** A leave day in the first three months of its leave: pension stays owed (pension.lwop-first-three-months). */
function pensionableLeaveDay(book, d, rate, into) {
  const leave = book.leaveOn(d);
  if (!leave || d > cal.addMonths(cal.day(leave.start), 3) - 1) return;
  into.sum = into.sum.plus(rate);
  into.byLeave.set(leave.id, (into.byLeave.get(leave.id) ?? 0) + 1);
}

/** Hours x hourly rate of the position worked that day (acting rate when acting) x multiplier. */
function overtimeDue(book, visible, start, end, policy) {
  const A = ARITHMETIC[policy.arithmetic];
  let num = A.zero();
  const inPeriod = visible.filter(
    (e) =>
      e.kind === 'overtime' && cal.day(e.date) >= start && cal.day(e.date) <= end && book.employed(cal.day(e.date)),
  );
  for (const part of overtimeHours(inPeriod)) {
    const d = cal.day(part.date);
    const s = book.substantive(d);
    const a = book.acting(d, s);
    const rate = a && a.gt(s.rate) ? a : s.rate;
    num = A.add(num, A.mul(A.mul(A.of(rate.toString()), A.of(part.hours.toString())), A.of(part.mult.toString())));
  }
  return A.div(num, A.of(policy.overtimeDivisor ?? '1956.6'));
}

module.exports = { duePeriod, EARNING_CODES };
