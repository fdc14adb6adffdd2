import { Injectable } from '@nestjs/common';
import { BUNDLED_SCENARIOS } from '../common/paths';
import { invalidInput } from '../domain/errors';
import { ScenarioCatalog } from '../scenarios/scenario-catalog.service';
import { runSelftest, type SelftestReport } from './run-selftest';

/** `payproof selftest` behind the door: loads the scenario set, then runs the pure selftest in process (no database). */
@Injectable()
export class SelftestService {
  constructor(private readonly catalog: ScenarioCatalog) {}

  async run(scenarios: string = BUNDLED_SCENARIOS): Promise<SelftestReport> {
    const load = await this.catalog.load(scenarios);
    if (load.scenarios.length === 0)
      throw invalidInput(
        `${scenarios}: no valid scenario to plant defects into (run \`payproof scenarios validate ${scenarios}\`)`,
      );
    return runSelftest(load.scenarios.map((l) => l.scenario));
  }
}
