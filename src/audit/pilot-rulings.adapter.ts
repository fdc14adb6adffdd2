import { Injectable } from '@nestjs/common';
import type { PilotRuling } from '../pilots/pilot.types';
import { RulingsSource } from '../pilots/rulings-source.port';
import { AuditStore } from './audit-store.port';

/** The pilots' reading of the rulings: the audit store's rulings with the run each dispute was about. */
@Injectable()
export class StoredRulings extends RulingsSource {
  constructor(private readonly store: AuditStore) {
    super();
  }

  async rulings(): Promise<PilotRuling[]> {
    const rulings = await this.store.rulings();
    if (rulings.length === 0) return [];
    const runOf = new Map((await this.store.disputes({})).map((d) => [d.id, d.runId]));
    return rulings.map((r) => ({
      id: r.id,
      signature: r.signature,
      vendorId: r.vendorId,
      outcome: r.outcome,
      at: r.at,
      by: r.byName,
      runId: runOf.get(r.disputeId) ?? null,
    }));
  }
}
