import {
  type IsoDate,
  type PayPeriod,
  isLateEntry,
  payRunFor,
  periodOfPayday,
  periodsPerYear,
  previousPayday,
  yearOf,
} from '../../calendar';
import { PayproofError } from '../../errors';
import { editionFor } from '../../rules/t4127';
import type { HrEvent, Scenario } from '../../scenario';
import { effectiveDateOf } from '../../scenario/canonical';
import type { ConditionId } from './defect.types';

/**
 * The conditions a root is found in (issue 14: "first payday of an acting assignment, late entry
 * across a cut-off, pay after the annual CPP maximum, payday on a year boundary, a T4127 edition
 * change, …"). Each is a fact about the scenario and the calendar, judged on the period the line
 * is for (its forPeriod, else the period paid on the payday), never on the supplier's answer.
 */
export interface ConditionInput {
  scenario: Scenario;
  payday: IsoDate;
  forPeriod?: PayPeriod;
  /** For a contribution line: whether the reference's year to date reached the annual maximum by this payday. */
  atAnnualMaximum?: boolean;
  /** The signature's subject (a line code, 'missed-pay', …): which events can shape it. */
  subject?: string;
  /**
   * Both sides have the line (a 'different' finding). The conditions that shape an amount
   * (proration in a partial period, P in a 27-payday year, a new edition's rates) cannot explain
   * a line that one side does not have at all, so they hold only then. Default true.
   */
  bothSides?: boolean;
}

/**
 * The events whose late entry can change a line of the subject (a late acting cannot change
 * overtime paid on another day, a late leave cannot change REGULAR, which counts every employed
 * day). Subjects not listed: every event that changes pay.
 */
const SHAPED_BY: Readonly<Record<string, readonly HrEvent['kind'][]>> = {
  REGULAR: ['hire', 'termination', 'stepIncrement', 'rateRevision'],
  ACTING: ['acting', 'leaveWithoutPay', 'termination', 'stepIncrement', 'rateRevision'],
  OVERTIME: ['overtime', 'acting', 'termination', 'stepIncrement', 'rateRevision'],
  ALLOWANCE_BILINGUALISM: ['allowance', 'leaveWithoutPay', 'termination'],
  LWOP: ['leaveWithoutPay', 'termination', 'stepIncrement', 'rateRevision'],
};

const overlaps = (start: IsoDate, end: IsoDate | undefined, p: PayPeriod) =>
  start <= p.end && (end === undefined || end >= p.start);
const inside = (d: IsoDate, p: PayPeriod) => d >= p.start && d <= p.end;

/** A boundary strictly inside the period: pay for it is prorated by working days. */
function boundaryInside(e: HrEvent, p: PayPeriod): boolean {
  const startsInside = (d: IsoDate) => d > p.start && d <= p.end;
  const endsInside = (d: IsoDate | undefined) => d !== undefined && d >= p.start && d < p.end;
  switch (e.kind) {
    case 'hire':
    case 'stepIncrement':
    case 'rateRevision':
      return startsInside(e.effective);
    case 'termination':
      return endsInside(e.lastDay);
    case 'acting':
    case 'leaveWithoutPay':
    case 'allowance':
      return startsInside(e.start) || endsInside(e.end);
    default:
      return false;
  }
}

/** Events that change no earnings (they matter to deductions only). */
const NO_EARNINGS = new Set<HrEvent['kind']>(['transfer', 'td1Change', 'provinceChange']);

/** The event changes pay for the period: it overlaps it (a range, an overtime date) or took effect by its end. */
function affects(e: HrEvent, p: PayPeriod): boolean {
  switch (e.kind) {
    case 'acting':
    case 'leaveWithoutPay':
    case 'allowance':
      return overlaps(e.start, e.end, p);
    case 'overtime':
      return inside(e.date, p);
    default:
      return effectiveDateOf(e) <= p.end;
  }
}

/**
 * A late entry (calendar `isLateEntry`: it reached pay only after the period it takes effect in
 * was paid) that changes pay for the period, and that this payday's run sees.
 */
function lateFor(e: HrEvent, p: PayPeriod, payday: IsoDate, subject?: string): boolean {
  if (NO_EARNINGS.has(e.kind) || !affects(e, p) || e.entered > payRunFor(payday).cutoff) return false;
  const shaping = subject === undefined ? undefined : SHAPED_BY[subject];
  if (shaping && !shaping.includes(e.kind)) return false;
  return isLateEntry({ effective: effectiveDateOf(e), entered: e.entered });
}

function editionId(payday: IsoDate): string | undefined {
  try {
    return editionFor(payday).id;
  } catch (err) {
    if (err instanceof PayproofError && err.code === 'NO_RULES_EDITION') return undefined;
    throw err;
  }
}

type Test = (i: ConditionInput, p: PayPeriod) => boolean;

const TESTS: Record<ConditionId, Test> = {
  'acting-first-period': (i, p) => i.scenario.events.some((e) => e.kind === 'acting' && inside(e.start, p)),
  'partial-period': (i, p) =>
    i.bothSides !== false &&
    (i.scenario.events.some((e) => boundaryInside(e, p)) ||
      (i.scenario.employee.hireDate !== undefined &&
        i.scenario.employee.hireDate > p.start &&
        i.scenario.employee.hireDate <= p.end)),
  'late-entry': (i, p) => i.scenario.events.some((e) => lateFor(e, p, i.payday, i.subject)),
  'after-annual-maximum': (i) => i.atAnnualMaximum === true,
  'year-boundary': (i, p) => yearOf(p.start) !== yearOf(i.payday),
  'edition-change': (i) => {
    const now = editionId(i.payday);
    return i.bothSides !== false && now !== undefined && editionId(previousPayday(i.payday)) !== now;
  },
  'payday-27-year': (i) => i.bothSides !== false && periodsPerYear(yearOf(i.payday)) === 27,
  overpayment: (i, p) =>
    i.scenario.events.some(
      (e) => (e.kind === 'leaveWithoutPay' || e.kind === 'termination') && lateFor(e, p, i.payday),
    ),
  'new-hire': (i, p) =>
    i.scenario.events.some((e) => e.kind === 'hire' && inside(e.effective, p)) ||
    (i.scenario.employee.hireDate !== undefined && inside(i.scenario.employee.hireDate, p)),
  termination: (i, p) => i.scenario.events.some((e) => e.kind === 'termination' && e.lastDay <= p.end),
};

/** Whether one condition holds for a root found on `payday` (for `forPeriod`, when given). */
export function conditionHolds(id: ConditionId, i: ConditionInput): boolean {
  return TESTS[id](i, i.forPeriod ?? periodOfPayday(i.payday));
}

/** The first of `candidates` that holds, in the order given (signature.ts lists them by subject). */
export function firstCondition(candidates: readonly ConditionId[], i: ConditionInput): ConditionId | undefined {
  return candidates.find((id) => conditionHolds(id, i));
}

export const CONDITION_IDS = Object.keys(TESTS) as ConditionId[];
