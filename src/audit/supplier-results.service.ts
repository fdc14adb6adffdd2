import { Injectable } from '@nestjs/common';
import { defectTitle, type Signature } from '../domain/checks/defects';
import type { RunSummary, ScorecardJson } from '../evaluation/evaluation.types';
import { RunRecorder } from '../evaluation/ports/run-recorder.port';
import type { RunRecord } from '../evaluation/ports/run-records';
import type { RulingRecord } from './audit-records';
import { AuditStore } from './audit-store.port';
import type { SupplierAudit } from './audit-summary.types';
import { RunRulingsService, type RuledFinding } from './disputes/run-rulings.service';
import { rulingsInForce } from './disputes/rulings-in-force';
import { saidError } from '../submissions/refusal-text';

/** A run as one supplier may see it: its own scorecard and audit counts, nothing of the others. */
export interface SupplierRunView {
  id: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  scorecard: ScorecardJson | null;
  audit: SupplierAudit | null;
}

export interface SupplierDefect {
  signature: string;
  signatureVersion: number;
  title: { en: string; fr: string };
  findings: number;
  people: number;
  ruling: RulingRecord | null;
}

/**
 * What a supplier token sees (issue 18, Build 5): the runs it took part in, each with its own
 * scorecard, findings and defects only; never another supplier's results, the ranking or the
 * run's notes. A run without this supplier does not exist for it (404).
 */
@Injectable()
export class SupplierResultsService {
  constructor(
    private readonly recorder: RunRecorder,
    private readonly store: AuditStore,
    private readonly rulings: RunRulingsService,
  ) {}

  async runs(vendorId: string): Promise<SupplierRunView[]> {
    const out: SupplierRunView[] = [];
    for (const run of await this.recorder.listRuns())
      if ((await this.recorder.vendors(run.id)).some((v) => v.vendorId === vendorId)) out.push(view(run, vendorId));
    return out;
  }

  async run(vendorId: string, runId: string): Promise<SupplierRunView> {
    return view(await this.mine(vendorId, runId), vendorId);
  }

  async findings(vendorId: string, runId: string): Promise<RuledFinding[]> {
    await this.mine(vendorId, runId);
    return this.rulings.ruledFindings(runId, vendorId);
  }

  /** The supplier's defects in the run: one per signature its findings belong to, with the ruling in force. */
  async defects(vendorId: string, runId: string): Promise<SupplierDefect[]> {
    await this.mine(vendorId, runId);
    const inForce = rulingsInForce(await this.store.rulings(), vendorId);
    const by = new Map<string, { sig: Signature; findings: number; people: Set<string> }>();
    for await (const p of this.rulings.signedPersons(runId, vendorId))
      for (const s of p.judged.signed) {
        if (!s.signature) continue;
        const d = by.get(s.signature.key) ?? { sig: s.signature, findings: 0, people: new Set<string>() };
        d.findings += 1;
        d.people.add(p.scenarioId);
        by.set(s.signature.key, d);
      }
    return [...by.values()]
      .map((d) => ({
        signature: d.sig.key,
        signatureVersion: d.sig.version,
        title: defectTitle(d.sig.parts),
        findings: d.findings,
        people: d.people.size,
        ruling: inForce.get(d.sig.key) ?? null,
      }))
      .sort((a, b) => b.findings - a.findings || (a.signature < b.signature ? -1 : 1));
  }

  private async mine(vendorId: string, runId: string): Promise<RunRecord> {
    const run = await this.recorder.getRun(runId);
    if (!run || !(await this.recorder.vendors(runId)).some((v) => v.vendorId === vendorId))
      throw saidError('NOT_FOUND', 'error.audit.runWithVendor', { id: runId, vendor: vendorId });
    return run;
  }
}

function view(run: RunRecord, vendorId: string): SupplierRunView {
  const summary = run.summary as RunSummary | null;
  return {
    id: run.id,
    status: run.status,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    scorecard: summary?.scorecards[vendorId] ?? null,
    audit: summary?.audit?.suppliers[vendorId] ?? null,
  };
}
