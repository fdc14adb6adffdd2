import { Inject, Injectable, Optional } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { Clock } from '../common/clock';
import { BUNDLED_SCENARIOS } from '../common/paths';
import { canonicalPolicyJson, policyToJson } from '../domain/checks/canonical-policy';
import { SIGNATURE_VERSION } from '../domain/checks/defects';
import { parseTolerancePolicyOrThrow } from '../domain/checks/parse-tolerance-policy';
import type { TolerancePolicy } from '../domain/checks/tolerance-policy';
import { ScenarioCatalog, noScenario } from '../scenarios/scenario-catalog.service';
import type { EvaluateOptions, ProgressListener, RunView } from './evaluation.types';
import { harnessVersion } from './harness-version';
import { thisProcess, whyInterrupted } from './liveness';
import { checkedRate, chunksInFlight, defaultChunkSize, defaultSameAnswerRate, positive, sampler } from './plan';
import { runPipeline } from './pipeline/run-pipeline';
import { ScenarioStream, type CatalogueScan } from './pipeline/scenario-stream';
import { TaskPools } from './pipeline/task-pool';
import { PolicyService } from './policy.service';
import { ChunkQueue } from './ports/chunk-queue.port';
import { RunAudit } from './ports/run-audit.port';
import { RunRecorder } from './ports/run-recorder.port';
import type { RunOptionsRecord, RunRecord } from './ports/run-records';
import { DefectMerger } from './run-defects';
import { RunReader } from './run-reader';
import { StageTimer } from './stage-timer';
import { RunSummariser } from './summarise';
import { SupplierSource } from './supplier-source';
import { SupplierWait } from './awaiting';
import { startDeadline, withoutExchange } from './deadline';
import { AwaitedPays } from './ports/awaited-pays.port';
import type { SupplierPool } from './supplier-pool';
import { ReportWriter, type ReportLocale, type WrittenReport } from '../reports/report-writer.service';
import { storedPath } from '../audit/pins/stored-paths';
import { refusalIn, saidError } from '../submissions/refusal-text';
import { say, type Lang } from '../submissions/reader-text';

/** How a run goes on once its suppliers are open: shared by start and resume. */
interface Execution {
  run: RunRecord;
  options: RunOptionsRecord;
  scan: CatalogueScan;
  suppliers: SupplierPool;
  policy: TolerancePolicy;
  workers?: number;
  reportsDir?: string;
  reportLocale?: ReportLocale;
  notes: string[];
}

/** A run as stored once it has ended, with the reports written for it (when a reports folder was given). */
export type EvaluatedRun = RunView & { report?: WrittenReport };

/** Heartbeats while a run goes: another process can tell a live run from a dead one. */
const HEARTBEAT_MS = 10_000;

/**
 * The one evaluation service behind `payproof evaluate` and the HTTP API. An evaluation run is
 * scenario set × supplier set × rules edition × tolerance policy: every scenario goes through
 * the reference and through every supplier, chunk by chunk (run-pipeline.ts), is judged
 * (judge-scenario.ts) and stored with the pins that make it reproducible. A supplier's failure
 * never stops the others; a scenario the reference refuses is recorded as refused and sent to
 * no supplier. A run is checkpointed per chunk and can be resumed; it is `finished` only once
 * its summary (and, when asked, its reports) are written.
 */
@Injectable()
export class EvaluationService extends RunReader {
  private readonly mine = new Set<string>();

  constructor(
    private readonly catalog: ScenarioCatalog,
    private readonly supplierSource: SupplierSource,
    recorder: RunRecorder,
    private readonly clock: Clock,
    private readonly taskPools: TaskPools,
    private readonly policies: PolicyService,
    /** When PAYPROOF_QUEUE is set: chunks go to `payproof worker`s (src/distributed); else they run here. */
    @Optional() @Inject(ChunkQueue) private readonly queue: ChunkQueue | null = null,
    @Optional() private readonly audit?: RunAudit,
    /** Which pay runs an exchange supplier still owes (src/exchange); without it, every pay run of the employee. */
    @Optional() private readonly awaitedPays?: AwaitedPays,
  ) {
    super(recorder);
  }

  /**
   * Runs an evaluation to the end and returns it as stored. Throws only for bad input or
   * configuration (before anything is stored). The 'started' progress event carries the run
   * id as soon as the run is stored, so a door that must answer at once (HTTP 202) can hand
   * it out and leave this promise running; get(runId) shows the progress meanwhile.
   */
  async start(options: EvaluateOptions = {}, progress?: ProgressListener): Promise<EvaluatedRun> {
    await this.sweepInterrupted();
    const { policy, policySource } = await this.policies.forRun(options.policy, options.policySource);
    const source = options.scenarios ?? BUNDLED_SCENARIOS;
    const deadline = startDeadline(options, { now: this.clock.nowIso(), queued: this.queue !== null });
    await this.supplierSource.check(options);
    const scan = await this.scan(source, progress);
    const suppliers = await this.supplierSource.open(options);
    const ids = suppliers.suppliers.map((s) => s.id);
    const noExchange = deadline === null ? undefined : withoutExchange(options, suppliers.suppliers);
    if (noExchange) {
      await suppliers.stop();
      throw noExchange;
    }
    // Stored relative to the working folder: no machine's absolute path in a run (src/audit/pins/stored-paths.ts).
    const runOptions: RunOptionsRecord = {
      scenarios: storedPath(source),
      vendors: ids,
      ...(options.vendorsRoot !== undefined && { vendorsRoot: storedPath(options.vendorsRoot) }),
      chunkSize: positive('chunkSize', options.chunkSize ?? defaultChunkSize(scan.count)),
      sameAnswerRate: checkedRate(options.sameAnswerRate ?? defaultSameAnswerRate(scan.count)),
    };
    const run: RunRecord = {
      id: this.newRunId(),
      status: 'running',
      startedAt: this.clock.nowIso(),
      finishedAt: null,
      harnessVersion: harnessVersion(),
      rulesEditions: [],
      tolerancePolicy: policyToJson(policy),
      policyHash: createHash('sha256').update(canonicalPolicyJson(policy)).digest('hex'),
      policySource,
      scenarioSource: runOptions.scenarios,
      scenarioCount: scan.count,
      workTotal: scan.count * ids.length,
      workDone: 0,
      progress: {},
      summary: null,
      error: null,
      options: runOptions,
      owner: thisProcess(),
      heartbeatAt: null,
      signatureVersion: SIGNATURE_VERSION,
      supplierDeadline: deadline,
      deadlineSet: deadline === null ? null : { by: options.startedBy ?? 'unknown', at: this.clock.nowIso() },
    };
    try {
      await this.recorder.createRun({
        ...run,
        options: runOptions,
        owner: run.owner!,
        signatureVersion: SIGNATURE_VERSION,
        supplierDeadline: deadline,
        deadlineSet: run.deadlineSet,
        policySource,
        scenarioCount: scan.count,
        vendors: suppliers.suppliers.map((s) => ({
          vendorId: s.id,
          name: s.name,
          version: s.version,
          manifestHash: s.manifestHash,
          transport: s.transport,
        })),
      });
      await this.audit?.started({ runId: run.id, options: runOptions, suppliers: suppliers.suppliers });
    } catch (err) {
      await suppliers.stop();
      throw err;
    }
    const notes = supplierNotes(suppliers);
    return this.execute(
      {
        run,
        options: runOptions,
        scan,
        suppliers,
        policy,
        workers: options.workers,
        reportsDir: options.reportsDir,
        reportLocale: options.reportLocale,
        notes,
      },
      progress,
    );
  }

  /**
   * Finishes a run that was interrupted (or failed): the chunks already stored are kept, the
   * others are evaluated as the run would have, with the same options and the same suppliers.
   * The result is the same findings an uninterrupted run gives: none lost, none twice.
   */
  async resume(
    runId: string,
    o: { workers?: number; reportsDir?: string; reportLocale?: ReportLocale } = {},
    progress?: ProgressListener,
  ): Promise<EvaluatedRun> {
    await this.sweepInterrupted();
    const run = await this.recorder.getRun(runId);
    if (!run) throw saidError('NOT_FOUND', 'error.run.notFound', { id: runId });
    if (run.status === 'finished') throw saidError('CONFLICT', 'error.run.finished', { id: runId });
    if (run.status === 'running')
      throw saidError('CONFLICT', 'error.run.running', {
        id: runId,
        pid: run.owner?.pid ?? '?',
        host: run.owner?.host ?? '?',
      });
    if (!run.options || run.signatureVersion === null) throw saidError('CONFLICT', 'error.run.older', { id: runId });
    // A run keeps the grouping it was started with; it is never regrouped (docs/defects.md, section 3).
    if (run.signatureVersion !== SIGNATURE_VERSION)
      throw saidError('CONFLICT', 'error.run.signature', {
        id: runId,
        then: run.signatureVersion,
        now: SIGNATURE_VERSION,
      });
    const policy = parseTolerancePolicyOrThrow(run.tolerancePolicy);
    const scan = await this.scan(run.options.scenarios, progress);
    if (scan.count !== run.scenarioCount)
      throw saidError('CONFLICT', 'error.run.catalogueCount', {
        id: runId,
        source: run.options.scenarios,
        count: scan.count,
        started: String(run.scenarioCount),
      });
    const suppliers = await this.supplierSource.open({
      vendors: run.options.vendors,
      vendorsRoot: run.options.vendorsRoot,
    });
    try {
      await this.checkSameSuppliers(run, suppliers);
      await this.recorder.claim(runId, thisProcess(), this.clock.nowIso());
      await this.audit?.resumed({ runId, options: run.options, suppliers: suppliers.suppliers });
    } catch (err) {
      await suppliers.stop();
      throw err;
    }
    const notes = supplierNotes(suppliers);
    return this.execute(
      {
        run,
        options: run.options,
        scan,
        suppliers,
        policy,
        workers: o.workers,
        reportsDir: o.reportsDir,
        reportLocale: o.reportLocale,
        notes,
      },
      progress,
    );
  }

  /** Marks every run whose process is gone as interrupted (at start-up of evaluate and serve). */
  async sweepInterrupted(): Promise<string[]> {
    const now = Date.now();
    const swept: string[] = [];
    for (const run of await this.recorder.runningRuns()) {
      const why = whyInterrupted(run, now, this.mine);
      if (why === undefined) continue;
      await this.recorder.interrupt(run.id, this.clock.nowIso(), why);
      swept.push(run.id);
    }
    return swept;
  }

  /** Marks this process's runs interrupted (Ctrl-C, SIGTERM): they can be resumed. */
  async interruptMine(reason: string): Promise<void> {
    for (const id of this.mine) await this.recorder.interrupt(id, this.clock.nowIso(), reason).catch(() => undefined);
  }

  private async execute(x: Execution, progress?: ProgressListener): Promise<EvaluatedRun> {
    const runId = x.run.id;
    this.mine.add(runId);
    const timer = new StageTimer();
    let report: WrittenReport | undefined;
    // With a queue, the workers evaluate: this process only cuts chunks, queues them and gathers.
    const pool = this.taskPools.create(this.queue ? 0 : x.workers);
    const beat = setInterval(
      () => void this.recorder.heartbeat(runId, this.clock.nowIso()).catch(() => undefined),
      HEARTBEAT_MS,
    );
    beat.unref();
    try {
      const doneRows = await this.recorder.doneChunks(runId);
      const done = new Map<number, Map<string, string>>();
      const vendorDone = new Map<string, number>();
      for (const d of doneRows) {
        done.set(d.chunk, (done.get(d.chunk) ?? new Map<string, string>()).set(d.vendorId, d.digest));
        vendorDone.set(d.vendorId, (vendorDone.get(d.vendorId) ?? 0) + d.scenarios);
      }
      const ids = x.suppliers.suppliers.map((s) => s.id);
      const wait = new SupplierWait({
        deadline: x.run.supplierDeadline,
        now: this.clock.nowIso(),
        pays: this.awaitedPays,
      });
      progress?.({
        type: 'started',
        runId,
        total: x.scan.count * ids.length,
        vendors: ids.map((id) => ({ id, total: x.scan.count, done: vendorDone.get(id) ?? 0 })),
      });
      await runPipeline({
        runId,
        stream: new ScenarioStream(this.catalog, x.options.scenarios),
        skipped: x.scan.skipped,
        chunkSize: x.options.chunkSize,
        inFlight: this.queue ? this.queue.depth : chunksInFlight(pool.threads),
        queue: this.queue,
        policyJson: policyToJson(x.policy),
        sample: sampler(x.options.sameAnswerRate),
        pool,
        suppliers: wait.pool(x.suppliers),
        recorder: wait.recorder(this.recorder),
        timer,
        now: () => this.clock.nowIso(),
        done,
        vendorDone,
        scenarioCount: x.scan.count,
        rulesEditions: new Set(x.run.rulesEditions),
        refused: { count: 0 },
        progress,
      });
      await this.refuseAllRefused(runId, x.options.scenarios, x.scan.count);
      // Answers still missing before the deadline: the run waits (resume it after the next import).
      await this.recorder.awaitSuppliers(runId, wait.missing);
      if (wait.missing.length > 0) {
        const view = await this.get(runId);
        if (x.reportsDir !== undefined)
          report = await new ReportWriter().write(view, this, x.reportsDir, x.reportLocale);
        return { ...view, ...(report && { report }) };
      }
      const summariser = new RunSummariser(x.suppliers.suppliers);
      const defects = new DefectMerger();
      for await (const p of this.recorder.parts(runId)) {
        summariser.add(p.vendorId, p.parts);
        defects.add(p.vendorId, p.parts);
      }
      await this.recorder.saveDefects(runId, await defects.records(this.recorder, runId));
      const scored = summariser.summary({
        notes: x.notes,
        loadErrors:
          x.scan.errorCount > x.scan.errors.length
            ? [...x.scan.errors, `… and ${x.scan.errorCount - x.scan.errors.length} more problem(s)`]
            : x.scan.errors,
        sameAnswerRate: x.options.sameAnswerRate,
        refused: (await this.recorder.refusedScenarios(runId, 0)).total,
        workers: this.queue ? this.queue.workers(runId) : pool.threads,
        timings: { ...timer.timings(), supplierBusy: x.suppliers.busyMs() },
      });
      const summary = this.audit ? await this.audit.amend(runId, scored) : scored;
      await this.recorder.saveSummary(runId, summary);
      const finishedAt = this.clock.nowIso();
      if (x.reportsDir !== undefined) {
        progress?.({ type: 'reporting', runId });
        // The reports show the run as it will be once they are written: finished.
        const view = { ...(await this.get(runId)), status: 'finished' as const, finishedAt, partial: false };
        report = await new ReportWriter().write(view, this, x.reportsDir, x.reportLocale);
      }
      await this.audit?.finishing(runId, finishedAt);
      await this.recorder.finish(runId, finishedAt, summary);
      progress?.({ type: 'finished', runId });
      return { ...(await this.get(runId)), ...(report && { report }) };
    } catch (err) {
      await this.recorder.fail(runId, this.clock.nowIso(), (err as Error).message).catch(() => undefined);
      throw err;
    } finally {
      clearInterval(beat);
      this.mine.delete(runId);
      await pool.close();
      await x.suppliers.stop();
    }
  }

  private async scan(source: string, progress?: ProgressListener): Promise<CatalogueScan> {
    const scan = await new ScenarioStream(this.catalog, source).scan((files, scenarios) =>
      progress?.({ type: 'reading', files, scenarios }),
    );
    // Nothing but column names (or an empty list): said as `scenarios validate` says it (issue 20).
    if (scan.count === 0 && scan.errorCount === 0) throw noScenario(source, [source]);
    if (scan.count === 0)
      throw saidError('INVALID_INPUT', 'error.run.noValidScenario', { source, errors: scan.errorCount });
    return scan;
  }

  /**
   * Nothing to compare when the reference refused every scenario: no supplier was asked, so
   * none can be scored (not 0.00 on 0/0, issue 20). The run is stored as failed with this
   * message, its refused scenarios pinned with their reasons.
   */
  private async refuseAllRefused(runId: string, source: string, count: number): Promise<void> {
    const refused = await this.recorder.refusedScenarios(runId, 5);
    if (refused.total < count) return;
    // Each refusal in the reader's language too (refusal-text.ts): a stored refusal is read back by its template.
    const some = (lang: Lang) =>
      refused.items
        .map((s) => `${s.scenarioId} (${s.refused?.code ?? '?'}: ${s.refused ? refusalIn(lang, s.refused) : ''})`)
        .join('; ');
    const n = refused.total - refused.items.length;
    const more = (lang: Lang) => (n > 0 ? say(lang, 'error.run.andMore', { n }) : '');
    throw saidError('INVALID_INPUT', 'error.run.allRefused', {
      source,
      total: refused.total,
      some: { en: some('en'), fr: some('fr') },
      more: { en: more('en'), fr: more('fr') },
    });
  }

  private async checkSameSuppliers(run: RunRecord, suppliers: SupplierPool): Promise<void> {
    const pinned = new Map((await this.recorder.vendors(run.id)).map((v) => [v.vendorId, v.manifestHash]));
    for (const s of suppliers.suppliers)
      if (pinned.get(s.id) !== s.manifestHash)
        throw saidError('CONFLICT', 'error.run.manifestChanged', {
          id: run.id,
          vendor: s.id,
          then: pinned.get(s.id)?.slice(0, 12) ?? 'none',
          now: s.manifestHash.slice(0, 12),
        });
  }

  /** "20261123-083015-1a2b3c": sortable by time, unique without coordination. */
  private newRunId(): string {
    const stamp = this.clock.nowIso().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    return `${stamp}-${randomBytes(3).toString('hex')}`;
  }
}

/** What the run says about its suppliers before any answer: who was left out, who could not start. */
function supplierNotes(pool: SupplierPool): string[] {
  return [
    ...pool.leftOut.map((l) => `${l.id}: not in this run: ${l.reason}`),
    ...pool.suppliers.flatMap((s) =>
      s.startFailure !== undefined ? [`${s.id}: could not start: ${s.startFailure}`] : [],
    ),
  ];
}
