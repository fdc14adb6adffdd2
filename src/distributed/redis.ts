import IORedis, { type Redis } from 'ioredis';

/**
 * A connection to the queue's Redis. BullMQ's workers block on Redis and require
 * maxRetriesPerRequest null (commands wait for a reconnection instead of failing).
 */
export function redisConnection(url: string): Redis {
  const connection = new IORedis(url, { maxRetriesPerRequest: null, connectionName: 'payproof' });
  // Errors reach the commands that wait on the connection; an 'error' event with no listener
  // would end the process instead (ioredis reconnects by itself).
  connection.on('error', () => undefined);
  return connection;
}

/** A Redis URL as messages show it: without its password. */
export function describeRedis(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '***';
    return u.toString();
  } catch {
    return 'redis://…';
  }
}

/** How long a first connection to Redis may take before payproof says it cannot reach it. */
export const CONNECT_TIMEOUT_MS = 10_000;

/** `ready`, or an error once CONNECT_TIMEOUT_MS have passed (ioredis would otherwise retry for ever). */
export function reachable<T>(ready: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS);
  });
  return Promise.race([ready, late]).finally(() => clearTimeout(timer));
}
