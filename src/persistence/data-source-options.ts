import * as path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { BUSY_TIMEOUT_MS } from './sqlite-writer';

/**
 * The embedded default: a SQLite file through the asynchronous `sqlite3` driver (so large
 * report queries do not block the HTTP server), schema by migrations, never `synchronize`.
 * WAL and a busy timeout: `serve` and `evaluate`, or two `evaluate`s, share one database file
 * (readers never block the writer; writers wait for each other instead of failing).
 */
export function sqliteOptions(file: string): DataSourceOptions {
  return {
    type: 'sqlite',
    database: file === ':memory:' ? file : path.resolve(file),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    synchronize: false,
    logging: ['error'],
    enableWAL: file !== ':memory:',
    busyTimeout: BUSY_TIMEOUT_MS,
    busyErrorRetry: 200,
  };
}
