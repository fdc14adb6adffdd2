import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Principal } from '../../auth/roles';
import { Clock } from '../../common/clock';
import { BUNDLED_VENDORS } from '../../common/paths';
import { RunRecorder } from '../../evaluation/ports/run-recorder.port';
import { OUTCOMES, type DisputeRecord, type Outcome, type RulingRecord } from '../audit-records';
import { AuditStore } from '../audit-store.port';
import { parseFindingId } from '../finding-id';
import { treeHashes } from '../hashing/tree-hash';
import { parseEvidence, refuseSupplierOutput, type SupplierOutput } from './evidence';
import { RunRulingsService } from './run-rulings.service';
import { saidError } from '../../submissions/refusal-text';
import { say } from '../../submissions/reader-text';

export interface DisputeView extends DisputeRecord {
  status: 'open' | 'ruled';
  /** Every ruling on it, oldest first; the last is in force. */
  rulings: RulingRecord[];
}

const statusSaid = (status: string) => ({ en: status, fr: say('fr', `status.${status}` as 'status.running') });

const text = (field: string, v: unknown, max: number): string => {
  if (typeof v !== 'string' || v.trim() === '')
    throw saidError('INVALID_INPUT', 'error.audit.textNeeded', { field, max });
  if (v.length > max) throw saidError('INVALID_INPUT', 'error.audit.textTooLong', { field, max, found: v.length });
  return v.trim();
};

/**
 * Disputes by suppliers and rulings by auditors (issue 18, Build 5). A supplier disputes a
 * finding of its own (by id) or a defect (by signature) with its reason; an auditor rules with
 * evidence, never the supplier's own output; the ruling applies, by signature and version, to
 * every later run (run-rulings.service.ts).
 */
@Injectable()
export class DisputesService {
  constructor(
    private readonly recorder: RunRecorder,
    private readonly store: AuditStore,
    private readonly rulings: RunRulingsService,
    private readonly clock: Clock,
  ) {}

  async open(caller: Principal, body: Record<string, unknown> | undefined): Promise<DisputeView> {
    const vendorId = caller.vendorId;
    if (caller.role !== 'supplier' || vendorId === undefined) throw saidError('FORBIDDEN', 'error.audit.supplierOnly');
    const runId = text('runId', body?.runId, 100);
    const reason = text('reason', body?.reason, 5000);
    const run = await this.recorder.getRun(runId);
    const inRun = run && (await this.recorder.vendors(runId)).some((v) => v.vendorId === vendorId);
    if (!run || !inRun) throw saidError('NOT_FOUND', 'error.audit.runWithVendor', { id: runId, vendor: vendorId });
    if (run.status !== 'finished')
      throw saidError('CONFLICT', 'error.audit.disputeUnfinished', { id: runId, status: statusSaid(run.status) });
    if ((body?.finding === undefined) === (body?.signature === undefined))
      throw saidError('INVALID_INPUT', 'error.audit.findingOrSignature');
    const target =
      body?.finding !== undefined
        ? await this.findingTarget(runId, vendorId, body.finding)
        : await this.defectTarget(runId, vendorId, body?.signature);
    const dispute: DisputeRecord = {
      id: randomUUID(),
      runId,
      vendorId,
      ...target,
      reason,
      byToken: caller.tokenId,
      byName: caller.name,
      createdAt: this.clock.nowIso(),
    };
    await this.store.addDispute(dispute);
    return { ...dispute, status: 'open', rulings: [] };
  }

  async list(caller: Principal): Promise<DisputeView[]> {
    const filter = caller.role === 'supplier' ? { vendorId: caller.vendorId ?? '-' } : {};
    const rulings = await this.store.rulings();
    return (await this.store.disputes(filter)).map((d) => view(d, rulings));
  }

  async get(caller: Principal, id: string): Promise<DisputeView> {
    const d = await this.store.dispute(id);
    // Another supplier's dispute does not exist for this caller.
    if (!d || (caller.role === 'supplier' && d.vendorId !== caller.vendorId))
      throw saidError('NOT_FOUND', 'error.audit.noDispute', { id });
    return view(d, await this.store.rulings());
  }

  async rule(caller: Principal, id: string, body: Record<string, unknown> | undefined): Promise<DisputeView> {
    const dispute = await this.get(caller, id);
    const outcome = body?.outcome as Outcome;
    if (!OUTCOMES.includes(outcome))
      throw saidError('INVALID_INPUT', 'error.audit.outcome', {
        known: OUTCOMES.join(', '),
        found: String(JSON.stringify(body?.outcome)),
      });
    const explanation = text('explanation', body?.explanation, 5000);
    const evidence = parseEvidence(body?.evidence);
    if (outcome !== 'open' && evidence.length === 0) throw saidError('INVALID_INPUT', 'error.audit.evidenceNeeded');
    const rule = outcome === 'reference-wrong' ? text('rule', body?.rule, 200) : null;
    const scope = body?.scope ?? (outcome === 'reference-wrong' ? 'all' : 'supplier');
    if (scope !== 'all' && scope !== 'supplier')
      throw saidError('INVALID_INPUT', 'error.audit.scope', { found: String(JSON.stringify(scope)) });
    if (scope === 'all' && outcome === 'supplier-wrong')
      throw saidError('INVALID_INPUT', 'error.audit.scopeSupplierWrong');
    refuseSupplierOutput(evidence, await this.supplierOutput(dispute));
    const ruling: RulingRecord = {
      id: randomUUID(),
      disputeId: dispute.id,
      outcome,
      explanation,
      rule,
      evidence,
      signature: dispute.signature,
      signatureVersion: dispute.signatureVersion,
      vendorId: scope === 'all' ? null : dispute.vendorId,
      byToken: caller.tokenId,
      byName: caller.name,
      at: this.clock.nowIso(),
    };
    await this.store.addRuling(ruling);
    return this.get(caller, id);
  }

  private async findingTarget(runId: string, vendorId: string, finding: unknown) {
    const parsed = typeof finding === 'string' ? parseFindingId(finding) : undefined;
    if (!parsed) throw saidError('INVALID_INPUT', 'error.audit.findingId', { found: String(JSON.stringify(finding)) });
    const none = () =>
      saidError('NOT_FOUND', 'error.audit.noFinding', { id: runId, finding: String(finding), vendor: vendorId });
    if (parsed.vendorId !== vendorId) throw none();
    for await (const p of this.rulings.signedPersons(runId, vendorId)) {
      if (p.scenarioId !== parsed.scenarioId) continue;
      const s = p.judged.signed.find((x) => x.finding.seq === parsed.seq);
      if (!s) break;
      if (!s.signature) throw saidError('CONFLICT', 'error.audit.rootUnnamed', { finding: String(finding) });
      return {
        targetKind: 'finding' as const,
        findingId: String(finding),
        signature: s.signature.key,
        signatureVersion: s.signature.version,
      };
    }
    throw none();
  }

  private async defectTarget(runId: string, vendorId: string, signature: unknown) {
    const key = typeof signature === 'string' ? signature.trim() : '';
    for await (const p of this.rulings.signedPersons(runId, vendorId))
      for (const s of p.judged.signed)
        if (s.signature?.key === key)
          return {
            targetKind: 'defect' as const,
            findingId: null,
            signature: key,
            signatureVersion: s.signature.version,
          };
    throw saidError('NOT_FOUND', 'error.audit.noDefect', {
      vendor: vendorId,
      signature: String(JSON.stringify(signature)),
      id: runId,
    });
  }

  /** The supplier's own output as payproof knows it: its folder's files, its answers in the disputed run, the host it answers from. */
  private async supplierOutput(d: DisputeRecord): Promise<SupplierOutput> {
    const run = await this.recorder.getRun(d.runId);
    const root = run?.options?.vendorsRoot === undefined ? BUNDLED_VENDORS : path.resolve(run.options.vendorsRoot);
    const hashes = new Set(treeHashes(path.join(root, d.vendorId)));
    for await (const a of this.store.eachAnswer(d.runId))
      if (a.vendorId === d.vendorId && a.answerHash) hashes.add(a.answerHash);
    const hosts = new Set<string>();
    try {
      const manifest = JSON.parse(readFileSync(path.join(root, d.vendorId, 'vendor.json'), 'utf8')) as {
        transport?: { kind?: string; url?: string; start?: unknown };
      };
      const url = manifest.transport?.url?.replace('{port}', '0');
      if (url) hosts.add(new URL(url).hostname.toLowerCase());
      // A supplier payproof starts itself answers on this machine (vendor-protocol.md section 1).
      else if (manifest.transport?.kind === 'http' && manifest.transport.start)
        ['127.0.0.1', 'localhost'].forEach((h) => hosts.add(h));
    } catch {
      // No manifest to read (the supplier left the folder): its files and answers still count.
    }
    return { vendorId: d.vendorId, hashes, hosts };
  }
}

function view(d: DisputeRecord, rulings: readonly RulingRecord[]): DisputeView {
  const mine = rulings.filter((r) => r.disputeId === d.id);
  const last = mine[mine.length - 1];
  return { ...d, status: last && last.outcome !== 'open' ? 'ruled' : 'open', rulings: mine };
}
