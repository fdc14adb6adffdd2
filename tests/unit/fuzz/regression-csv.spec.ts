import fc from 'fast-check';
import { catalogueScenarioJsonArb, fuzzScenarioArb } from '../../fixtures/arbitraries';
import { parseScenario, scenarioToJson, type Scenario } from '../../../src/domain/scenario';
import { scenariosFromCsv } from '../../../src/scenarios/csv-scenarios';
import { scenarioToCsv } from '../../../src/fuzz/regression-csv';

function roundTrip(s: Scenario): Scenario {
  const read = scenariosFromCsv('regression.csv', scenarioToCsv(s));
  if (!read.ok) throw new Error(read.errors.map((e) => `${e.row}:${e.column} ${e.message}`).join('\n'));
  expect(read.scenarios).toHaveLength(1);
  return read.scenarios[0];
}

describe('regression CSV writer', () => {
  it('the CSV loader reads a generated scenario back to the same Scenario', () => {
    fc.assert(
      fc.property(fuzzScenarioArb(), (s) => {
        expect(scenarioToJson(roundTrip(s))).toEqual(scenarioToJson(s));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips any valid scenario: rate tables, claim amounts, expected lines, descriptions with commas and quotes', () => {
    const valid = catalogueScenarioJsonArb()
      .map((j) => parseScenario({ ...j, description: 'Found by fuzz, seed 12: "REGULAR" under, 0.01' }))
      .filter((r) => r.ok);
    fc.assert(
      fc.property(valid, (parsed) => {
        const s = parsed.value;
        expect(scenarioToJson(roundTrip(s))).toEqual(scenarioToJson(s));
      }),
      { numRuns: 300 },
    );
  });
});
