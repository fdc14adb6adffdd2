/**
 * fast-check arbitraries for valid, realistic pay scenarios: the one place the fuzzer (and the
 * tests, through tests/fixtures/arbitraries.ts) generates scenarios from.
 *
 * Built to shrink well (issue 8): every choice is a bounded integer or a list whose natural
 * shrink is the "smaller" scenario. Events shrink toward fewer events, day offsets toward
 * the start of the window, entry lags toward "entered on the day" (not late), amounts toward
 * round values (whole percents, whole thousands, whole hours), the window toward one payday.
 *
 * Bounds: paydays 2025-01-01 … 2026-12-30 and every event date on or after 2025-01-01, so
 * every run falls inside the T4127 editions and PSSA years payproof holds.
 */
import fc from 'fast-check';
import { addDays, diffDays, maxDate, paydaysBetween, periodOfPayday, yearOf } from '../domain/calendar';
import { parseScenarioOrThrow, type Scenario } from '../domain/scenario';
import { positionArb, positionJson, type PositionPlan } from './position-arbitraries';
import type { EventSpan, FuzzScope, JsonObject } from './fuzz.types';

export type { FuzzScope } from './fuzz.types';
import { eventPlansArb, type EventPlan } from './event-arbitraries';
import { buildEvents } from './build-events';

export const FUZZ_FIRST_DATE = '2025-01-01';
export const FUZZ_LAST_PAYDAY = '2026-12-30';
export const FUZZ_CONVENTIONS = ['cutoff.pay-run-lock', 'calendar.working-day-mon-fri'] as const;

/** The profile's choices, all small integers or constants so they shrink to the plainest employee. */
const profileArb = fc.record({
  position: positionArb,
  provinceQc: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  claim: fc.oneof(
    { weight: 6, arbitrary: fc.constant<number | string>(1) },
    { weight: 1, arbitrary: fc.constantFrom<number | string>(0, 'E', '20000') },
  ),
  pensionGroup: fc.constantFrom('PSSA-2', 'PSSA-1', 'none'),
  weeklyHours: fc.oneof(
    { weight: 6, arbitrary: fc.constant('37.5') },
    { weight: 1, arbitrary: fc.constantFrom('30', '18.75') },
  ),
  unionDuesHalfDollars: fc.oneof(
    { weight: 2, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: 20, max: 80 }) },
  ),
  hire: fc.oneof(
    { weight: 5, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 200 }) },
  ),
});

/** The window: an index into the paydays in scope and a number of paydays, mostly short. */
const windowArb = fc.record({
  first: fc.nat({ max: 60 }),
  count: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 6 }) },
    { weight: 1, arbitrary: fc.integer({ min: 7, max: 14 }) },
  ),
});

export type ProfilePlan = typeof profileArb extends fc.Arbitrary<infer T> ? T : never;

export interface ScenarioPlan {
  profile: ProfilePlan;
  window: { first: number; count: number };
  events: EventPlan[];
}

/** Paydays the fuzzer may request, limited to the supplier's pay years. */
function paydaysInScope(scope: FuzzScope): string[] {
  const all = paydaysBetween(FUZZ_FIRST_DATE, FUZZ_LAST_PAYDAY);
  const years = scope.payYears;
  const kept = years ? all.filter((p) => years.includes(yearOf(p))) : all;
  return kept.length > 0 ? kept : all;
}

function spanOf(from: string, to: string): EventSpan {
  const base = maxDate(FUZZ_FIRST_DATE, addDays(periodOfPayday(from).start, -28));
  const days = diffDays(base, to);
  return { base, last: to, days };
}

function employeeJson(p: ProfilePlan, position: JsonObject | undefined, scope: FuzzScope): JsonObject {
  const provinces = scope.provinces ?? ['ON', 'QC'];
  const province = p.provinceQc && provinces.includes('QC') ? 'QC' : provinces.includes('ON') ? 'ON' : 'QC';
  const claim = typeof p.claim === 'string' && p.claim !== 'E' ? { amount: p.claim } : { code: p.claim };
  return {
    id: 'E-1',
    province,
    td1: { federal: claim, provincial: claim },
    pensionGroup: p.pensionGroup,
    weeklyHours: p.weeklyHours,
    unionDues: (p.unionDuesHalfDollars / 2).toFixed(2),
    ...(position ?? {}),
  };
}

/** The JSON form of a generated scenario, as parseScenario reads it. */
export interface FuzzScenarioJson {
  id: string;
  title: string;
  tags: string[];
  conventions: string[];
  employee: JsonObject;
  events: JsonObject[];
  payRuns: { from: string; to: string };
}

/** A plan to the JSON form of a scenario (what a volunteer would write). */
export function planToJson(plan: ScenarioPlan, scope: FuzzScope = {}): FuzzScenarioJson {
  const paydays = paydaysInScope(scope);
  const first = plan.window.first % paydays.length;
  const last = Math.min(paydays.length - 1, first + plan.window.count - 1);
  const payRuns = { from: paydays[first], to: paydays[last] };
  const span = spanOf(payRuns.from, payRuns.to);
  const position: PositionPlan = plan.profile.position;
  const hireDay = scope.eventKinds === undefined || scope.eventKinds.includes('hire') ? plan.profile.hire : undefined;
  const events = buildEvents({ plans: plan.events, span, position, hireDay, scope });
  return {
    id: 'fuzz',
    title: 'A generated scenario',
    tags: ['fuzz'],
    conventions: [...FUZZ_CONVENTIONS],
    employee: employeeJson(plan.profile, hireDay === undefined ? positionJson(position) : undefined, scope),
    events,
    payRuns,
  };
}

export const scenarioPlanArb: fc.Arbitrary<ScenarioPlan> = fc.record({
  profile: profileArb,
  window: windowArb,
  events: eventPlansArb,
});

/** Valid scenarios in their JSON form, inside the supplier's declared scope. */
export function fuzzScenarioJsonArb(scope: FuzzScope = {}): fc.Arbitrary<FuzzScenarioJson> {
  return scenarioPlanArb.map((plan) => planToJson(plan, scope));
}

/** Valid canonical Scenarios (parseScenario accepts every one: a property test holds it to that). */
export function fuzzScenarioArb(scope: FuzzScope = {}): fc.Arbitrary<Scenario> {
  return fuzzScenarioJsonArb(scope).map((json) => parseScenarioOrThrow(json));
}
