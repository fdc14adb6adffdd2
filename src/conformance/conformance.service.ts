import { DEFAULT_POLICY } from '../domain/checks/tolerance-policy';
import { runReference } from '../domain/reference/engine';
import { judgeScenario } from '../evaluation/judge-scenario';
import { VendorRegistry } from '../vendors/vendor-registry';
import type { ConformanceReport } from './conformance.types';
import { type ConformanceSetOptions, loadConformanceSet } from './conformance-set';
import { conformanceReport, type JudgedScenario } from './rule-verdicts';

export interface ConformanceInput extends ConformanceSetOptions {
  vendorId: string;
  /** The vendors/ folder to load suppliers from (default: the package's own). */
  vendorsRoot?: string;
}

/**
 * `payproof conformance`: the protocol's examples and a small public set through one
 * supplier's real adapter, each answer judged as an evaluation judges it (exact to the cent),
 * then told rule by rule. The supplier is stopped at the end whatever happens.
 */
export class ConformanceService {
  async run(input: ConformanceInput): Promise<ConformanceReport> {
    const scenarios = await loadConformanceSet(input);
    const registry = VendorRegistry.load(input.vendorsRoot === undefined ? {} : { root: input.vendorsRoot });
    const adapter = registry.get(input.vendorId);
    try {
      await adapter.start();
      const answers = await adapter.payRun(scenarios);
      const judged: JudgedScenario[] = scenarios.map((scenario) => {
        const reference = runReference(scenario, { trace: true });
        const first = answers.get(scenario.id)!;
        const { result } = judgeScenario({ scenario, reference, first, policy: DEFAULT_POLICY });
        return { scenario, reference, statements: first.ok ? first.statements : [], result };
      });
      return conformanceReport({ vendorId: adapter.id, vendorName: adapter.manifest.name, judged });
    } finally {
      await registry.stop();
    }
  }
}
