import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Scenario } from '../domain/scenario';
import type { Defect } from './fuzz-runner';
import { scenarioToCsv } from './regression-csv';
import { signatureSlug } from './signatures';

/**
 * Saves each defect's minimal counterexample as a catalogue CSV scenario (test-payrolls/
 * regressions/ by default, which the default catalogue leaves out: run it with `--scenarios
 * test-payrolls/regressions`), named by supplier and signature. Only a counterexample that shows
 * its defect when sent alone is saved (a regression must fail on its own when replayed); a
 * signature already saved for the supplier is not written again.
 */
export interface SavedRegression {
  signature: string;
  file: string;
  /** false when a regression for this supplier and signature was already there. */
  written: boolean;
}

export interface RegressionContext {
  vendorId: string;
  seed: number;
  runs: number;
}

const ID_MAX = 64;

export function regressionId(vendorId: string, signature: string): string {
  return `fuzz-${vendorId}-${signatureSlug(signature)}`.slice(0, ID_MAX).replace(/-+$/, '');
}

/** The counterexample as a catalogue scenario: its seed, replay command and finding in the description. */
export function regressionScenario(ctx: RegressionContext, d: Defect): Scenario {
  const replay = `payproof fuzz --vendor ${ctx.vendorId} --seed ${ctx.seed} --runs ${ctx.runs}`;
  return {
    ...d.counterexample,
    id: regressionId(ctx.vendorId, d.signature),
    title: `Fuzz regression for ${ctx.vendorId}: ${d.title?.en ?? d.signature}`,
    description: `Found by \`${replay}\` (run ${d.run}, shrunk in ${d.shrinkSteps} steps; shows its defect when sent alone). Finding: ${d.finding.message}. Signature: ${d.signature}.`,
    family: 'fuzz regression',
    tags: ['fuzz', 'regression', ctx.vendorId],
    expected: [],
  };
}

export function regressionFile(dir: string, vendorId: string, signature: string): string {
  return path.join(dir, `${vendorId}--${signatureSlug(signature)}.csv`);
}

export function saveRegressions(dir: string, ctx: RegressionContext, defects: readonly Defect[]): SavedRegression[] {
  const reproduced = defects.filter((d) => d.reproducedAlone);
  if (reproduced.length === 0) return [];
  mkdirSync(dir, { recursive: true });
  return reproduced.map((d) => {
    const file = regressionFile(dir, ctx.vendorId, d.signature);
    if (existsSync(file)) return { signature: d.signature, file, written: false };
    writeFileSync(file, scenarioToCsv(regressionScenario(ctx, d)), { flag: 'wx' });
    return { signature: d.signature, file, written: true };
  });
}
