import type { Redis } from 'ioredis';
import { redisRequestGate } from '../../../src/distributed/supplier-gate';

/** A Redis connection that fails the test if the gate uses it. */
const untouchable = new Proxy({} as Redis, {
  get: (_target, name) => {
    throw new Error(`Redis used (${String(name)})`);
  },
});

describe("a supplier's request limit across queue workers", () => {
  it('leaves a module supplier (a copy in each worker) to each worker, without asking Redis', async () => {
    const gate = redisRequestGate(untouchable);
    await expect(gate({ id: 'floatwise', concurrency: 2, transport: 'module' }, async () => 'paid')).resolves.toBe(
      'paid',
    );
  });

  it('takes a slot in Redis for an http or command supplier (a service all workers may share)', async () => {
    const gate = redisRequestGate(untouchable);
    for (const transport of ['http', 'command'])
      await expect(gate({ id: 'daycount', concurrency: 2, transport }, async () => 'paid')).rejects.toThrow(
        /Redis used/,
      );
  });
});
