import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  DefectLedger,
  explainPerson,
  type PersonExplanation,
  type SupplierDefects,
} from '../../../src/domain/checks/defects';
import { Money } from '../../../src/domain/money';
import { scoreSupplier } from '../../../src/domain/checks/score-supplier';
import type { Scorecard, ScenarioResult } from '../../../src/domain/checks/score.types';
import { DEFAULT_POLICY } from '../../../src/domain/checks/tolerance-policy';
import { PayproofError } from '../../../src/domain/errors';
import { runReference } from '../../../src/domain/reference/engine';
import type { ReferenceResult } from '../../../src/domain/reference/engine/engine.types';
import type { Scenario } from '../../../src/domain/scenario';
import { judgeScenario } from '../../../src/evaluation/judge-scenario';
import { ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';
import { VendorRegistry } from '../../../src/vendors/vendor-registry';

export const REPO = path.resolve(__dirname, '../../..');
export const CATALOGUE = path.join(REPO, 'test-payrolls');

export interface Judged {
  defects: SupplierDefects;
  card: Scorecard;
  /** People whose net differences, payday by payday, were not charged in full to their defects (should be none). */
  unbalanced: string[];
}

/** Each payday's net difference is charged once: Σ of the occurrences' net effects = Σ of the net findings' (and whole pays'). */
function balanced(result: ScenarioResult, x: PersonExplanation): boolean {
  const harm = Money.sum(
    result.findings.filter((f) => ['net', 'missed-pay', 'unexpected-pay'].includes(f.kind)).map((f) => f.netEffect),
  );
  const charged = Money.sum(x.occurrences.flatMap((o) => [...o.netByPayday.values()]));
  return harm.eq(charged);
}

/** The scenarios the reference pays, with their traced references. */
export async function catalogue(target = CATALOGUE): Promise<{ scenario: Scenario; reference: ReferenceResult }[]> {
  const load = await new ScenarioCatalog().load(target);
  return load.scenarios.flatMap(({ scenario }) => {
    try {
      return [{ scenario, reference: runReference(scenario, { trace: true }) }];
    } catch (err) {
      if (err instanceof PayproofError) return [];
      throw err;
    }
  });
}

/**
 * One supplier through the catalogue as an evaluation runs it, without a database: its real
 * adapter (each request sent twice), the judge, the defect core and the scorecard.
 */
export async function judgeSupplier(
  vendorId: string,
  scenarios: { scenario: Scenario; reference: ReferenceResult }[],
  root?: string,
): Promise<Judged> {
  const registry = VendorRegistry.load(root ? { root } : {});
  try {
    const adapter = registry.get(vendorId);
    await adapter.start();
    const first = await adapter.payRun(scenarios.map((s) => s.scenario));
    const second = await adapter.payRun(scenarios.map((s) => s.scenario));
    const ledger = new DefectLedger();
    const results: ScenarioResult[] = [];
    const unbalanced: string[] = [];
    for (const { scenario, reference } of scenarios) {
      const answer = first.get(scenario.id)!;
      const { result } = judgeScenario({
        scenario,
        reference,
        first: answer,
        second: second.get(scenario.id),
        policy: DEFAULT_POLICY,
      });
      const actual = answer.ok ? answer.statements : undefined;
      const explanation = explainPerson({
        scenario,
        reference: reference.pays,
        actual,
        result,
        policy: DEFAULT_POLICY,
      });
      ledger.add({ supplierId: vendorId, scenario, reference: reference.pays, actual, result, explanation });
      results.push(result);
      if (!explanation.failure && !balanced(result, explanation)) unbalanced.push(scenario.id);
    }
    return { defects: ledger.defects(vendorId), card: scoreSupplier(results), unbalanced };
  } finally {
    await registry.stop();
  }
}

/** The documented defects of a simulated supplier (vendors/<id>/README.md, "## Defects"): id → line codes. */
export function documentedDefects(vendorId: string): Map<string, string[]> {
  const readme = readFileSync(path.join(REPO, 'vendors', vendorId, 'README.md'), 'utf8');
  const section = readme.split(/^## Defects.*$/m)[1] ?? '';
  const out = new Map<string, string[]>();
  for (const row of section.split('\n').filter((l) => /^\| [A-Z]{2}-\d+ \|/.test(l))) {
    const cells = row.split('|').map((c) => c.trim());
    const codes = [...cells[cells.length - 2].matchAll(/`([A-Z_0-9]+)`/g)].map((m) => m[1]);
    out.set(cells[1], codes);
  }
  return out;
}
