import * as path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * The embedded default: a SQLite file through the asynchronous `sqlite3` driver (so large
 * report queries do not block the HTTP server), schema by migrations, never `synchronize`.
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
  };
}
