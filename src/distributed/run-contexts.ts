import type { SupplierPool, Sampler } from '../evaluation/supplier-pool';

/** What a worker keeps per run while it takes the run's chunks: its pins checked, its suppliers started. */
export interface RunContext {
  policyJson: unknown;
  sample: Sampler;
  suppliers: SupplierPool;
}

/** A run's context is closed (its suppliers stopped) after this long without a chunk. */
export const IDLE_MS = 60_000;

/**
 * The runs a worker is working for, each opened once (suppliers are started once per run, not
 * per chunk) and closed when idle. A context that fails to open is forgotten, so the next chunk
 * tries again.
 */
export class RunContexts {
  private readonly open = new Map<string, { ready: Promise<RunContext>; active: number; lastUsed: number }>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly make: (runId: string) => Promise<RunContext>) {
    this.sweeper = setInterval(() => void this.closeIdle(Date.now()), IDLE_MS / 4);
    this.sweeper.unref();
  }

  async use<T>(runId: string, work: (ctx: RunContext) => Promise<T>): Promise<T> {
    let entry = this.open.get(runId);
    if (!entry) {
      entry = { ready: this.make(runId), active: 0, lastUsed: Date.now() };
      this.open.set(runId, entry);
      entry.ready.catch(() => this.open.delete(runId));
    }
    entry.active += 1;
    try {
      return await work(await entry.ready);
    } finally {
      entry.active -= 1;
      entry.lastUsed = Date.now();
    }
  }

  async closeIdle(now: number): Promise<void> {
    for (const [runId, entry] of this.open)
      if (entry.active === 0 && now - entry.lastUsed > IDLE_MS) {
        this.open.delete(runId);
        await stop(entry.ready);
      }
  }

  async closeAll(): Promise<void> {
    clearInterval(this.sweeper);
    const entries = [...this.open.values()];
    this.open.clear();
    await Promise.all(entries.map((e) => stop(e.ready)));
  }
}

async function stop(ready: Promise<RunContext>): Promise<void> {
  const ctx = await ready.catch(() => undefined);
  await ctx?.suppliers.stop();
}
