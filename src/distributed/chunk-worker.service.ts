import { Inject, Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import * as os from 'node:os';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../common/config';
import { describeDatabase } from '../common/database-target';
import { policyToJson } from '../domain/checks/canonical-policy';
import { SIGNATURE_VERSION } from '../domain/checks/defects';
import { parseTolerancePolicyOrThrow } from '../domain/checks/parse-tolerance-policy';
import { PayproofError } from '../domain/errors';
import { harnessVersion } from '../evaluation/harness-version';
import { evaluateChunk } from '../evaluation/pipeline/run-pipeline';
import type { TaskPool } from '../evaluation/pipeline/task-pool';
import { sampler } from '../evaluation/plan';
import type { ChunkOutcome } from '../evaluation/ports/chunk-queue.port';
import { RunRecorder } from '../evaluation/ports/run-recorder.port';
import { StageTimer } from '../evaluation/stage-timer';
import type { RequestGate } from '../evaluation/supplier-pool';
import { SupplierSource } from '../evaluation/supplier-source';
import { fromJobData, type ChunkJobData } from './chunk-job';
import { RunContexts, type RunContext } from './run-contexts';

/** How one worker process evaluates the chunks it takes. */
export interface ChunkWorkerOptions {
  pool: TaskPool;
  gate: RequestGate;
  /** The suppliers' folder on this machine; default: the run's own, else the bundled vendors/. */
  vendorsDir?: string;
}

/**
 * A queue worker's work on one chunk, exactly as `evaluate` does it on one machine
 * (evaluateChunk): reference and checks on this worker's threads, requests to the suppliers
 * (their limit held across workers by the gate), the chunk written to the shared store in one
 * idempotent transaction. Before its first chunk of a run it checks it can do the run as it
 * was pinned: the run is in this worker's store, the same payproof release (and defect
 * signature version), and every
 * supplier's vendor.json the same bytes; otherwise the chunk fails for good, saying why.
 */
@Injectable()
export class ChunkWorkerService {
  readonly name = `${os.hostname()}/${process.pid}`;
  private contexts?: RunContexts;
  private options?: ChunkWorkerOptions;

  constructor(
    private readonly recorder: RunRecorder,
    private readonly supplierSource: SupplierSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  configure(options: ChunkWorkerOptions): void {
    this.options = options;
    this.contexts = new RunContexts((runId) => this.openRun(runId));
  }

  async evaluate(data: ChunkJobData): Promise<ChunkOutcome> {
    const { options, contexts } = this.ready();
    const started = performance.now();
    const run = await this.recorder.getRun(data.runId);
    if (!run) throw this.notHere(data.runId);
    const timer = new StageTimer();
    let refused = 0;
    // A run already finished (its reports written) is never changed: a late copy of a chunk is dropped.
    if (run.status !== 'finished') {
      const chunk = unrecoverable(() => fromJobData(data));
      refused = await contexts.use(data.runId, (ctx) =>
        evaluateChunk(
          {
            runId: data.runId,
            policyJson: ctx.policyJson,
            sample: ctx.sample,
            pool: options.pool,
            suppliers: ctx.suppliers,
            recorder: this.recorder,
            timer,
            now: () => this.clock.nowIso(),
            rulesEditions: new Set(),
          },
          chunk,
          data.vendorIds,
        ),
      );
    }
    const { supplier, reference, checks, storage } = timer.timings();
    return {
      refused,
      stages: { supplier, reference, checks, storage },
      workedMs: Math.round(performance.now() - started),
      worker: this.name,
    };
  }

  async close(): Promise<void> {
    await this.contexts?.closeAll();
  }

  private ready(): { options: ChunkWorkerOptions; contexts: RunContexts } {
    if (!this.options || !this.contexts) throw new Error('ChunkWorkerService.configure() first');
    return { options: this.options, contexts: this.contexts };
  }

  private async openRun(runId: string): Promise<RunContext> {
    const { options } = this.ready();
    const run = await this.recorder.getRun(runId);
    if (!run?.options) throw this.notHere(runId);
    const here = harnessVersion();
    if (run.harnessVersion !== here)
      throw new UnrecoverableError(
        `run ${runId} was started by ${run.harnessVersion}; this worker (${this.name}) is ${here}: workers run the same payproof release as the run`,
      );
    // Defects are grouped by their signature version: a chunk tallied under another would split or merge them.
    if (run.signatureVersion !== SIGNATURE_VERSION)
      throw new UnrecoverableError(
        `run ${runId} groups its defects with signature version ${run.signatureVersion ?? 'none'}; this worker (${this.name}) groups with version ${SIGNATURE_VERSION}: workers run the same payproof release as the run`,
      );
    const policy = unrecoverable(() => parseTolerancePolicyOrThrow(run.tolerancePolicy));
    const suppliers = await this.supplierSource
      .open({
        vendors: run.options.vendors,
        vendorsRoot: options.vendorsDir ?? run.options.vendorsRoot,
        gate: options.gate,
      })
      .catch((err: unknown) => {
        throw new UnrecoverableError(`worker ${this.name}: the run's suppliers: ${(err as Error).message}`);
      });
    const pinned = new Map((await this.recorder.vendors(runId)).map((v) => [v.vendorId, v.manifestHash]));
    const changed = suppliers.suppliers.find((s) => pinned.get(s.id) !== s.manifestHash);
    if (changed) {
      await suppliers.stop();
      throw new UnrecoverableError(
        `worker ${this.name}: supplier ${changed.id}'s vendor.json is not the one run ${runId} pinned (sha256 ${pinned.get(changed.id)?.slice(0, 12) ?? 'none'}…, here ${changed.manifestHash.slice(0, 12)}…): give workers the same vendors folder`,
      );
    }
    return { policyJson: policyToJson(policy), sample: sampler(run.options.sameAnswerRate), suppliers };
  }

  private notHere(runId: string): UnrecoverableError {
    return new UnrecoverableError(
      `run ${runId} is not in this worker's store (${describeDatabase(this.config.databaseFile)}): give workers the same PAYPROOF_DB as the run`,
    );
  }
}

/** Bad input in a job (a scenario read differently here, a policy that does not parse) will not get better by retrying. */
function unrecoverable<T>(work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (err instanceof PayproofError) throw new UnrecoverableError(err.message);
    throw err;
  }
}
