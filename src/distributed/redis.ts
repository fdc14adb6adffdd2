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
