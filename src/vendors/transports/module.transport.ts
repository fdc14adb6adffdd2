import { ModuleTransportConfig } from '../manifest';
import { CallOptions, TransportOutcome, VendorTransport } from '../vendor-transport';
import { aborted, encodeRequest, failureOf, stopwatch } from './answer';
import { EngineWorker } from './engine-worker';

/**
 * A JavaScript engine loaded with require() into a worker thread of the harness: the fastest
 * plug, meant for simulated suppliers. Each call runs on an idle thread of this supplier (a new
 * one is started when all are busy); a thread whose call ran out of time is terminated, so a
 * synchronous loop cannot hang the run, and the next call gets a fresh thread. The entry must
 * be loadable by require() from a plain Node.js thread (JavaScript, not TypeScript).
 */
export class ModuleTransport implements VendorTransport {
  readonly kind = 'module' as const;
  private readonly idle: EngineWorker[] = [];
  private readonly busy = new Set<EngineWorker>();
  /** Counts stop() calls: a call whose thread was still loading when stop() came ends as aborted. */
  private stops = 0;

  constructor(private readonly config: ModuleTransportConfig) {}

  /** Loads the engine once, so that a module that cannot be loaded is reported before any call. */
  async start(): Promise<void> {
    if (this.idle.length === 0 && this.busy.size === 0) this.idle.push(await this.startWorker());
  }

  async call(request: unknown, opts: CallOptions = {}): Promise<TransportOutcome> {
    const finish = stopwatch();
    const input = encodeRequest(request);
    if (opts.signal?.aborted) return finish({ ok: false, failure: aborted() });
    const stops = this.stops;
    let engine: EngineWorker;
    try {
      engine = this.takeIdle() ?? (await this.startWorker());
    } catch (err) {
      const { failure, stderr } = failureOf(err);
      return finish({ ok: false, failure }, stderr);
    }
    if (stops !== this.stops) {
      await engine.terminate();
      return finish({ ok: false, failure: aborted() });
    }
    this.busy.add(engine);
    const run = await engine.run(input, { timeoutMs: this.config.timeoutMs, signal: opts.signal });
    this.busy.delete(engine);
    if (engine.usable && !run.spent) this.idle.push(engine);
    else await engine.terminate();
    return finish(run.result, run.stderr);
  }

  /** Terminates every thread; calls still running end as 'aborted'. Safe to call twice. */
  async stop(): Promise<void> {
    this.stops++;
    for (const engine of this.busy) engine.cancel(aborted());
    await Promise.all(this.idle.splice(0).map((engine) => engine.terminate()));
  }

  private takeIdle(): EngineWorker | undefined {
    let engine = this.idle.pop();
    while (engine && !engine.usable) engine = this.idle.pop();
    return engine;
  }

  private startWorker(): Promise<EngineWorker> {
    const { entry, maxResponseBytes, startTimeoutMs } = this.config;
    return EngineWorker.start({ entry, maxResponseBytes, startTimeoutMs });
  }
}
