import * as path from 'node:path';
import { runReference } from '../../../src/domain/reference/engine';
import { formatLoadError } from '../../../src/scenarios/load-error';
import { ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';

/**
 * The fuzzer's regressions (test-payrolls/regressions/) are not real-life pay projects: the
 * default catalogue leaves them out (issue 14), and `--scenarios test-payrolls/regressions` runs
 * them. They still validate and the reference pays every one.
 */
const CATALOGUE = path.resolve(__dirname, '../../../test-payrolls');
const REGRESSIONS = path.join(CATALOGUE, 'regressions');

describe('the fuzz regressions folder', () => {
  it('is not part of the default catalogue', async () => {
    const load = await new ScenarioCatalog().load(CATALOGUE);
    expect(load.files.filter((f) => f.split(/[\\/]/).includes('regressions'))).toEqual([]);
    expect(load.scenarios.filter((s) => s.scenario.family === 'fuzz regression')).toEqual([]);
  });

  it('loads when named, every file valid, every scenario paid by the reference', async () => {
    const load = await new ScenarioCatalog().load(REGRESSIONS);
    expect(load.errors.map(formatLoadError)).toEqual([]);
    expect(load.scenarios.length).toBeGreaterThan(0);
    for (const { scenario } of load.scenarios) {
      expect(scenario.family).toBe('fuzz regression');
      expect(runReference(scenario).pays.length).toBeGreaterThan(0);
    }
  });
});
