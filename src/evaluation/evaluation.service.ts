import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { Clock } from '../common/clock';
import { BUNDLED_SCENARIOS } from '../common/paths';
import { canonicalPolicyJson, policyToJson } from '../domain/checks/canonical-policy';
import { rankSuppliers } from '../domain/checks/rank-suppliers';
import { scoreSupplier } from '../domain/checks/score-supplier';
import type { Scorecard, ScenarioResult } from '../domain/checks/score.types';
import { SCORING } from '../domain/checks/scoring-weights';
import { DEFAULT_POLICY, type TolerancePolicy } from '../domain/checks/tolerance-policy';
import { invalidInput, PayproofError } from '../domain/errors';
import { editionFor } from '../domain/rules/t4127';
import { scenarioToJson, statementToJson } from '../domain/scenario';
import { EvaluationRunEntity, RunScenarioEntity, RunVendorEntity } from '../persistence/entities';
import { RunRepository } from '../persistence/run.repository';
import { formatLoadError } from '../scenarios/load-error';
import { LoadedScenario, ScenarioCatalog } from '../scenarios/scenario-catalog.service';
import type { ProtocolVendorAdapter, VendorOutcome } from '../vendors/vendor-adapter';
import type { VendorRegistry } from '../vendors/vendor-registry';
import type {
  EvaluateOptions,
  FindingFilterOptions,
  FindingView,
  ProgressListener,
  RunSummary,
  RunView,
  ScorecardJson,
} from './evaluation.types';
import { harnessVersion } from './harness-version';
import { judgeScenario } from './judge-scenario';
import { ReferenceCalculator } from './reference-calculator';
import { runView, type StoredReference } from './run-view';
import { StageTimer } from './stage-timer';
import { findingRows, findingView, resultRow } from './to-rows';
import { VendorSource } from './vendor-source';
import type { ReferenceResult } from '../domain/reference/engine/engine.types';

/** A scenario the reference could pay, ready to send to the suppliers. */
interface Evaluable {
  loaded: LoadedScenario;
  reference: ReferenceResult;
}

/** A supplier ready to be called, or the reason it could not start (every scenario then fails). */
interface PreparedVendor {
  adapter: ProtocolVendorAdapter;
  version: string | null;
  batchSize: number;
  startFailure?: string;
}

interface RunContext {
  runId: string;
  policy: TolerancePolicy;
  evaluable: Evaluable[];
  timer: StageTimer;
  total: number;
  done: number;
  notes: string[];
  progress?: ProgressListener;
}

/** Scenarios per request: the supplier's own maximum, kept small enough for the progress bar to move. */
const MAX_BATCH = 50;

/**
 * The one evaluation service behind `payproof evaluate` and the HTTP API. An evaluation run is
 * scenario set × supplier set × rules edition × tolerance policy: every scenario goes through
 * the reference and through every supplier (in batches, suppliers side by side), is judged
 * (judge-scenario.ts), and everything is stored with the pins that make it reproducible.
 * A supplier's failure never stops the others; a scenario the reference refuses is recorded
 * as refused and sent to no supplier (it is not a supplier's fault).
 */
@Injectable()
export class EvaluationService {
  /** SQLite has one writer: saves are queued one after another. */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly catalog: ScenarioCatalog,
    private readonly vendorSource: VendorSource,
    private readonly reference: ReferenceCalculator,
    private readonly runs: RunRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Runs an evaluation to the end and returns it as stored. Throws only for bad input or
   * configuration (before anything is stored). The 'started' progress event carries the run
   * id as soon as the run is stored, so a door that must answer at once (HTTP 202) can hand
   * it out and leave this promise running; get(runId) shows workDone/workTotal meanwhile.
   */
  async start(options: EvaluateOptions = {}, progress?: ProgressListener): Promise<RunView> {
    const policy = options.policy ?? DEFAULT_POLICY;
    const source = options.scenarios ?? BUNDLED_SCENARIOS;
    const load = await this.catalog.load(source);
    if (load.scenarios.length === 0)
      throw invalidInput(
        `${source}: no valid scenario to evaluate (${load.errors.length} problem(s); run \`payproof scenarios validate ${source}\`)`,
      );
    const registry = this.vendorSource.load(options.vendorsRoot);
    const adapters = registry.select(options.vendors);
    if (adapters.length === 0)
      throw new PayproofError('CONFIG', 'no supplier to evaluate: the vendors folder holds no vendor.json');
    const timer = new StageTimer();
    const runId = this.newRunId();
    try {
      const { evaluable, refused } = this.runReferences(load.scenarios, timer);
      const vendors = await this.prepareVendors(registry, adapters);
      const ctx: RunContext = {
        runId,
        policy,
        evaluable,
        timer,
        total: evaluable.length * vendors.length,
        done: 0,
        notes: [],
        progress,
      };
      await this.createRun({ ctx, source, scenarios: load.scenarios, refused, vendors });
      progress?.({ type: 'started', runId, total: ctx.total });
      const results = await Promise.all(vendors.map((v) => this.evaluateVendor(ctx, v)));
      const summary = this.summarise(ctx, vendors, results, load.errors.map(formatLoadError));
      await this.runs.finishRun(runId, this.clock.nowIso(), summary);
      progress?.({ type: 'finished', runId });
      return this.get(runId);
    } catch (err) {
      await this.runs.failRun(runId, this.clock.nowIso(), (err as Error).message).catch(() => undefined);
      throw err;
    } finally {
      await registry.stop();
    }
  }

  async get(runId: string): Promise<RunView> {
    const run = await this.runs.getRun(runId);
    if (!run) throw new PayproofError('NOT_FOUND', `no evaluation run "${runId}"`);
    return runView(run, await this.runs.scenarios(runId), await this.runs.vendors(runId));
  }

  /** Every run, newest first, without its scenario and supplier pins. */
  async list(): Promise<Omit<RunView, 'pins'>[]> {
    const runs = await this.runs.listRuns();
    return runs.map((r) => {
      const { pins: _pins, ...rest } = runView(r, [], []);
      return rest;
    });
  }

  /** A run's findings in a stable order (supplier, scenario, then as the checks found them). */
  async findings(runId: string, filter: FindingFilterOptions = {}): Promise<FindingView[]> {
    await this.get(runId);
    return (await this.runs.findings(runId, filter)).map(findingView);
  }

  /** The reference's statements (with traces) and the supplier's, for one scenario of a run. */
  async statements(
    runId: string,
    scenarioId: string,
  ): Promise<{ reference: StoredReference | null; suppliers: Record<string, unknown> }> {
    const scenario = (await this.runs.scenarios(runId)).find((s) => s.scenarioId === scenarioId);
    if (!scenario) throw new PayproofError('NOT_FOUND', `run "${runId}" has no scenario "${scenarioId}"`);
    const results = (await this.runs.results(runId)).filter((r) => r.scenarioId === scenarioId);
    return {
      reference: scenario.referenceJson as StoredReference,
      suppliers: Object.fromEntries(
        results.map((r) => [r.vendorId, r.statementsJson ?? { failed: r.failureKind, message: r.failureMessage }]),
      ),
    };
  }

  /** "20261123-083015-1a2b3c": sortable by time, unique without coordination. */
  private newRunId(): string {
    const stamp = this.clock.nowIso().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    return `${stamp}-${randomBytes(3).toString('hex')}`;
  }

  private runReferences(
    scenarios: LoadedScenario[],
    timer: StageTimer,
  ): { evaluable: Evaluable[]; refused: Map<string, { code: string; message: string }> } {
    const evaluable: Evaluable[] = [];
    const refused = new Map<string, { code: string; message: string }>();
    for (const loaded of scenarios) {
      try {
        evaluable.push({ loaded, reference: timer.time('reference', () => this.reference.run(loaded.scenario)) });
      } catch (err) {
        if (!(err instanceof PayproofError)) throw err;
        refused.set(loaded.scenario.id, { code: err.code, message: err.message });
      }
    }
    return { evaluable, refused };
  }

  /** Starts every chosen supplier side by side and asks who it is; one that cannot start fails its scenarios only. */
  private async prepareVendors(registry: VendorRegistry, adapters: ProtocolVendorAdapter[]): Promise<PreparedVendor[]> {
    const startFailures = new Map((await registry.start(adapters)).map((f) => [f.id, f.error.message]));
    return Promise.all(
      adapters.map(async (adapter): Promise<PreparedVendor> => {
        const version = adapter.manifest.version ?? null;
        const startFailure = startFailures.get(adapter.id);
        if (startFailure !== undefined) return { adapter, version, batchSize: MAX_BATCH, startFailure };
        const described = await adapter.describe();
        if (!described.ok) return { adapter, version, batchSize: MAX_BATCH };
        const { supplier, capabilities } = described.description;
        return {
          adapter,
          version: supplier.version ?? version,
          batchSize: Math.min(MAX_BATCH, capabilities.maxEmployeesPerRequest),
        };
      }),
    );
  }

  private async createRun(i: {
    ctx: RunContext;
    source: string;
    scenarios: LoadedScenario[];
    refused: Map<string, { code: string; message: string }>;
    vendors: PreparedVendor[];
  }): Promise<void> {
    const references = new Map(i.ctx.evaluable.map((e) => [e.loaded.scenario.id, e.reference]));
    const run = Object.assign(new EvaluationRunEntity(), {
      id: i.ctx.runId,
      status: 'running',
      startedAt: this.clock.nowIso(),
      finishedAt: null,
      harnessVersion: harnessVersion(),
      rulesEditions: rulesEditions(i.ctx.evaluable),
      tolerancePolicy: policyToJson(i.ctx.policy),
      policyHash: createHash('sha256').update(canonicalPolicyJson(i.ctx.policy)).digest('hex'),
      scenarioSource: i.source,
      workTotal: i.ctx.total,
      workDone: 0,
      summary: null,
      error: null,
    });
    const scenarios = i.scenarios.map(({ scenario, file, hash }) =>
      Object.assign(new RunScenarioEntity(), {
        runId: i.ctx.runId,
        scenarioId: scenario.id,
        hash,
        file,
        title: scenario.title,
        family: scenario.family ?? null,
        scenarioJson: scenarioToJson(scenario),
        referenceJson: storedReference(references.get(scenario.id), i.refused.get(scenario.id)),
      }),
    );
    const vendors = i.vendors.map((v) =>
      Object.assign(new RunVendorEntity(), {
        runId: i.ctx.runId,
        vendorId: v.adapter.id,
        name: v.adapter.manifest.name,
        version: v.version,
        manifestHash: v.adapter.manifestHash,
        transport: v.adapter.manifest.transport.kind,
      }),
    );
    await this.queueWrite(() => i.ctx.timer.timeAsync('storage', () => this.runs.createRun(run, scenarios, vendors)));
  }

  /** One supplier through every evaluable scenario, batch by batch; never throws for the supplier's fault. */
  private async evaluateVendor(ctx: RunContext, v: PreparedVendor): Promise<ScenarioResult[]> {
    if (v.startFailure !== undefined) ctx.notes.push(`${v.adapter.id}: could not start: ${v.startFailure}`);
    const results: ScenarioResult[] = [];
    for (let i = 0; i < ctx.evaluable.length; i += v.batchSize) {
      const batch = ctx.evaluable.slice(i, i + v.batchSize);
      const [first, second] = await this.callTwice(ctx, v, batch);
      const judged = ctx.timer.time('checks', () =>
        batch.map((e) =>
          judgeScenario({
            scenario: e.loaded.scenario,
            reference: e.reference,
            first: first.get(e.loaded.scenario.id)!,
            second: second?.get(e.loaded.scenario.id),
            policy: ctx.policy,
          }),
        ),
      );
      results.push(...judged.map((j) => j.result));
      await this.saveBatch(
        ctx,
        v.adapter.id,
        batch,
        first,
        judged.map((j) => j.result),
      );
      ctx.progress?.({
        type: 'advanced',
        runId: ctx.runId,
        done: ctx.done,
        total: ctx.total,
        vendorId: v.adapter.id,
        scenarios: batch.length,
      });
    }
    return results;
  }

  /** The batch sent twice: the second answer must equal the first (invariant same-answer-twice). */
  private async callTwice(
    ctx: RunContext,
    v: PreparedVendor,
    batch: Evaluable[],
  ): Promise<[Map<string, VendorOutcome>, Map<string, VendorOutcome>?]> {
    const scenarios = batch.map((e) => e.loaded.scenario);
    if (v.startFailure !== undefined) {
      const failed: VendorOutcome = {
        ok: false,
        failure: { kind: 'crash', message: `could not start: ${v.startFailure}` },
        elapsedMs: 0,
      };
      return [new Map(scenarios.map((s) => [s.id, failed]))];
    }
    const first = await ctx.timer.timeAsync('supplier', () => v.adapter.payRun(scenarios));
    const second = await ctx.timer.timeAsync('supplier', () => v.adapter.payRun(scenarios));
    return [first, second];
  }

  private async saveBatch(
    ctx: RunContext,
    vendorId: string,
    batch: Evaluable[],
    outcomes: Map<string, VendorOutcome>,
    results: ScenarioResult[],
  ): Promise<void> {
    const rows = batch.map((e, k) => {
      const c = { runId: ctx.runId, vendorId, family: e.loaded.scenario.family ?? null };
      return {
        result: resultRow(c, e.loaded.scenario.id, outcomes.get(e.loaded.scenario.id)!),
        findings: findingRows(c, results[k]),
      };
    });
    ctx.done += batch.length;
    const done = ctx.done;
    await this.queueWrite(() =>
      ctx.timer.timeAsync('storage', () =>
        this.runs.saveResults(
          ctx.runId,
          rows.map((r) => r.result),
          rows.flatMap((r) => r.findings),
          done,
        ),
      ),
    );
  }

  private queueWrite<T>(write: () => Promise<T>): Promise<T> {
    const next = this.writes.then(write, write);
    this.writes = next.catch(() => undefined);
    return next;
  }

  private summarise(
    ctx: RunContext,
    vendors: PreparedVendor[],
    results: ScenarioResult[][],
    loadErrors: string[],
  ): RunSummary {
    const cards: Record<string, Scorecard> = Object.fromEntries(
      vendors.map((v, i) => [v.adapter.id, scoreSupplier(results[i])]),
    );
    const names = new Map(vendors.map((v) => [v.adapter.id, v.adapter.manifest.name]));
    const scorecards = JSON.parse(JSON.stringify(cards)) as Record<string, ScorecardJson>;
    return {
      ranking: rankSuppliers(cards).map((r) => ({ ...r, name: names.get(r.vendorId) ?? r.vendorId })),
      scoring: SCORING,
      scorecards,
      loadErrors,
      notes: [...ctx.notes].sort(),
      payPeriods: ctx.evaluable.reduce((n, e) => n + e.reference.pays.length, 0) * vendors.length,
      timings: ctx.timer.timings(),
    };
  }
}

/** The T4127 editions behind every requested payday the reference paid, by id. */
function rulesEditions(evaluable: readonly Evaluable[]): string[] {
  const ids = new Set<string>();
  for (const e of evaluable) for (const p of e.reference.pays) ids.add(editionFor(p.statement.payday).id);
  return [...ids].sort();
}

function storedReference(
  reference: ReferenceResult | undefined,
  refused?: { code: string; message: string },
): StoredReference {
  if (refused || !reference) return { refused: refused ?? { code: 'UNSUPPORTED', message: 'not computed' } };
  return {
    pays: reference.pays.map((p) => ({ statement: statementToJson(p.statement), lineTraces: p.lineTraces ?? [] })),
    notes: reference.notes,
  };
}
