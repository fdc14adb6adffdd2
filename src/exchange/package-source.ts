import * as path from 'node:path';
import { BUNDLED_SCENARIOS, BUNDLED_VENDORS } from '../common/paths';
import { formatLoadError } from '../scenarios/load-error';
import { ScenarioCatalog } from '../scenarios/scenario-catalog.service';
import { VendorRegistry } from '../vendors/vendor-registry';
import { exchangeConfig, type PackageSource } from './outbound/package-files';
import { saidError } from '../submissions/refusal-text';

/**
 * The supplier's manifest and the scenarios an exchange package is built from: the same as
 * `payproof evaluate` reads (the bundled test-payrolls/ and vendors/ by default), so export,
 * import and evaluation agree on who is paid on which paydays.
 */
export interface SourceRequest {
  vendorId: string;
  scenarios?: string;
  vendorsRoot?: string;
}

export interface LoadedSource extends PackageSource {
  manifestPath: string;
  /** Problems in scenario files; those files' scenarios are left out, as evaluate does. */
  scenarioProblems: string[];
}

export async function loadPackageSource(request: SourceRequest): Promise<LoadedSource> {
  const registry = VendorRegistry.load(request.vendorsRoot === undefined ? {} : { root: request.vendorsRoot });
  const adapter = registry.get(request.vendorId);
  exchangeConfig(adapter.manifest);
  const target = request.scenarios ?? BUNDLED_SCENARIOS;
  const load = await new ScenarioCatalog().load(target);
  if (load.scenarios.length === 0) throw saidError('INVALID_INPUT', 'error.exchange.noScenario', { target });
  const file = path.join(request.vendorsRoot ?? BUNDLED_VENDORS, adapter.id, 'vendor.json');
  return {
    manifest: adapter.manifest,
    manifestSha256: adapter.manifestHash,
    manifestPath: path.relative(process.cwd(), file) || file,
    scenarios: load.scenarios.map((s) => s.scenario),
    scenarioProblems: load.errors.map(formatLoadError),
  };
}
