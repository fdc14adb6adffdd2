import fc from 'fast-check';
import { parseScenario, scenarioFromOwnJson, scenarioToJson, Scenario } from '../../../src/domain/scenario';
import { catalogueScenarioJsonArb as scenarioJsonArb } from '../../fixtures/arbitraries';

function parsed(json: unknown): Scenario {
  const r = parseScenario(json);
  if (!r.ok) throw new Error(`generated scenario refused:\n${r.errors.join('\n')}\n${JSON.stringify(json)}`);
  return r.value;
}

describe('scenario properties', () => {
  it('every generated scenario is valid', () => {
    fc.assert(fc.property(scenarioJsonArb(), (json) => void parsed(json)));
  });

  it('a scenario survives its JSON form: parse(JSON(s)) = s, and its JSON is stable', () => {
    fc.assert(
      fc.property(scenarioJsonArb(), (json) => {
        const s = parsed(json);
        const wire = JSON.stringify(scenarioToJson(s));
        const again = parsed(JSON.parse(wire));
        expect(again).toEqual(s);
        expect(JSON.stringify(scenarioToJson(again))).toBe(wire);
      }),
    );
  });

  it("the evaluation's workers read the harness's own JSON without a second check: the same scenario", () => {
    fc.assert(
      fc.property(scenarioJsonArb(), (json) => {
        const s = parsed(json);
        const wire = JSON.parse(JSON.stringify(scenarioToJson(s))) as unknown;
        expect(scenarioFromOwnJson(wire)).toEqual(parsed(wire));
      }),
    );
  });

  it('money crosses JSON as text with two decimals, never as a number', () => {
    fc.assert(
      fc.property(scenarioJsonArb(), (json) => {
        const wire = scenarioToJson(parsed(json));
        expect(wire.employee.unionDues).toMatch(/^\d+\.\d{2}$/);
        for (const line of wire.expected) expect(line.amount).toMatch(/^-?\d+\.\d{2}$/);
      }),
    );
  });

  it('shuffling the events gives the same canonical scenario', () => {
    fc.assert(
      fc.property(
        scenarioJsonArb().chain((json) => {
          const events = json.events as unknown[];
          return fc.tuple(
            fc.constant(json),
            fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
          );
        }),
        ([json, shuffled]) => {
          expect(parsed({ ...json, events: shuffled })).toEqual(parsed(json));
        },
      ),
    );
  });
});
