import fc from 'fast-check';
import { addDays, paydaysBetween } from '../domain/calendar';
import { LINE_CODE_LIST, PA_CLASSIFICATIONS, stepsFor } from '../domain/scenario';
import { fuzzScenarioJsonArb, type FuzzScenarioJson } from './arbitraries';
import type { JsonObject } from './fuzz.types';

/**
 * The fuzzer's scenarios with what a volunteer's catalogue file holds besides (issue 12: one set
 * of scenario arbitraries for the fuzzer and the tests): lines copied from a pay stub, a rate
 * revision given as a table of rates, a move between provinces, a description with commas and
 * quotes. The fuzz stream itself is unchanged (these are added after it), so a fuzz seed replays
 * as before; parser, CSV and JSON round-trip tests use this.
 */
export interface CatalogueScenarioJson extends FuzzScenarioJson {
  description?: string;
  expected: JsonObject[];
}

/** Money as text, sometimes without its trailing zeros ("800", "800.5"), as people write it. */
const moneyTextArb = (minCents: number, maxCents: number) =>
  fc.tuple(fc.integer({ min: minCents, max: maxCents }), fc.boolean()).map(([c, short]) => {
    const text = (c / 100).toFixed(2);
    return short ? text.replace(/\.?0+$/, '') : text;
  });

const tableCellArb = fc
  .constantFrom(...PA_CLASSIFICATIONS)
  .chain((classification) =>
    fc.constantFrom(...(stepsFor(classification) ?? [1])).map((step) => ({ classification, step })),
  );

const extrasArb = fc.record({
  stubLines: fc.array(
    fc.record({
      index: fc.nat({ max: 30 }),
      code: fc.constantFrom(...LINE_CODE_LIST),
      amount: moneyTextArb(-500_000, 500_000),
    }),
    { maxLength: 4 },
  ),
  table: fc.option(
    fc.record({ cell: tableCellArb, day: fc.nat({ max: 120 }), rate: moneyTextArb(3_000_000, 15_000_000) }),
    {
      nil: undefined,
    },
  ),
  move: fc.option(fc.record({ day: fc.nat({ max: 120 }), province: fc.constantFrom('ON', 'QC') }), { nil: undefined }),
  description: fc.option(
    fc.constantFrom('Found by fuzz, seed 12: "REGULAR" under, 0.01', 'From my pay stub; see notes'),
    {
      nil: undefined,
    },
  ),
});

type Extras = typeof extrasArb extends fc.Arbitrary<infer T> ? T : never;

function withExtras(json: FuzzScenarioJson, x: Extras): CatalogueScenarioJson {
  // The pay calendar's days, not every 14th: a holiday moves a payday (calendar.payday-holiday-previous-business-day).
  const paydays = paydaysBetween(json.payRuns.from, json.payRuns.to);
  const payday = (i: number) => paydays[i % paydays.length];
  const on = (day: number) => addDays(json.payRuns.from, -(day % 60));
  const events = [...json.events];
  if (x.table)
    events.push({
      id: 'extra-rates',
      kind: 'rateRevision',
      effective: on(x.table.day),
      signed: json.payRuns.from,
      entered: json.payRuns.from,
      appliesTo: x.table.cell.classification,
      rates: [{ ...x.table.cell, annualRate: x.table.rate }],
    });
  if (x.move)
    events.push({
      id: 'extra-move',
      kind: 'provinceChange',
      effective: on(x.move.day),
      province: x.move.province,
      entered: on(x.move.day),
    });
  return {
    ...json,
    ...(x.description && { description: x.description }),
    events,
    expected: x.stubLines.map((l) => ({ payday: payday(l.index), code: l.code, amount: l.amount, source: 'pay stub' })),
  };
}

/** Valid scenarios in their JSON form, as a catalogue file holds them (parseScenario accepts every one). */
export function catalogueScenarioJsonArb(): fc.Arbitrary<CatalogueScenarioJson> {
  return fc.tuple(fuzzScenarioJsonArb(), extrasArb).map(([json, extras]) => withExtras(json, extras));
}
