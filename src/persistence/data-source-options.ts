import * as path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { databaseTarget } from '../common/database-target';
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

/**
 * The server store: PostgreSQL through `pg`, the same entities and migrations. Migrations are
 * run by openDataSource under a lock, not at initialize: the service, `evaluate` and workers
 * may start at once against an empty database.
 */
export function postgresOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: ['error'],
    applicationName: 'payproof',
  };
}

/** PAYPROOF_DB (or --db): a SQLite file, or a postgres:// URL. */
export function dataSourceOptions(database: string): DataSourceOptions {
  const target = databaseTarget(database);
  return target.kind === 'postgres' ? postgresOptions(target.url) : sqliteOptions(target.file);
}

/** Any number fixed for payproof: the session lock that lets one process at a time migrate a PostgreSQL database. */
const MIGRATION_LOCK = 7_315_001;

/** Opens the store and brings its schema up to date (on PostgreSQL one process at a time). */
export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  const db = await new DataSource(options).initialize();
  if (options.type !== 'postgres') return db;
  const lock = db.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await db.runMigrations({ transaction: 'all' });
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  } catch (err) {
    await db.destroy().catch(() => undefined);
    throw err;
  } finally {
    await lock.release().catch(() => undefined);
  }
  return db;
}
