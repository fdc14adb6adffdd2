import { Injectable } from '@nestjs/common';
import * as path from 'node:path';
import { BUNDLED_SCENARIOS } from '../common/paths';
import type { TolerancePolicy } from '../domain/checks/tolerance-policy';
import { VendorRegistry } from '../vendors/vendor-registry';
import { fuzzSupplier, type FuzzProgress, type FuzzReport } from './fuzz-runner';
import { saveRegressions, type SavedRegression } from './regression-store';

export const DEFAULT_REGRESSIONS_DIR = path.join(BUNDLED_SCENARIOS, 'regressions');

export interface FuzzRunInput {
  vendorId: string;
  runs: number;
  seed: number;
  /** Where regressions are saved (default test-payrolls/regressions); null saves none. */
  out?: string | null;
  /** The vendors/ folder to load suppliers from (default: the package's own). */
  vendorsRoot?: string;
  maxShrinkSteps?: number;
  /** The tolerance policy (default: every line exact to the cent). */
  policy?: TolerancePolicy;
  onProgress?: (p: FuzzProgress) => void;
}

export interface FuzzRunResult {
  report: FuzzReport;
  saved: SavedRegression[];
}

/**
 * One fuzz run against one supplier through its real adapter: one adapter (one started
 * server, for an http supplier) for the whole run, stopped at the end whatever happens.
 */
@Injectable()
export class FuzzService {
  async run(input: FuzzRunInput): Promise<FuzzRunResult> {
    const registry = VendorRegistry.load(input.vendorsRoot === undefined ? {} : { root: input.vendorsRoot });
    const adapter = registry.get(input.vendorId);
    try {
      await adapter.start();
      const report = await fuzzSupplier(adapter, {
        runs: input.runs,
        seed: input.seed,
        maxShrinkSteps: input.maxShrinkSteps,
        ...(input.policy && { policy: input.policy }),
        onProgress: input.onProgress,
      });
      const out = input.out === undefined ? DEFAULT_REGRESSIONS_DIR : input.out;
      const saved =
        out === null
          ? []
          : saveRegressions(out, { vendorId: adapter.id, seed: input.seed, runs: input.runs }, report.defects);
      return { report, saved };
    } finally {
      await registry.stop();
    }
  }
}
