import type { Claim } from '../reference/deductions/deductions.types';
import { defined } from './canonical';
import type { ClaimJson } from './employee.schema';
import type { HrEventJson } from './events.schema';
import type { PositionJson } from './position-checks';
import type { ScenarioJson } from './scenario.schema';
import type { HrEvent, Position, Scenario } from './scenario.types';

/**
 * The JSON form of a canonical Scenario: what vendors receive. Money is text with two
 * decimals ("800.00"), hours and percents are decimal text, events in canonical order.
 * parseScenario(scenarioToJson(s)) gives back s.
 */
function claimJson(c: Claim): ClaimJson {
  return c.kind === 'amount' ? { amount: c.amount.toString() } : { code: c.code };
}

function positionJson(p: Position | undefined): PositionJson {
  if (p === undefined) return {};
  if (p.kind === 'table') return { classification: p.classification, step: p.step };
  return defined({ classification: p.classification, annualRate: p.annualRate.toString() });
}

function eventJson(e: HrEvent): HrEventJson {
  const base = { id: e.id, entered: e.entered };
  switch (e.kind) {
    case 'hire':
      return defined({
        kind: e.kind,
        ...base,
        effective: e.effective,
        ...positionJson(e.position),
        department: e.department,
      });
    case 'acting':
      return { kind: e.kind, ...base, start: e.start, end: e.end, ...positionJson(e.position) };
    case 'rateRevision': {
      const change =
        e.change.kind === 'table'
          ? { rates: e.change.rates.map((r) => ({ ...r, annualRate: r.annualRate.toString() })) }
          : { percent: e.change.percent.toString() };
      return { kind: e.kind, ...base, effective: e.effective, signed: e.signed, appliesTo: e.appliesTo, ...change };
    }
    case 'overtime': {
      const premium =
        e.premium.kind === 'dayType' ? { dayType: e.premium.dayType } : { multiplier: e.premium.multiplier.toString() };
      return { kind: e.kind, ...base, date: e.date, hours: e.hours.toString(), ...premium };
    }
    case 'allowance':
      return defined({
        kind: e.kind,
        ...base,
        allowance: e.allowance,
        start: e.start,
        end: e.end,
        annualAmount: e.annualAmount.toString(),
      });
    case 'td1Change':
      return defined({
        kind: e.kind,
        ...base,
        effective: e.effective,
        federal: e.federal && claimJson(e.federal),
        provincial: e.provincial && claimJson(e.provincial),
      });
    default:
      return { ...e };
  }
}

export function scenarioToJson(s: Scenario): ScenarioJson {
  const e = s.employee;
  return defined({
    id: s.id,
    title: s.title,
    description: s.description,
    family: s.family,
    tags: [...s.tags],
    conventions: [...s.conventions],
    employee: defined({
      id: e.id,
      province: e.province,
      td1: { federal: claimJson(e.td1.federal), provincial: claimJson(e.td1.provincial) },
      pensionGroup: e.pensionGroup,
      weeklyHours: e.weeklyHours.toString(),
      unionDues: e.unionDues.toString(),
      ...positionJson(e.position),
      hireDate: e.hireDate,
      department: e.department,
    }),
    events: s.events.map(eventJson),
    payRuns: { ...s.payRuns },
    expected: s.expected.map((l) =>
      defined({ ...l, forPeriod: l.forPeriod && { ...l.forPeriod }, amount: l.amount.toString() }),
    ),
  });
}
