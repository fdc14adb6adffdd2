import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Scenario } from '../domain/scenario';
import type { Defect } from './fuzz-runner';
import { scenarioToCsv } from './regression-csv';
import { signatureSlug } from './signatures';

/**
 * Saves each defect's minimal counterexample as a catalogue CSV scenario (test-payrolls/
 * regressions/ by default), named by supplier and signature, so it joins the catalogue and
 * every later evaluation. A signature already saved for the supplier is not written again.
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
    title: `Fuzz regression for ${ctx.vendorId}: ${d.signature}`,
    description: `Found by \`${replay}\` (run ${d.run}, shrunk in ${d.shrinkSteps} steps). Finding: ${d.finding.message}. Signature: ${d.signature}.`,
    family: 'fuzz regression',
    tags: ['fuzz', 'regression', ctx.vendorId],
    expected: [],
  };
}

export function regressionFile(dir: string, vendorId: string, signature: string): string {
  return path.join(dir, `${vendorId}--${signatureSlug(signature)}.csv`);
}

export function saveRegressions(dir: string, ctx: RegressionContext, defects: readonly Defect[]): SavedRegression[] {
  mkdirSync(dir, { recursive: true });
  return defects.map((d) => {
    const file = regressionFile(dir, ctx.vendorId, d.signature);
    if (existsSync(file)) return { signature: d.signature, file, written: false };
    writeFileSync(file, scenarioToCsv(regressionScenario(ctx, d)), { flag: 'wx' });
    return { signature: d.signature, file, written: true };
  });
}
