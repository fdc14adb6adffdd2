import { Clock } from '../../../src/common/clock';
import { PolicyService } from '../../../src/evaluation/policy.service';
import type { SettingRepository } from '../../../src/persistence/setting.repository';
import { runReference } from '../../../src/domain/reference/engine';
import { statementToJson, type Scenario, type StatementJson } from '../../../src/domain/scenario';
import { InlineTaskPool, TaskPools, type TaskPool } from '../../../src/evaluation/pipeline/task-pool';
import type { OutcomeJson } from '../../../src/evaluation/pipeline/tasks.types';
import { RunRecorder, type StoredFinding } from '../../../src/evaluation/ports/run-recorder.port';
import type {
  AnswerRecord,
  ChunkParts,
  ChunkRecord,
  DefectFilter,
  DefectRecord,
  DeadlineSet,
  DoneChunk,
  FindingFilter,
  HarmedRecord,
  MissingCounts,
  MissingRecord,
  NewRunRecord,
  RunOwner,
  RunRecord,
  ScenarioPinPage,
  ScenarioRecord,
  VendorPinRecord,
} from '../../../src/evaluation/ports/run-records';
import {
  SupplierPool,
  type PooledSupplier,
  type Sampler,
  type SupplierAnswers,
} from '../../../src/evaluation/supplier-pool';
import { SupplierSource } from '../../../src/evaluation/supplier-source';

/** The run recorder in memory, with the SQLite store's semantics (idempotent chunks, stable order). */
export class MemoryRecorder extends RunRecorder {
  readonly runs = new Map<string, RunRecord>();
  readonly vendorPins = new Map<string, VendorPinRecord[]>();
  readonly chunks = new Map<string, Map<string, { record: ChunkRecord; vendor: ChunkRecord['vendors'][number] }>>();
  readonly scenarios = new Map<string, Map<string, ScenarioRecord>>();
  /** Throws on the write of this chunk index (a crash half-way), once. */
  failOnChunk?: number;

  readonly missingRows = new Map<string, MissingRecord[]>();

  async createRun(r: NewRunRecord): Promise<void> {
    const { vendors, ...rest } = r;
    this.runs.set(r.id, {
      ...rest,
      supplierDeadline: r.supplierDeadline ?? null,
      deadlineSet: r.deadlineSet ?? null,
      status: 'running',
      finishedAt: null,
      rulesEditions: [],
      workDone: 0,
      progress: {},
      summary: null,
      error: null,
      heartbeatAt: r.startedAt,
    });
    this.vendorPins.set(r.id, vendors);
    this.chunks.set(r.id, new Map());
    this.scenarios.set(r.id, new Map());
  }

  async writeChunk(c: ChunkRecord): Promise<void> {
    if (this.failOnChunk === c.chunk) {
      this.failOnChunk = undefined;
      throw new Error(`disk full writing chunk ${c.chunk}`);
    }
    for (const s of c.scenarios) this.scenarios.get(c.runId)!.set(s.scenarioId, { ...s, chunk: c.chunk });
    for (const v of c.vendors) this.chunks.get(c.runId)!.set(`${c.chunk} ${v.vendorId}`, { record: c, vendor: v });
    const run = this.runs.get(c.runId)!;
    const progress: Record<string, number> = {};
    for (const { record, vendor } of this.chunks.get(c.runId)!.values())
      progress[vendor.vendorId] = (progress[vendor.vendorId] ?? 0) + record.scenarios.length;
    Object.assign(run, {
      progress,
      workDone: Object.values(progress).reduce((a, b) => a + b, 0),
      rulesEditions: c.rulesEditions,
    });
  }

  async doneChunks(runId: string): Promise<DoneChunk[]> {
    return [...this.chunks.get(runId)!.values()].map(({ record, vendor }) => ({
      vendorId: vendor.vendorId,
      chunk: record.chunk,
      digest: record.digest,
      scenarios: record.scenarios.length,
    }));
  }

  async *parts(runId: string): AsyncIterable<{ vendorId: string; parts: ChunkParts }> {
    const all = [...this.chunks.get(runId)!.values()].sort((a, b) => a.record.chunk - b.record.chunk);
    for (const { vendor } of all) yield { vendorId: vendor.vendorId, parts: vendor.parts };
  }

  async claim(runId: string, owner: RunOwner, at: string): Promise<void> {
    Object.assign(this.runs.get(runId)!, { status: 'running', owner, heartbeatAt: at, error: null, finishedAt: null });
  }
  async heartbeat(runId: string, at: string): Promise<void> {
    this.runs.get(runId)!.heartbeatAt = at;
  }
  async finish(runId: string, at: string, summary: unknown): Promise<void> {
    Object.assign(this.runs.get(runId)!, { status: 'finished', finishedAt: at, summary });
  }
  async saveSummary(runId: string, summary: unknown): Promise<void> {
    this.runs.get(runId)!.summary = summary;
  }
  async fail(runId: string, at: string, error: string): Promise<void> {
    Object.assign(this.runs.get(runId)!, { status: 'failed', finishedAt: at, error });
  }
  async interrupt(runId: string, at: string, reason: string): Promise<void> {
    const run = this.runs.get(runId)!;
    if (run.status === 'running') Object.assign(run, { status: 'interrupted', finishedAt: at, error: reason });
  }
  async awaitSuppliers(runId: string, missing: readonly MissingRecord[]): Promise<void> {
    this.missingRows.set(runId, [...missing]);
    if (missing.length > 0) Object.assign(this.runs.get(runId)!, { status: 'awaiting-supplier', finishedAt: null });
  }
  async setDeadline(runId: string, deadline: string | null, set: DeadlineSet): Promise<void> {
    Object.assign(this.runs.get(runId)!, { supplierDeadline: deadline, deadlineSet: set });
  }
  async missing(
    runId: string,
    filter: { vendorId?: string },
    page: { offset: number; limit: number },
  ): Promise<{ total: number; items: MissingRecord[] }> {
    const all = (this.missingRows.get(runId) ?? [])
      .filter((m) => filter.vendorId === undefined || m.vendorId === filter.vendorId)
      .sort(
        (a, b) => a.vendorId.localeCompare(b.vendorId) || a.chunk - b.chunk || (a.scenarioId < b.scenarioId ? -1 : 1),
      );
    return { total: all.length, items: all.slice(page.offset, page.offset + page.limit) };
  }
  async missingCounts(runId: string): Promise<MissingCounts> {
    const counts: MissingCounts = {};
    for (const m of this.missingRows.get(runId) ?? []) {
      const c = (counts[m.vendorId] ??= { employees: 0, payRuns: 0 });
      c.employees += 1;
      c.payRuns += m.paydays.length;
    }
    return counts;
  }
  async getRun(runId: string): Promise<RunRecord | null> {
    const run = this.runs.get(runId);
    return run ? { ...run } : null;
  }
  async listRuns(): Promise<RunRecord[]> {
    return [...this.runs.values()];
  }
  async runningRuns(): Promise<RunRecord[]> {
    return [...this.runs.values()].filter((r) => r.status === 'running');
  }
  async vendors(runId: string): Promise<VendorPinRecord[]> {
    return this.vendorPins.get(runId) ?? [];
  }
  private pins(runId: string): ScenarioRecord[] {
    return [...(this.scenarios.get(runId)?.values() ?? [])].sort((a, b) => a.seq - b.seq);
  }
  async scenarioPins(
    runId: string,
    page: { offset: number; limit: number; family?: string },
  ): Promise<ScenarioPinPage> {
    const all = this.pins(runId).filter((s) => page.family === undefined || s.family === page.family);
    return { total: all.length, items: all.slice(page.offset, page.offset + page.limit) };
  }
  async refusedScenarios(runId: string, limit: number): Promise<ScenarioPinPage> {
    const all = this.pins(runId).filter((s) => s.refused);
    return { total: all.length, items: all.slice(0, limit) };
  }
  async scenario(runId: string, scenarioId: string): Promise<ScenarioRecord | null> {
    return this.scenarios.get(runId)?.get(scenarioId) ?? null;
  }
  async answers(runId: string, scenarioId: string): Promise<Array<AnswerRecord & { vendorId: string }>> {
    return [...this.chunks.get(runId)!.values()].flatMap(({ vendor }) =>
      vendor.answers.filter((a) => a.scenarioId === scenarioId).map((a) => ({ ...a, vendorId: vendor.vendorId })),
    );
  }
  private all(runId: string): StoredFinding[] {
    const rows = [...this.chunks.get(runId)!.values()].flatMap(({ vendor }) =>
      vendor.findings.map((f) => ({ ...f, vendorId: vendor.vendorId })),
    );
    const key = (f: StoredFinding) => `${f.vendorId}\u0000${f.scenarioId}\u0000${String(f.seq).padStart(6, '0')}`;
    return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
  async findings(
    runId: string,
    filter: FindingFilter,
    page: { offset: number; limit: number } = { offset: 0, limit: -1 },
  ): Promise<StoredFinding[]> {
    const all = this.all(runId).filter((f) =>
      Object.entries(filter).every(([k, v]) => v === undefined || f[k as keyof StoredFinding] === v),
    );
    return page.limit < 0 ? all.slice(page.offset) : all.slice(page.offset, page.offset + page.limit);
  }
  async countFindings(runId: string, filter: FindingFilter = {}): Promise<number> {
    return (await this.findings(runId, filter)).length;
  }
  async *eachFinding(runId: string): AsyncIterable<StoredFinding> {
    yield* this.all(runId);
  }
  async worstFindings(runId: string, limit: number): Promise<StoredFinding[]> {
    return this.all(runId)
      .filter((f) => f.kind !== 'stub')
      .slice(0, limit);
  }
  async mostHarmed(): Promise<HarmedRecord[]> {
    return [];
  }
  readonly stored = new Map<string, DefectRecord[]>();
  async saveDefects(runId: string, defects: readonly DefectRecord[]): Promise<void> {
    this.stored.set(runId, [...defects]);
  }
  async defects(runId: string, f: DefectFilter = {}): Promise<DefectRecord[]> {
    return (this.stored.get(runId) ?? []).filter(
      (d) =>
        (f.vendorId === undefined || d.vendorId === f.vendorId) &&
        (f.defectId === undefined || d.defectId === f.defectId) &&
        (f.family === undefined || d.families.includes(f.family)),
    );
  }
  async occurrences(
    runId: string,
    filter: { defectId: string; vendorId?: string },
    page: { offset: number; limit: number },
  ): Promise<{ total: number; items: StoredFinding[] }> {
    const all = this.all(runId).filter(
      (f) =>
        f.defectId === filter.defectId &&
        f.role === 'root' &&
        f.rootSeq === f.seq &&
        (filter.vendorId === undefined || f.vendorId === filter.vendorId),
    );
    return { total: all.length, items: all.slice(page.offset, page.offset + page.limit) };
  }
}

export class FixedClock extends Clock {
  override today(): string {
    return '2026-11-22';
  }
  override nowIso(): string {
    return '2026-11-22T10:00:00.000Z';
  }
}

/** The policy service over a settings store that holds nothing: runs use the default policy. */
export function noStoredPolicy(): PolicyService {
  const settings = { get: async () => null, put: async () => undefined } as unknown as SettingRepository;
  return new PolicyService(settings, new FixedClock());
}

/** Worker threads replaced by this thread, counting the tasks. */
export class CountingTaskPools extends TaskPools {
  created = 0;
  create(): TaskPool {
    this.created += 1;
    return new InlineTaskPool();
  }
}

/** How a fake supplier pays one scenario: its statements, or a failure. */
export type Payer = (scenario: Scenario) => StatementJson[] | { fail: string; kind?: string };

/** Pays exactly as the reference, optionally changed by `tweak`. */
export function referencePayer(tweak: (s: StatementJson[]) => StatementJson[] = (s) => s): Payer {
  return (scenario) => tweak(runReference(scenario).pays.map((p) => statementToJson(p.statement)));
}

/** A supplier pool without transports: answers from a function, counts the requests. */
export class FakeSupplierPool extends SupplierPool {
  readonly requests: string[][] = [];
  readonly repeats: string[][] = [];
  stopped = false;

  constructor(
    readonly suppliers: PooledSupplier[],
    private readonly payers: Record<string, Payer>,
  ) {
    super();
  }

  async answer(vendorId: string, scenarios: readonly Scenario[], sample: Sampler): Promise<SupplierAnswers> {
    const ids = scenarios.map((s) => s.id);
    this.requests.push(ids);
    const twice = sample(ids);
    if (twice) this.repeats.push(ids);
    const pay = (s: Scenario): OutcomeJson => {
      const paid = this.payers[vendorId](s);
      return 'fail' in paid
        ? { ok: false, failure: { kind: paid.kind ?? 'crash', message: paid.fail }, elapsedMs: 5 }
        : { ok: true, statements: paid, missingPaydays: [], elapsedMs: 5 };
    };
    return {
      first: scenarios.map(pay),
      second: scenarios.map((s) => (twice ? pay(s) : null)),
      requests: 1,
      repeated: twice ? 1 : 0,
    };
  }

  async stop(): Promise<void> {
    this.stopped = true;
  }
}

export function supplier(id: string): PooledSupplier {
  return {
    id,
    name: `Supplier ${id}`,
    version: '1',
    manifestHash: `hash-${id}`,
    transport: 'module',
    batchSize: 50,
    concurrency: 2,
  };
}

export class FakeSupplierSource extends SupplierSource {
  readonly opened: FakeSupplierPool[] = [];
  constructor(private readonly make: () => FakeSupplierPool) {
    super();
  }
  async check(): Promise<void> {}

  async open(): Promise<SupplierPool> {
    const pool = this.make();
    this.opened.push(pool);
    return pool;
  }
}
