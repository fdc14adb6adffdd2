import fc from 'fast-check';
import { compareStatements, withLineTraces } from '../../../src/domain/checks/compare-statements';
import { Money } from '../../../src/domain/money';
import { runReference } from '../../../src/domain/reference/engine';
import { parseScenario, type Statement } from '../../../src/domain/scenario';
import { catalogueScenarioJsonArb } from '../../fixtures/arbitraries';

/** The reference's statements with some lines moved by a few cents, some left out: a supplier with findings. */
function wrongly(statements: readonly Statement[], seed: number): Statement[] {
  return statements.map((s, i) => ({
    ...s,
    lines: s.lines
      .filter((_, j) => (seed + i + j) % 7 !== 0)
      .map((l, j) => ((seed + i * 3 + j) % 3 === 0 ? { ...l, amount: l.amount.plus(Money.of('0.05')) } : l)),
  }));
}

describe('withLineTraces: the findings of the untraced reference given their own line traces', () => {
  it('equals judging against the traced reference', () => {
    fc.assert(
      fc.property(catalogueScenarioJsonArb(), fc.nat(100), (json, seed) => {
        const parsed = parseScenario(json);
        if (!parsed.ok) return;
        const plain = runReference(parsed.value, { trace: false });
        const traced = runReference(parsed.value, { trace: true });
        const actual = wrongly(
          plain.pays.map((p) => p.statement),
          seed,
        );
        const compare = (expected: typeof plain.pays) =>
          compareStatements({ scenarioId: parsed.value.id, expected, actual }).findings;
        const once = withLineTraces(compare(plain.pays), traced.pays);
        const twice = compare(traced.pays);
        expect(once).toEqual(twice);
        // The same keys in the same order: stored and reported findings are byte for byte the same.
        expect(JSON.stringify(once)).toBe(JSON.stringify(twice));
      }),
      { numRuns: 60 },
    );
  });
});
