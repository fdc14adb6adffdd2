import { Money, dec } from '../money';
import type { Claim, ClaimCode } from '../reference/deductions/deductions.types';
import type { ClaimJson } from './employee.schema';
import type { HrEventJson } from './events.schema';
import type { PositionJson } from './position-checks';
import type { ScenarioJson } from './scenario.schema';
import type { EmployeeProfile, HrEvent, Position, Scenario } from './scenario.types';

/**
 * From the validated JSON form to the canonical Scenario: Money and Dec values, TD1 claims
 * as `Claim`, positions as `Position`, and events in canonical order. Only called after the
 * schema and cross-checks passed, so nothing here can fail on user input.
 */

/** Drops keys whose value is undefined, so optional fields are absent rather than undefined. */
export function defined<T extends object>(o: T): T {
  // A plain loop: this runs for every statement line and event of every employee (issue 13).
  const out: Record<string, unknown> = {};
  for (const key in o) {
    const value = o[key];
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

export function toClaim(c: ClaimJson): Claim {
  return c.amount !== undefined
    ? { kind: 'amount', amount: Money.of(c.amount) }
    : { kind: 'code', code: c.code as ClaimCode };
}

export function toPosition(p: PositionJson): Position | undefined {
  if (p.annualRate !== undefined)
    return defined({ kind: 'annual' as const, annualRate: Money.of(p.annualRate), classification: p.classification });
  if (p.classification !== undefined && p.step !== undefined)
    return { kind: 'table', classification: p.classification, step: p.step };
  return undefined;
}

function requirePosition(p: PositionJson): Position {
  const position = toPosition(p);
  if (position === undefined) throw new Error('internal: a checked hire or acting event has no position');
  return position;
}

function toEmployee(e: ScenarioJson['employee']): EmployeeProfile {
  return defined({
    id: e.id,
    province: e.province,
    td1: { federal: toClaim(e.td1.federal), provincial: toClaim(e.td1.provincial) },
    pensionGroup: e.pensionGroup,
    weeklyHours: dec(e.weeklyHours),
    unionDues: Money.of(e.unionDues),
    position: toPosition(e),
    hireDate: e.hireDate,
    department: e.department,
  });
}

function toEvent(e: HrEventJson): HrEvent {
  const base = { id: e.id, entered: e.entered };
  switch (e.kind) {
    case 'hire':
      return defined({
        kind: e.kind,
        ...base,
        effective: e.effective,
        position: requirePosition(e),
        department: e.department,
      });
    case 'acting':
      return { kind: e.kind, ...base, start: e.start, end: e.end, position: requirePosition(e) };
    case 'rateRevision': {
      const change =
        e.rates !== undefined
          ? { kind: 'table' as const, rates: e.rates.map((r) => ({ ...r, annualRate: Money.of(r.annualRate) })) }
          : { kind: 'percent' as const, percent: dec(e.percent as string) };
      return { kind: e.kind, ...base, effective: e.effective, signed: e.signed, appliesTo: e.appliesTo, change };
    }
    case 'overtime': {
      const premium =
        e.dayType !== undefined
          ? { kind: 'dayType' as const, dayType: e.dayType }
          : { kind: 'multiplier' as const, multiplier: dec(e.multiplier as string) };
      return { kind: e.kind, ...base, date: e.date, hours: dec(e.hours), premium };
    }
    case 'allowance':
      return defined({
        kind: e.kind,
        ...base,
        allowance: e.allowance,
        start: e.start,
        end: e.end,
        annualAmount: Money.of(e.annualAmount),
      });
    case 'td1Change':
      return defined({
        kind: e.kind,
        ...base,
        effective: e.effective,
        federal: e.federal && toClaim(e.federal),
        provincial: e.provincial && toClaim(e.provincial),
      });
    default:
      // termination, stepIncrement, leaveWithoutPay, transfer, provinceChange: same shape in both forms.
      return { ...e };
  }
}

/** The date an event takes effect, for ordering: effective, lastDay, start or date. */
export function effectiveDateOf(e: HrEvent | HrEventJson): string {
  if ('effective' in e) return e.effective;
  if ('lastDay' in e) return e.lastDay;
  if ('start' in e) return e.start;
  return e.date;
}

/**
 * Canonical order: effective date, then entry date, then id (ids are unique, so the order
 * is total and the input order never matters). Dates are YYYY-MM-DD, so text order is date
 * order. This is an ordering of the record, not the order in which same-day actions apply.
 */
export function compareEvents(a: HrEvent, b: HrEvent): number {
  const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return byText(effectiveDateOf(a), effectiveDateOf(b)) || byText(a.entered, b.entered) || byText(a.id, b.id);
}

export function toScenario(s: ScenarioJson): Scenario {
  return defined({
    id: s.id,
    title: s.title,
    description: s.description,
    family: s.family,
    tags: [...s.tags],
    conventions: [...s.conventions],
    employee: toEmployee(s.employee),
    events: s.events.map(toEvent).sort(compareEvents),
    payRuns: { from: s.payRuns.from, to: s.payRuns.to },
    expected: s.expected.map((l) =>
      defined({ ...l, forPeriod: l.forPeriod && { ...l.forPeriod }, amount: Money.of(l.amount) }),
    ),
  });
}
