import pLimit from 'p-limit';
import { statementToJson, type Scenario } from '../domain/scenario';
import type { ProtocolVendorAdapter, VendorOutcome } from '../vendors/vendor-adapter';
import type { VendorRegistry } from '../vendors/vendor-registry';
import type { OutcomeJson } from './pipeline/tasks.types';
import { startReaper, type Reaper } from './supplier-reaper';

/**
 * Requests in flight per supplier when its manifest does not say (`maxConcurrentRequests`,
 * docs/vendor-protocol.md section 1): two, so the supplier works on one request while the
 * harness sends the next and reads the last, without assuming a supplier can take more.
 */
export const DEFAULT_CONCURRENCY = 2;

/** A supplier as the run pins it and calls it. */
export interface PooledSupplier {
  id: string;
  name: string;
  version: string | null;
  manifestHash: string;
  transport: string;
  /** Employees per request: the supplier's declared maximum. */
  batchSize: number;
  concurrency: number;
  /** Why it could not start: every scenario then fails with this. */
  startFailure?: string;
  /** Its describe answer as read, and what its transport pins: for the run's audit pins (src/audit/pins). */
  description?: unknown;
  transportPins?: unknown;
}

/**
 * Holds a supplier's requests to its limit across processes (queue workers: a Redis semaphore,
 * src/distributed/supplier-gate.ts); in one process the pool's own limit is enough.
 */
export type RequestGate = <T>(
  supplier: { id: string; concurrency: number; transport: string },
  work: () => Promise<T>,
) => Promise<T>;
const UNGATED: RequestGate = (_supplier, work) => work();

/** Which requests go twice (same-answer-twice): decided from the request's employees alone. */
export type Sampler = (scenarioIds: readonly string[]) => boolean;

export interface SupplierAnswers {
  first: OutcomeJson[];
  /** The answer to the same request sent again, for sampled requests; null otherwise. */
  second: Array<OutcomeJson | null>;
  requests: number;
  repeated: number;
}

/** The suppliers of one run: started once, described once, batched once (here), called concurrently. */
export abstract class SupplierPool {
  abstract readonly suppliers: readonly PooledSupplier[];
  /** Suppliers a run that named none left out, with why (an exchange supplier with no import yet). */
  readonly leftOut: readonly { id: string; reason: string }[] = [];
  abstract answer(vendorId: string, scenarios: readonly Scenario[], sample: Sampler): Promise<SupplierAnswers>;
  abstract stop(): Promise<void>;
  /** Per supplier, the milliseconds during which at least one request was in flight (this process). */
  busyMs(): Record<string, number> {
    return {};
  }
}

/**
 * The time at least one request is in flight: an upper bound on the supplier's working time, not
 * a measure of it, since a request stays in flight until the harness reads the answer, and a
 * busy harness thread may leave it unread (bench/scale.bench.ts measures the supplier's share).
 */
class BusyClock {
  private inFlight = 0;
  private since = 0;
  total = 0;

  async around<T>(work: () => Promise<T>): Promise<T> {
    if (this.inFlight++ === 0) this.since = performance.now();
    try {
      return await work();
    } finally {
      if (--this.inFlight === 0) this.total += performance.now() - this.since;
    }
  }
}

export function outcomeJson(o: VendorOutcome): OutcomeJson {
  const extra = o.stderr !== undefined ? { stderr: o.stderr } : {};
  if (!o.ok)
    return {
      ok: false,
      failure: { kind: o.failure.kind, message: o.failure.message },
      elapsedMs: o.elapsedMs,
      ...extra,
    };
  return {
    ok: true,
    statements: o.statements.map(statementToJson),
    missingPaydays: o.missingPaydays,
    elapsedMs: o.elapsedMs,
    ...extra,
  };
}

/** The pool over real adapters from the vendor registry. */
export class AdapterSupplierPool extends SupplierPool {
  private constructor(
    private readonly registry: VendorRegistry,
    private readonly adapters: ReadonlyMap<string, ProtocolVendorAdapter>,
    readonly suppliers: readonly PooledSupplier[],
    private readonly limits: ReadonlyMap<string, ReturnType<typeof pLimit>>,
    private readonly reaper: Reaper,
    override readonly leftOut: readonly { id: string; reason: string }[],
    private readonly gate: RequestGate,
    private readonly busy = new Map(suppliers.map((s) => [s.id, new BusyClock()])),
  ) {
    super();
  }

  override busyMs(): Record<string, number> {
    return Object.fromEntries([...this.busy].map(([id, clock]) => [id, Math.round(clock.total)]));
  }

  /** Starts every chosen supplier side by side and asks who it is; one that cannot start fails its scenarios only. */
  static async open(
    registry: VendorRegistry,
    adapters: ProtocolVendorAdapter[],
    leftOut: readonly { id: string; reason: string }[] = [],
    gate: RequestGate = UNGATED,
  ): Promise<AdapterSupplierPool> {
    // Before any supplier process starts: none may outlive the harness (supplier-reaper.ts).
    const reaper = startReaper();
    const startFailures = new Map((await registry.start(adapters)).map((f) => [f.id, f.error.message]));
    const suppliers = await Promise.all(
      adapters.map(async (adapter): Promise<PooledSupplier> => {
        const base = {
          id: adapter.id,
          name: adapter.manifest.name,
          version: adapter.manifest.version ?? null,
          manifestHash: adapter.manifestHash,
          transport: adapter.manifest.transport.kind,
          batchSize: 1,
          concurrency: adapter.manifest.maxConcurrentRequests ?? DEFAULT_CONCURRENCY,
        };
        const startFailure = startFailures.get(adapter.id);
        if (startFailure !== undefined) return { ...base, startFailure };
        const described = await adapter.describe();
        const transportPins = await adapter.transportPins();
        // A failed describe fails every request the same way (the adapter reports it per scenario).
        if (!described.ok) return { ...base, transportPins };
        const { supplier, capabilities } = described.description;
        return {
          ...base,
          version: supplier.version ?? base.version,
          batchSize: capabilities.maxEmployeesPerRequest,
          description: described.description,
          transportPins,
        };
      }),
    );
    return new AdapterSupplierPool(
      registry,
      new Map(adapters.map((a) => [a.id, a])),
      suppliers,
      new Map(suppliers.map((s) => [s.id, pLimit(s.concurrency)])),
      reaper,
      leftOut,
      gate,
    );
  }

  async answer(vendorId: string, scenarios: readonly Scenario[], sample: Sampler): Promise<SupplierAnswers> {
    const supplier = this.suppliers.find((s) => s.id === vendorId)!;
    if (supplier.startFailure !== undefined) {
      const failed: OutcomeJson = {
        ok: false,
        failure: { kind: 'crash', message: `could not start: ${supplier.startFailure}` },
        elapsedMs: 0,
      };
      return { first: scenarios.map(() => failed), second: scenarios.map(() => null), requests: 0, repeated: 0 };
    }
    const adapter = this.adapters.get(vendorId)!;
    const limit = this.limits.get(vendorId)!;
    const busy = this.busy.get(vendorId)!;
    const requests: Scenario[][] = [];
    for (let i = 0; i < scenarios.length; i += supplier.batchSize)
      requests.push(scenarios.slice(i, i + supplier.batchSize));
    let repeated = 0;
    const answered = await Promise.all(
      requests.map(async (request) => {
        const call = () => limit(() => this.gate(supplier, () => busy.around(() => adapter.payRun(request))));
        const first = await call();
        const twice = sample(request.map((s) => s.id));
        const second = twice ? await call() : undefined;
        if (twice) repeated += 1;
        return request.map((s) => ({
          first: outcomeJson(first.get(s.id)!),
          second: second ? outcomeJson(second.get(s.id)!) : null,
        }));
      }),
    );
    const flat = answered.flat();
    return {
      first: flat.map((a) => a.first),
      second: flat.map((a) => a.second),
      requests: requests.length,
      repeated,
    };
  }

  async stop(): Promise<void> {
    await this.registry.stop();
    this.reaper.stop();
  }
}
