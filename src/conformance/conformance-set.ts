import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { BUNDLED_SCENARIOS, PACKAGE_ROOT } from '../common/paths';
import { PayproofError } from '../domain/errors';
import { parseScenarioOrThrow, type Scenario } from '../domain/scenario';
import { formatLoadError } from '../scenarios/load-error';
import { ScenarioCatalog } from '../scenarios/scenario-catalog.service';

/** The protocol's worked examples (docs/vendor-protocol.md, sections 2 and 3). */
export const EXAMPLE_SCENARIOS = ['scenario.json', 'correction-scenario.json'] as const;

/**
 * A small public set from the catalogue, at least one scenario per rule issue 15 corrected and
 * per family of the reference's conventions: a supplier runs it before a pilot.
 */
export const PUBLIC_SET = [
  'max-03-holiday-payday-2025',
  'hire-01-seventh-working-day',
  'act-01-acting-entered-four-weeks-late',
  'allow-01-overtime-on-day-of-rest-while-acting',
  'allow-02-bilingual-bonus-starts-mid-period',
  'retro-01-pa-revision-signed-2026-effective-2025',
  'max-01-ec07-crosses-ympe-yampe-ei',
  'lwop-01-entered-after-pay-then-recovered',
  'lwop-02-mid-period-entered-on-time',
  'over-01-short-leave-recovered-next-pay',
  'over-02-prior-year-overpayment-net',
  'over-03-overpayment-changes-before-recovery',
  'over-05-two-overpayments-quebec',
] as const;

export interface ConformanceSetOptions {
  /** Where the example files are (default: the package's docs/examples). */
  examples?: string;
  /** Where the catalogue is (default: the package's test-payrolls). */
  catalogue?: string;
}

/** The examples, then the public set, as validated scenarios; a missing one is a CONFIG error naming it. */
export async function loadConformanceSet(o: ConformanceSetOptions = {}): Promise<Scenario[]> {
  const examples = o.examples ?? path.join(PACKAGE_ROOT, 'docs', 'examples');
  const fromExamples = EXAMPLE_SCENARIOS.map((file) =>
    parseScenarioOrThrow(JSON.parse(readFileSync(path.join(examples, file), 'utf8'))),
  );
  const load = await new ScenarioCatalog().load(o.catalogue ?? BUNDLED_SCENARIOS);
  if (load.errors.length > 0) {
    throw new PayproofError(
      'CONFIG',
      `the scenario catalogue has problems:\n${load.errors.map(formatLoadError).join('\n')}`,
    );
  }
  const byId = new Map(load.scenarios.map((l) => [l.scenario.id, l.scenario]));
  const missing = PUBLIC_SET.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    throw new PayproofError('CONFIG', `the conformance set names scenarios the catalogue lacks: ${missing.join(', ')}`);
  }
  return [...fromExamples, ...PUBLIC_SET.map((id) => byId.get(id)!)];
}
