import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import type { RunSummary } from '../evaluation/evaluation.types';
import { RunAudit, type RunStarted } from '../evaluation/ports/run-audit.port';
import { AuditStore } from './audit-store.port';
import { ChainService } from './chain/chain.service';
import { RunRulingsService } from './disputes/run-rulings.service';
import { PinsService } from './pins/pins.service';
import { SealService } from './seal/seal.service';

/** The evaluation's audit hooks: pins at the start, the summary amended, the chain at the end. */
@Injectable()
export class AuditRunHook extends RunAudit {
  constructor(
    private readonly pins: PinsService,
    private readonly store: AuditStore,
    private readonly chain: ChainService,
    private readonly rulings: RunRulingsService,
    private readonly seal: SealService,
    private readonly clock: Clock,
  ) {
    super();
  }

  async started(run: RunStarted): Promise<void> {
    await this.store.savePins(run.runId, this.pins.pinsFor(run), this.clock.nowIso());
  }

  /** A resumed run keeps the pins it started with; a supplier now answering from another import is pinned again, the earlier pin kept. */
  override async resumed(run: RunStarted): Promise<void> {
    const stored = await this.store.pins(run.runId);
    if (!stored) return;
    const now = new Map(this.pins.pinsFor(run).suppliers.map((s) => [s.id, s]));
    let changed = false;
    const suppliers = stored.suppliers.map((s) => {
      const fresh = now.get(s.id);
      if (!fresh || JSON.stringify(fresh.transport) === JSON.stringify(s.transport)) return s;
      changed = true;
      return { ...s, transport: fresh.transport, earlierTransport: [...(s.earlierTransport ?? []), s.transport] };
    });
    if (changed) await this.store.savePins(run.runId, { ...stored, suppliers }, this.clock.nowIso());
  }

  async amend(runId: string, summary: RunSummary): Promise<RunSummary> {
    // Sealed and public scores from the findings as judged; then the rulings in force.
    const sealed = await this.seal.sealedPart(runId, summary);
    const amended = await this.rulings.amend(runId, summary, this.clock.nowIso());
    return sealed ? { ...amended, audit: { ...amended.audit!, sealed } } : amended;
  }

  async finishing(runId: string, finishedAt: string): Promise<void> {
    await this.chain.append(runId, { finishedAt });
  }
}
