import fc from 'fast-check';
import { diffDays, maxDate, paydaysBetween, periodOfPayday, type IsoDate } from '../../domain/calendar';
import { PA_CLASSIFICATIONS, stepsFor } from '../../domain/scenario';
import { FUZZ_FIRST_DATE } from '../../fuzz/arbitraries';
import type { EventPlan } from '../../fuzz/event-arbitraries';
import type { EventSpan } from '../../fuzz/fuzz.types';
import type { PositionPlan } from '../../fuzz/position-arbitraries';
import { POPULATION_MIX as MIX, type GeneratedEventKind } from './population-mix';

/**
 * fast-check arbitraries for one employee of a generated population, drawn with the mix of
 * population-mix.ts. They produce the fuzzer's own event plans (src/fuzz/event-arbitraries.ts),
 * so the fuzzer's builder (build-events.ts) turns them into events that fit the position and
 * the years; only the proportions differ from the fuzzer's, which favours rare cases.
 */

/** The years generated, both included (2025 to 2026: the T4127 editions and pay tables held). */
export interface PopulationYears {
  first: number;
  last: number;
}

/** Every employee is paid on every payday of the years; events fall between `span.base` and the last payday. */
export interface PopulationWindow {
  from: IsoDate;
  to: IsoDate;
  paydays: number;
  span: EventSpan;
}

export function populationWindow({ first, last }: PopulationYears): PopulationWindow {
  const paydays = paydaysBetween(`${first}-01-01`, `${last}-12-31`);
  const from = paydays[0];
  const to = paydays[paydays.length - 1];
  // From the first day paid (never before the earliest T4127 edition held) to the last payday.
  const base = maxDate(FUZZ_FIRST_DATE, periodOfPayday(from).start);
  return { from, to, paydays: paydays.length, span: { base, last: to, days: diffDays(base, to) } };
}

export interface EmployeePlan {
  province: keyof typeof MIX.province;
  position: PositionPlan;
  partTimeHours?: string;
  pssa1: boolean;
  claimCode: number;
  /** Union dues a pay, in whole dollars (0: none). */
  unionDues: number;
  /** The hire's day offset into the span, for an employee hired during the years. */
  hireDay?: number;
  events: EventPlan[];
}

const chance = (pct: number) => fc.integer({ min: 0, max: 99 }).map((n) => n < pct);

function weighted<K extends string>(table: Readonly<Record<K, number>>): fc.Arbitrary<K> {
  const entries = Object.entries(table) as Array<[K, number]>;
  return fc.oneof(...entries.map(([key, weight]) => ({ weight, arbitrary: fc.constant(key) })));
}

const CELLS: ReadonlyArray<PositionPlan> = PA_CLASSIFICATIONS.flatMap((classification) =>
  (stepsFor(classification) ?? []).map((step) => ({ kind: 'table' as const, classification, step })),
);

/** Day offsets of June 21 (the PA agreement's anniversary, when its revisions take effect) inside the span. */
function anniversaries(span: EventSpan): number[] {
  const years = [Number(span.base.slice(0, 4)), Number(span.last.slice(0, 4))];
  const days = [...new Set(years)].map((y) => diffDays(span.base, `${y}-06-21`));
  const inside = days.filter((d) => d >= 0 && d <= span.days);
  return inside.length > 0 ? inside : [0];
}

function eventArbs(span: EventSpan): Record<GeneratedEventKind, fc.Arbitrary<EventPlan>> {
  const day = fc.integer({ min: 0, max: span.days });
  // On time: entered within a week of taking effect, always by its pay's cut-off. Late: 21 days or more, always after it.
  const lag = chance(MIX.lateEntries).chain((late) =>
    late ? fc.integer({ min: 21, max: 119 }) : fc.integer({ min: 0, max: 7 }),
  );
  const between = (a: number, b: number, c: number, d: number, weightFirst: number) =>
    fc.oneof(
      { weight: weightFirst, arbitrary: fc.integer({ min: a, max: b }) },
      { weight: 100 - weightFirst, arbitrary: fc.integer({ min: c, max: d }) },
    );
  return {
    // dayType follows the weekday worked (employee-scenario.ts); whole hours, 1 to 8.
    overtime: fc.record({
      kind: fc.constant('overtime' as const),
      day,
      lag,
      quarterHours: fc.integer({ min: 1, max: 8 }).map((h) => h * 4),
      premium: fc.constant('workday' as const),
    }),
    acting: fc.record({
      kind: fc.constant('acting' as const),
      day,
      lag,
      days: between(4, 30, 31, 120, 60),
      up: between(1, 1, 2, 2, 80),
    }),
    leaveWithoutPay: fc.record({
      kind: fc.constant('leaveWithoutPay' as const),
      day,
      lag,
      days: between(0, 9, 20, 120, 85),
    }),
    termination: fc.record({ kind: fc.constant('termination' as const), day, lag }),
    // Effective on an anniversary, loaded 2 to 8 months later: retroactive by construction. 0.5 % steps up to 4 %.
    rateRevision: fc.record({
      kind: fc.constant('rateRevision' as const),
      day: fc.constantFrom(...anniversaries(span)),
      lateBy: fc.integer({ min: 60, max: 240 }),
      quarterPercent: fc.integer({ min: 1, max: 8 }).map((half) => half * 2),
      wholeTable: fc.boolean(),
    }),
    stepIncrement: fc.record({ kind: fc.constant('stepIncrement' as const), day, lag }),
    allowance: fc.record({
      kind: fc.constant('allowance' as const),
      day,
      lag,
      days: fc.oneof(
        { weight: 7, arbitrary: fc.constant(undefined) },
        { weight: 3, arbitrary: fc.integer({ min: 30, max: 200 }) },
      ),
    }),
    td1Change: fc.record({
      kind: fc.constant('td1Change' as const),
      day,
      lag,
      // employee-scenario.ts sets the code: the other of 0 and 1 (T4127-2025-01 holds no ranges for codes 2 to 10).
      code: fc.constant<number | string>(0),
    }),
    transfer: fc.record({ kind: fc.constant('transfer' as const), day, lag }),
  };
}

function eventsArb(span: EventSpan): fc.Arbitrary<EventPlan[]> {
  const arbs = eventArbs(span);
  const kinds = Object.entries(MIX.eventKinds) as Array<[GeneratedEventKind, number]>;
  const oneEvent = fc.oneof(...kinds.map(([kind, weight]) => ({ weight, arbitrary: arbs[kind] })));
  return chance(MIX.withEvents).chain((has) =>
    has
      ? weighted(MIX.eventCount).chain((n) => fc.array(oneEvent, { minLength: Number(n), maxLength: Number(n) }))
      : fc.constant([]),
  );
}

/** One employee's plan. Draw it with `generate(random, undefined)`: no bias, so the mix holds as stated. */
export function employeePlanArb(window: PopulationWindow): fc.Arbitrary<EmployeePlan> {
  const { span } = window;
  return fc.record({
    province: weighted(MIX.province),
    position: fc.constantFrom(...CELLS),
    partTimeHours: chance(MIX.partTime).chain((p) =>
      p ? fc.constantFrom<string | undefined>('30', '18.75') : fc.constant(undefined),
    ),
    pssa1: chance(MIX.pssa1),
    claimCode: chance(MIX.claimCode0).map((zero) => (zero ? 0 : 1)),
    unionDues: chance(MIX.noUnionDues).chain((none) => (none ? fc.constant(0) : fc.integer({ min: 25, max: 40 }))),
    hireDay: chance(MIX.hired).chain((hired) =>
      // Hired in the first nine tenths of the span, so every hire is paid at least once.
      hired ? fc.integer({ min: 0, max: Math.floor(span.days * 0.9) }) : fc.constant(undefined),
    ),
    events: eventsArb(span),
  });
}
