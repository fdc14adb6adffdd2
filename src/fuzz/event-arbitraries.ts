import fc from 'fast-check';

/**
 * Plans for the HR events of a generated scenario, one per family of the catalogue: late
 * entries (any event's `lag`), acting, retroactive rate revisions, leave without pay,
 * terminations, overtime, step increments, the bilingualism allowance, TD1 changes and
 * transfers. A plan holds only small integers; build-events.ts turns it into an event that
 * fits the scenario's window and position. `day` is an offset into the window (taken modulo
 * its length), `lag` the days between the date it takes effect and its entry: mostly a few
 * days (on time), sometimes weeks (late: the correction must come as retroactive lines).
 */
const day = fc.nat({ max: 420 });
const lag = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -7, max: 7 }) },
  { weight: 2, arbitrary: fc.integer({ min: 8, max: 70 }) },
);

const overtime = fc.record({
  kind: fc.constant('overtime' as const),
  day,
  lag,
  quarterHours: fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 12 }).map((h) => h * 4) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 48 }) },
  ),
  premium: fc.constantFrom('workday', 'firstDayOfRest', 'secondDayOfRest', '1.5', '2.0'),
});
const acting = fc.record({
  kind: fc.constant('acting' as const),
  day,
  lag,
  days: fc.integer({ min: 0, max: 60 }),
  up: fc.integer({ min: 1, max: 2 }),
});
const leave = fc.record({
  kind: fc.constant('leaveWithoutPay' as const),
  day,
  lag,
  days: fc.integer({ min: 0, max: 20 }),
});
const termination = fc.record({ kind: fc.constant('termination' as const), day, lag });
/** A revision effective before it is entered (retroactive), in whole percents by default. */
const revision = fc.record({
  kind: fc.constant('rateRevision' as const),
  day,
  lateBy: fc.integer({ min: 0, max: 120 }),
  quarterPercent: fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 5 }).map((p) => p * 4) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 24 }) },
  ),
  wholeTable: fc.boolean(),
});
const stepIncrement = fc.record({ kind: fc.constant('stepIncrement' as const), day, lag });
const allowance = fc.record({
  kind: fc.constant('allowance' as const),
  day,
  lag,
  days: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
});
const td1Change = fc.record({
  kind: fc.constant('td1Change' as const),
  day,
  lag,
  code: fc.constantFrom<number | string>(0, 'E', 1),
});
const transfer = fc.record({ kind: fc.constant('transfer' as const), day, lag });

export const eventPlanArb = fc.oneof(
  { weight: 5, arbitrary: overtime },
  { weight: 3, arbitrary: acting },
  { weight: 3, arbitrary: leave },
  { weight: 2, arbitrary: termination },
  { weight: 2, arbitrary: revision },
  { weight: 2, arbitrary: stepIncrement },
  { weight: 1, arbitrary: allowance },
  { weight: 1, arbitrary: td1Change },
  { weight: 1, arbitrary: transfer },
);

export type EventPlan = typeof eventPlanArb extends fc.Arbitrary<infer T> ? T : never;

/** Zero to seven events: shrinking removes them first. */
export const eventPlansArb: fc.Arbitrary<EventPlan[]> = fc.array(eventPlanArb, { maxLength: 7 });
