import type { Scenario } from '../domain/scenario';
import { AwaitedPays } from '../evaluation/ports/awaited-pays.port';
import { employeeRequest } from '../vendors/protocol';
import { knownToSupplier } from './outbound/package-plan';
import type { ImportStore } from './store/import-store';

/**
 * The pay runs missing from an exchange supplier's latest import, by the rule the exchange
 * transport answers with (src/vendors/transports/exchange.transport.ts): every pay run of the
 * employee the supplier's system knows at its cut-off needs a register, unless the employee is
 * declined as unsupported.
 */
export class ImportedAwaitedPays extends AwaitedPays {
  constructor(private readonly store: ImportStore) {
    super();
  }

  async missing(vendorId: string, scenarios: readonly Scenario[]): Promise<Map<string, string[]>> {
    const stored = await this.store.latest(vendorId);
    const out = new Map<string, string[]>();
    for (const scenario of scenarios) {
      const records = stored ? await stored.answersFor(scenario.id) : [];
      if (records.some((r) => 'unsupported' in r)) {
        out.set(scenario.id, []);
        continue;
      }
      const have = new Set(records.flatMap((r) => ('statement' in r ? [r.statement.payday] : [])));
      const employee = employeeRequest(scenario);
      const owed = employee.payRuns.filter((run) => knownToSupplier(employee, run) && !have.has(run.payday));
      out.set(
        scenario.id,
        owed.map((run) => run.payday),
      );
    }
    return out;
  }
}
