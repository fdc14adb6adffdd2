import { Injectable } from '@nestjs/common';
import * as path from 'node:path';
import { BUNDLED_VENDORS } from '../../common/paths';
import type { RunStarted } from '../../evaluation/ports/run-audit.port';
import { AuditStore } from '../audit-store.port';
import { harnessPin } from './harness-pin';
import type { AuditPins } from './pins.types';
import { rulesPin } from './rules-pin';
import { supplierPin } from './supplier-pin';
import { saidError } from '../../submissions/refusal-text';

/** The audit pins of a run as it starts (issue 18, Build 1). */
@Injectable()
export class PinsService {
  constructor(private readonly store: AuditStore) {}

  /** A run's stored audit pins. */
  async stored(runId: string): Promise<AuditPins> {
    const pins = await this.store.pins(runId);
    if (!pins) throw saidError('NOT_FOUND', 'error.audit.noPins', { id: runId });
    return pins;
  }

  pinsFor(run: Pick<RunStarted, 'options' | 'suppliers'>): AuditPins {
    const root = run.options.vendorsRoot === undefined ? BUNDLED_VENDORS : path.resolve(run.options.vendorsRoot);
    return {
      harness: harnessPin(),
      node: process.version,
      rules: rulesPin(),
      suppliers: run.suppliers.map((s) =>
        supplierPin({ id: s.id, description: s.description, transportPins: s.transportPins }, root),
      ),
      catalogue: run.options.scenarios,
    };
  }
}
