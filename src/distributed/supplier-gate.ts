import type { Redis } from 'ioredis';
import { Semaphore } from 'redis-semaphore';
import type { RequestGate } from '../evaluation/supplier-pool';

/**
 * How long a request's slot is held without a refresh: a worker that dies holding slots frees
 * them after this. A live worker refreshes its slots (redis-semaphore, every 80 % of it), so a
 * request may take longer than this.
 */
export const SLOT_TIMEOUT_MS = 10_000;
/** How often a request waiting for a slot asks again. */
const RETRY_MS = 20;
/** A request waits this long for a slot at most before its chunk fails (and is retried). */
const ACQUIRE_TIMEOUT_MS = 3_600_000;

/**
 * A supplier's limit on requests in flight (its manifest's maxConcurrentRequests) held across
 * every worker on every machine: a counting semaphore in Redis per supplier (redis-semaphore:
 * a sorted set of slot holders with their last refresh, changed by Lua scripts), taken around
 * each request. Each worker's own pool limit still applies; this one is the sum over workers.
 *
 * Except for a `module` supplier: JavaScript loaded into each worker's own process, for
 * simulated suppliers only (docs/vendor-protocol.md), so each worker has its own copy and no
 * one service receives the requests of all workers; its limit holds per worker, as on one
 * machine. Holding it across workers would let a whole cluster compute a simulated supplier's
 * pays on only `maxConcurrentRequests` threads. `http` and `command` suppliers may be (or call)
 * one service shared by all workers: their limit holds across workers.
 */
export function redisRequestGate(redis: Redis, log: (line: string) => void = () => undefined): RequestGate {
  return async (supplier, work) => {
    if (supplier.transport === 'module') return work();
    const slot = new Semaphore(redis, `payproof:supplier:${supplier.id}`, supplier.concurrency, {
      lockTimeout: SLOT_TIMEOUT_MS,
      acquireTimeout: ACQUIRE_TIMEOUT_MS,
      retryInterval: RETRY_MS,
      // Redis unreachable for a moment: the request goes on; the limit may be exceeded meanwhile.
      onLockLost: (err) => log(`supplier ${supplier.id}: a request's slot was lost (${err.message})`),
    });
    await slot.acquire();
    try {
      return await work();
    } finally {
      await slot.release().catch(() => undefined);
    }
  };
}
