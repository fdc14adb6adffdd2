// Who holds which position on a day, at which annual rate, as a payroll that knows only the
// visible events sees it. PA table effective 2024-06-21 (docs/vendor-protocol.md, "A position").
'use strict';
const { D } = require('./num');
const cal = require('./calendar');

const PA_TABLE = {
  'AS-01': [61786, 64135, 66572, 69106],
  'AS-02': [68849, 71464, 74180],
  'AS-03': [73798, 76599, 79511],
  'AS-04': [80612, 83675, 87108],
  'AS-05': [96235, 99892, 104044],
  'AS-06': [107193, 111267, 115642],
  'AS-07': [112834, 117128, 121573, 125225, 129017],
  'CR-03': [51642, 52996, 54350, 55707],
  'CR-04': [57217, 58738, 60255, 61761],
  'CR-05': [62533, 64250, 65986, 67699],
};
// PM-01..05 are paid as AS-01..05, PM-06 as AS-07.
const ALIASES = {
  'PM-01': 'AS-01',
  'PM-02': 'AS-02',
  'PM-03': 'AS-03',
  'PM-04': 'AS-04',
  'PM-05': 'AS-05',
  'PM-06': 'AS-07',
};

class Unsupported extends Error {}

// The base table as decimals, made once; each book gets its own arrays (revisions replace cells)
// of these shared, immutable decimals.
const BASE = {};
for (const [k, rates] of Object.entries(PA_TABLE)) BASE[k] = rates.map((r) => D(r));
for (const [k, to] of Object.entries(ALIASES)) BASE[k] = PA_TABLE[to].map((r) => D(r));

function baseTable() {
  const table = {};
  for (const [k, rates] of Object.entries(BASE)) table[k] = rates.slice();
  return table;
}

function covers(appliesTo, classification) {
  if (appliesTo === 'PA') return true;
  return classification === appliesTo || classification.startsWith(`${appliesTo}-`);
}

/** A collective-agreement revision: explicit cells, or a percent rounded half-up to the dollar. */
function applyRevision(table, rev) {
  if (rev.rates) {
    for (const cell of rev.rates) {
      if (!table[cell.classification]) table[cell.classification] = [];
      table[cell.classification][cell.step - 1] = D(cell.annualRate);
    }
    return;
  }
  const factor = D(1).plus(D(rev.percent).div(100));
  for (const k of Object.keys(table)) {
    if (covers(rev.appliesTo, k)) table[k] = table[k].map((r) => r.times(factor).toDecimalPlaces(0, D.ROUND_HALF_UP));
  }
}

/**
 * The positions and rates of one employee as known to one pay run (its visible events).
 * `options.actingFrom(event)` lets a supplier decide on which day an acting assignment begins.
 */
class PositionBook {
  constructor(profile, visible, options = {}) {
    this.profile = profile;
    this.visible = visible;
    const hire = visible.find((e) => e.kind === 'hire');
    this.hasHireEvent = options.allEvents.some((e) => e.kind === 'hire');
    this.hire = hire;
    this.hireDay = hire
      ? cal.day(hire.effective)
      : profile.hireDate
        ? cal.day(profile.hireDate)
        : this.hasHireEvent
          ? Infinity
          : -Infinity;
    const term = visible.find((e) => e.kind === 'termination');
    this.lastDay = term ? cal.day(term.lastDay) : Infinity;
    this.base = hire ?? profile;
    this.increments = visible
      .filter((e) => e.kind === 'stepIncrement')
      .map((e) => ({ day: cal.day(e.effective), step: e.newStep }));
    this.revisions = visible
      .filter((e) => e.kind === 'rateRevision')
      .map((e) => ({ ...e, day: cal.day(e.effective) }))
      .sort((a, b) => a.day - b.day);
    this.leaveEvents = visible.filter((e) => e.kind === 'leaveWithoutPay');
    this.leaves = this.leaveEvents.map((e) => [cal.day(e.start), cal.day(e.end)]);
    const actingFrom = options.actingFrom ?? ((e) => cal.day(e.start));
    this.actings = visible
      .filter((e) => e.kind === 'acting')
      .map((e) => ({ event: e, from: actingFrom(e), to: cal.day(e.end) }))
      .filter((a) => a.from <= a.to && workingDaysBetween(a.from, a.to) >= 3); // acting.qualifying-3-days
    this.tables = new Map();
  }

  employed(d) {
    return d >= this.hireDay && d <= this.lastDay;
  }

  onLeave(d) {
    return this.leaves.some(([s, e]) => d >= s && d <= e);
  }

  /** The visible leave without pay covering day d (the last one listed), if any. */
  leaveOn(d) {
    let found;
    for (const e of this.leaveEvents) if (d >= cal.day(e.start) && d <= cal.day(e.end)) found = e;
    return found;
  }

  /** The rate table in force on day d: the base table, then every visible revision effective by d. */
  tableAt(d) {
    let n = 0;
    while (n < this.revisions.length && this.revisions[n].day <= d) n += 1;
    if (!this.tables.has(n)) {
      const t = baseTable();
      for (const rev of this.revisions.slice(0, n)) applyRevision(t, rev);
      this.tables.set(n, t);
    }
    return this.tables.get(n);
  }

  /** Substantive annual rate S(d): increments effective by d apply before revisions of the same day. */
  substantive(d) {
    const base = this.base;
    if (base.annualRate !== undefined) {
      this.annualRate ??= D(base.annualRate);
      return { rate: this.annualRate, classification: base.classification, table: false };
    }
    if (base.classification === undefined)
      throw new Unsupported('no substantive position is known for a day the employee is employed');
    let step = base.step;
    for (const inc of this.increments) if (inc.day <= d) step = inc.step;
    const rates = this.tableAt(d)[base.classification];
    if (!rates || rates[step - 1] === undefined)
      throw new Unsupported(`${base.classification} has no step ${step} in this supplier's pay tables`);
    return { rate: rates[step - 1], classification: base.classification, table: true, rates };
  }

  /** Acting annual rate A(d) when a qualifying acting covers d and pays more, else undefined. */
  acting(d, s) {
    let found;
    for (const a of this.actings) if (d >= a.from && d <= a.to) found = a.event;
    if (!found) return undefined;
    if (found.annualRate !== undefined) return D(found.annualRate);
    const rates = this.tableAt(d)[found.classification];
    if (!rates) throw new Unsupported(`acting level ${found.classification} is not in this supplier's pay tables`);
    return placement(rates, s);
  }
}

/** acting.promotion-placement: the lowest step >= S + the level's lowest increment, else the top; none if not a promotion. */
function placement(rates, s) {
  let inc;
  for (let i = 1; i < rates.length; i += 1) {
    const diff = rates[i].minus(rates[i - 1]);
    if (inc === undefined || diff.lt(inc)) inc = diff;
  }
  inc = inc ?? D(0);
  const top = rates[rates.length - 1];
  const subTop = s.table ? s.rates[s.rates.length - 1] : s.rate;
  if (top.minus(subTop).lt(inc)) return undefined;
  const target = s.rate.plus(inc);
  return rates.find((r) => r.gte(target)) ?? top;
}

function workingDaysBetween(from, to) {
  let n = 0;
  for (let d = from; d <= to; d += 1) if (cal.isWorkingDay(d)) n += 1;
  return n;
}

module.exports = { PositionBook, Unsupported, workingDaysBetween };
