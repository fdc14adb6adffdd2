import * as path from 'node:path';
import { amountOf } from '../../../../src/domain/checks/defects/deduction-base';
import { recomputeDeductions } from '../../../../src/domain/checks/defects/recompute-deductions';
import { referenceHistory } from '../../../../src/domain/checks/defects/reference-history';
import { PayproofError } from '../../../../src/domain/errors';
import { runReference } from '../../../../src/domain/reference/engine';
import { ScenarioCatalog } from '../../../../src/scenarios/scenario-catalog.service';

/**
 * The replay of the reference's deduction rules on a supplier's base (recompute-deductions.ts)
 * must give, on the reference's own statements, exactly the reference's deductions: otherwise a
 * deduction could be called a consequence (or a root) because of the replay, not the supplier.
 */
const CATALOGUE = path.resolve(__dirname, '../../../../test-payrolls');

describe('the replay of the reference deduction rules', () => {
  it('gives back every deduction of every catalogue statement to the cent (regressions included)', async () => {
    const catalog = new ScenarioCatalog();
    const loads = await Promise.all([catalog.load(CATALOGUE), catalog.load(path.join(CATALOGUE, 'regressions'))]);
    const differences: string[] = [];
    let compared = 0;
    for (const { scenario } of loads.flatMap((l) => l.scenarios)) {
      let statements;
      try {
        statements = runReference(scenario).pays.map((p) => p.statement);
      } catch (err) {
        if (err instanceof PayproofError) continue;
        throw err;
      }
      const replay = recomputeDeductions({
        scenario,
        history: referenceHistory(scenario),
        actual: statements,
        reference: statements,
      });
      for (const s of statements)
        for (const [code, amount] of replay.get(s.payday)!) {
          compared += 1;
          if (!amount.eq(amountOf(s, code)))
            differences.push(`${scenario.id} ${s.payday} ${code}: ${amountOf(s, code)} vs ${amount}`);
        }
    }
    expect(compared).toBeGreaterThan(3000);
    expect(differences).toEqual([]);
  });
});
