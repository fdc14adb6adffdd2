import { Injectable } from '@nestjs/common';
import { runReference } from '../domain/reference/engine';
import type { ReferenceResult } from '../domain/reference/engine/engine.types';
import type { Scenario } from '../domain/scenario';

/**
 * The reference engine as an injectable port (traced: every finding carries the steps of its
 * line), so the service can be tested with a fake and the bench can time it.
 */
@Injectable()
export class ReferenceCalculator {
  run(scenario: Scenario): ReferenceResult {
    return runReference(scenario, { trace: true });
  }
}
