import type { Scenario } from '../domain/scenario';
import { deadlinePassed } from './deadline';
import { employeeRequest } from '../vendors/protocol';
import type { OutcomeJson } from './pipeline/tasks.types';
import type { AwaitedPays } from './ports/awaited-pays.port';
import type { RunRecorder } from './ports/run-recorder.port';
import type { ChunkRecord, MissingRecord } from './ports/run-records';
import { SupplierPool, type Sampler, type SupplierAnswers } from './supplier-pool';

/** The failure kind of an answer an exchange supplier has not sent yet (vendor-transport.ts). */
export const AWAITING = 'awaiting-supplier';

/**
 * One execution of a run, facing exchange suppliers whose answers are missing (issue 16,
 * item 3). Before the supplier deadline (or with none set), a supplier's share of a chunk with
 * any answer missing is not stored: the run records what is missing and ends
 * 'awaiting-supplier', and a resume asks again for exactly that work once more registers are
 * imported. At or after the deadline the missing answers are stored as they come, an
 * 'awaiting-supplier' failure (every pay missed), worded "no answer by the deadline".
 *
 * It works around the pipeline, never inside it: the pool the pipeline asks and the recorder
 * it writes to are wrapped.
 */
export class SupplierWait {
  readonly missing: MissingRecord[] = [];
  private readonly asked = new Map<string, Scenario>();

  constructor(
    private readonly o: {
      /** ISO 8601, or null when procurement set none. */
      deadline: string | null;
      now: string;
      pays?: AwaitedPays;
    },
  ) {}

  /** Whether the deadline has come: missing answers are then missed pays. */
  get late(): boolean {
    return deadlinePassed(this.o.deadline, this.o.now);
  }

  pool(inner: SupplierPool): SupplierPool {
    return new WaitingPool(inner, (vendorId, scenarios, answers) => this.seen(vendorId, scenarios, answers));
  }

  /** The recorder, holding back a supplier's share of a chunk while answers of it are missing. */
  recorder(inner: RunRecorder): RunRecorder {
    if (this.late) return inner;
    const hold = (c: ChunkRecord) => this.holdBack(c);
    return new Proxy(inner, {
      get: (target, key, receiver) =>
        key === 'writeChunk'
          ? async (c: ChunkRecord) => target.writeChunk(await hold(c))
          : (Reflect.get(target, key, receiver) as unknown),
    });
  }

  private seen(vendorId: string, scenarios: readonly Scenario[], answers: SupplierAnswers): SupplierAnswers {
    const awaited = (o: OutcomeJson | null) => o !== null && !o.ok && o.failure.kind === AWAITING;
    scenarios.forEach((s, k) => {
      if (awaited(answers.first[k])) this.asked.set(key(vendorId, s.id), s);
    });
    if (!this.late || this.o.deadline === null) return answers;
    const deadline = this.o.deadline;
    const worded = <T extends OutcomeJson | null>(o: T): T =>
      o !== null && !o.ok && awaited(o)
        ? {
            ...o,
            failure: { ...o.failure, message: `no answer by the deadline ${deadline}: ${o.failure.message}` },
          }
        : o;
    return { ...answers, first: answers.first.map(worded), second: answers.second.map(worded) };
  }

  private async holdBack(c: ChunkRecord): Promise<ChunkRecord> {
    const vendors: ChunkRecord['vendors'] = [];
    for (const v of c.vendors) {
      const awaited = v.answers.filter((a) => a.failureKind === AWAITING).map((a) => a.scenarioId);
      if (awaited.length === 0) {
        vendors.push(v);
        continue;
      }
      const scenarios = awaited.flatMap((id) => this.asked.get(key(v.vendorId, id)) ?? []);
      const paydays = this.o.pays
        ? await this.o.pays.missing(v.vendorId, scenarios)
        : new Map(scenarios.map((s) => [s.id, employeeRequest(s).payRuns.map((r) => r.payday)]));
      for (const id of awaited)
        this.missing.push({ vendorId: v.vendorId, scenarioId: id, chunk: c.chunk, paydays: paydays.get(id) ?? [] });
    }
    return { ...c, vendors };
  }
}

const key = (vendorId: string, scenarioId: string) => `${vendorId}\u0000${scenarioId}`;

/** The run's pool, with each answer shown to the wait as it comes back. */
class WaitingPool extends SupplierPool {
  override readonly leftOut: SupplierPool['leftOut'];

  constructor(
    private readonly inner: SupplierPool,
    private readonly seen: (vendorId: string, scenarios: readonly Scenario[], a: SupplierAnswers) => SupplierAnswers,
  ) {
    super();
    this.leftOut = inner.leftOut;
  }

  get suppliers() {
    return this.inner.suppliers;
  }

  async answer(vendorId: string, scenarios: readonly Scenario[], sample: Sampler): Promise<SupplierAnswers> {
    return this.seen(vendorId, scenarios, await this.inner.answer(vendorId, scenarios, sample));
  }

  stop(): Promise<void> {
    return this.inner.stop();
  }

  override busyMs(): Record<string, number> {
    return this.inner.busyMs();
  }
}
