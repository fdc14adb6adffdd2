import { Injectable } from '@nestjs/common';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { invalidInput, PayproofError } from '../../domain/errors';
import { runReference } from '../../domain/reference/engine';
import { parseScenarioOrThrow, statementToJson } from '../../domain/scenario';
import { EvaluationService } from '../../evaluation/evaluation.service';
import { RunRecorder } from '../../evaluation/ports/run-recorder.port';
import { AuditStore } from '../audit-store.port';
import { findingId } from '../finding-id';
import { PACK_FORMAT, PackFile, packFolder, SUMS_FILE, sumsText } from './pack-files';
import { saidError } from '../../submissions/refusal-text';
import { say } from '../../submissions/reader-text';

const PAGE = 500;

export interface ExportedPack {
  dir: string;
  runId: string;
  files: Array<{ name: string; sha256: string; bytes: number }>;
}

/**
 * `payproof export <run-id>` (issue 18, Build 3): an evidence pack folder an auditor can check
 * without payproof's database: the scenarios, the reference's statements with traces
 * (recomputed from the pinned scenarios), each supplier's answers as stored, the findings,
 * the run with its pins, summary and chain entry, the policy, the rulings in force, and
 * SHA256SUMS over every file (docs/auditing.md, "Evidence packs").
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly evaluation: EvaluationService,
    private readonly recorder: RunRecorder,
    private readonly store: AuditStore,
  ) {}

  async export(runId: string, dir: string): Promise<ExportedPack> {
    const run = await this.evaluation.get(runId);
    if (run.status !== 'finished')
      throw saidError('CONFLICT', 'error.audit.exportUnfinished', {
        id: runId,
        status: { en: run.status, fr: say('fr', `status.${run.status}` as 'status.running') },
      });
    await packFolder(dir).catch((err: Error) => {
      throw err instanceof PayproofError ? err : invalidInput(err.message);
    });
    const files: ExportedPack['files'] = [];
    const chain = (await this.store.chain()).find((e) => e.runId === runId) ?? null;
    const runFile = new PackFile(dir, 'run.json');
    await runFile.write(
      `${JSON.stringify({ run: { ...run, pins: { ...run.pins, scenarios: undefined } }, auditPins: await this.store.pins(runId), chain }, null, 2)}\n`,
    );
    files.push(await runFile.close());
    const policy = new PackFile(dir, 'policy.json');
    await policy.write(`${JSON.stringify(run.pins.tolerancePolicy, null, 2)}\n`);
    files.push(await policy.close());
    files.push(...(await this.scenariosAndReference(runId, dir)));
    files.push(
      ...(await this.answers(
        runId,
        dir,
        run.pins.vendors.map((v) => v.id),
      )),
    );
    const findings = new PackFile(dir, 'findings.jsonl');
    for await (const f of this.recorder.eachFinding(runId)) await findings.line({ id: findingId(f), ...f });
    files.push(await findings.close());
    const rulings = new PackFile(dir, 'rulings.json');
    const vendors = new Set(run.pins.vendors.map((v) => v.id));
    const inForce = (await this.store.rulings()).filter((r) => r.vendorId === null || vendors.has(r.vendorId));
    await rulings.write(`${JSON.stringify(inForce, null, 2)}\n`);
    files.push(await rulings.close());
    const manifest = new PackFile(dir, 'manifest.json');
    await manifest.write(`${JSON.stringify({ format: PACK_FORMAT, runId, files }, null, 2)}\n`);
    files.push(await manifest.close());
    await fs.writeFile(path.join(dir, SUMS_FILE), sumsText(files));
    return { dir, runId, files };
  }

  /** scenarios.jsonl and reference.jsonl, in catalogue order, a page of scenarios at a time. */
  private async scenariosAndReference(runId: string, dir: string) {
    const scenarios = new PackFile(dir, 'scenarios.jsonl');
    const reference = new PackFile(dir, 'reference.jsonl');
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.recorder.scenarioPins(runId, { offset, limit: PAGE });
      for (const pin of page.items) {
        const stored = (await this.recorder.scenario(runId, pin.scenarioId))!;
        await scenarios.line({ id: pin.scenarioId, file: pin.file, hash: pin.hash, scenario: stored.scenarioJson });
        if (pin.refused) {
          await reference.line({ id: pin.scenarioId, refused: pin.refused });
          continue;
        }
        const result = runReference(parseScenarioOrThrow(stored.scenarioJson), { trace: true });
        await reference.line({
          id: pin.scenarioId,
          referenceHash: pin.referenceHash,
          pays: result.pays.map((p) => ({ statement: statementToJson(p.statement), lineTraces: p.lineTraces ?? [] })),
          notes: result.notes,
        });
      }
      if (page.items.length < PAGE) break;
    }
    return [await scenarios.close(), await reference.close()];
  }

  /** answers/<supplier>.jsonl: each answer as stored (statements kept where there was a finding, else their sha256). */
  private async answers(runId: string, dir: string, vendorIds: string[]) {
    const out = new Map(vendorIds.map((id) => [id, new PackFile(dir, `answers/${id}.jsonl`)]));
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.recorder.scenarioPins(runId, { offset, limit: PAGE });
      for (const pin of page.items)
        for (const a of await this.recorder.answers(runId, pin.scenarioId)) {
          const { vendorId, ...answer } = a;
          await out
            .get(vendorId)
            ?.line(answer.statementsJson === null ? { ...answer, statementsJson: undefined, kept: false } : answer);
        }
      if (page.items.length < PAGE) break;
    }
    return Promise.all([...out.values()].map((f) => f.close()));
  }
}
