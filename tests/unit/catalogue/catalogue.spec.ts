import { formatLoadError } from '../../../src/scenarios/load-error';
import { CatalogLoad, ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';
import { CATALOGUE, FAILURE_FAMILIES, isFuzzRegression } from './catalogue-fixtures';

describe('the test-payrolls catalogue', () => {
  let load: CatalogLoad;
  let handWritten: CatalogLoad['scenarios'];
  beforeAll(async () => {
    load = await new ScenarioCatalog().load(CATALOGUE);
    handWritten = load.scenarios.filter((s) => !isFuzzRegression(s.file));
  });

  it('validates: every file loads with no problem (ids unique across files)', () => {
    expect(load.errors.map(formatLoadError)).toEqual([]);
  });

  it('holds at least 40 scenarios', () => {
    expect(handWritten.length).toBeGreaterThanOrEqual(40);
  });

  it.each(FAILURE_FAMILIES)('has at least 3 scenarios of the family "%s"', (family) => {
    expect(handWritten.filter((s) => s.scenario.family === family).length).toBeGreaterThanOrEqual(3);
  });

  it('names only families of the failure-modes table', () => {
    const unknown = handWritten.filter(
      (s) => !(FAILURE_FAMILIES as readonly string[]).includes(s.scenario.family ?? ''),
    );
    expect(unknown.map((s) => `${s.scenario.id}: ${s.scenario.family}`)).toEqual([]);
  });

  it('gives every scenario a plain-language description and tags', () => {
    const thin = handWritten.filter((s) => (s.scenario.description ?? '').length < 80 || s.scenario.tags.length === 0);
    expect(thin.map((s) => s.scenario.id)).toEqual([]);
  });
});
