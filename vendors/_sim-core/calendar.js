// Dates as whole UTC day numbers, the federal biweekly pay calendar and working days.
// Sources: docs/scenario-format.md "The federal pay calendar" (PSPC: paydays every two weeks on
// the cadence of Wednesday 1992-01-15, pay in arrears W-27 .. W-14, Monday-Friday working days).
'use strict';

const DAY_MS = 86400000;

const DAY = new Map();

/** "2026-01-14" -> day number. */
function day(text) {
  let n = DAY.get(text);
  if (n === undefined) {
    const [y, m, d] = text.split('-').map(Number);
    n = Date.UTC(y, m - 1, d) / DAY_MS;
    DAY.set(text, n);
  }
  return n;
}

// Day numbers met so far and their text: a payroll asks for the same few hundred days for every
// employee, and formatting a Date is the slowest step of a pay period otherwise.
const ISO = new Map();

/** day number -> "2026-01-14". */
function iso(n) {
  let text = ISO.get(n);
  if (text === undefined) {
    text = new Date(n * DAY_MS).toISOString().slice(0, 10);
    ISO.set(n, text);
  }
  return text;
}

function yearOf(n) {
  return new Date(n * DAY_MS).getUTCFullYear();
}

/** Monday to Friday (convention calendar.working-day-mon-fri: holidays are not removed). */
function isWorkingDay(n) {
  const wd = (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return wd >= 1 && wd <= 5;
}

/** The same day `months` later, clamped to the month's last day (day numbers). */
function addMonths(n, months) {
  const t = new Date(n * DAY_MS);
  const index = t.getUTCFullYear() * 12 + t.getUTCMonth() + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(t.getUTCDate(), last)) / DAY_MS;
}

const MONTH = new Map();

/** "2026-03" for a day number. */
function monthOf(n) {
  let month = MONTH.get(n);
  if (month === undefined) {
    month = iso(n).slice(0, 7);
    MONTH.set(n, month);
  }
  return month;
}

const ANCHOR = day('1992-01-15');

function isPayday(n) {
  return (((n - ANCHOR) % 14) + 14) % 14 === 0;
}

/** The payday whose period (W-27 .. W-14) holds day n. */
function paydayOfPeriodHolding(n) {
  const offset = (((n - (ANCHOR - 27)) % 14) + 14) % 14;
  return n - offset + 27;
}

/** First payday on or after day n. */
function paydayOnOrAfter(n) {
  const offset = (((n - ANCHOR) % 14) + 14) % 14;
  return offset === 0 ? n : n + 14 - offset;
}

function paydaysInYear(year) {
  let count = 0;
  for (let w = paydayOnOrAfter(day(`${year}-01-01`)); yearOf(w) === year; w += 14) count += 1;
  return count;
}

/** A pay run of the federal calendar; the cut-off lies `lockDays` before the payday. */
function payRun(payday, lockDays) {
  return {
    payday,
    periodStart: payday - 27,
    periodEnd: payday - 14,
    cutoff: payday - lockDays,
    periodsInYear: paydaysInYear(yearOf(payday)),
  };
}

module.exports = {
  day,
  iso,
  yearOf,
  addMonths,
  monthOf,
  isWorkingDay,
  isPayday,
  paydayOfPeriodHolding,
  paydayOnOrAfter,
  paydaysInYear,
  payRun,
};
