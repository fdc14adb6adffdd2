import { DataSource } from 'typeorm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  createDatabase,
  startPostgres,
  startRedis,
  whyNoServers,
  type LocalServer,
} from '../../../bench/local-servers';
import { openDataSource, postgresOptions, sqliteOptions } from '../../../src/persistence/data-source-options';

/**
 * Why the tests against PostgreSQL and Redis skip here, or undefined when they run. In CI
 * (CI=true) they always run: .ci/run installs both servers, and one that cannot start fails
 * the tests instead of skipping them.
 */
export const SERVERS_SKIP: string | undefined =
  process.env.CI === 'true'
    ? undefined
    : ((why) => (why === undefined ? undefined : `${why}; CI installs them (.ci/run)`))(whyNoServers());

export interface Servers {
  postgres?: LocalServer;
  redis?: LocalServer;
}

/** Starts the servers a test file needs before its tests (unless they skip) and stops them after. */
export function useServers(which: { postgres?: boolean; redis?: boolean }): Servers {
  const servers: Servers = {};
  beforeAll(async () => {
    if (SERVERS_SKIP !== undefined) return;
    if (which.postgres) servers.postgres = await startPostgres();
    if (which.redis) servers.redis = await startRedis();
  });
  afterAll(async () => {
    await servers.postgres?.stop();
    await servers.redis?.stop();
  });
  return servers;
}

let databases = 0;

/** A database of its own on the test's PostgreSQL cluster. */
export function freshDatabase(servers: Servers): Promise<string> {
  if (!servers.postgres) throw new Error('no PostgreSQL server: useServers({ postgres: true }) first');
  return createDatabase(servers.postgres.url, `test_${process.pid}_${++databases}`);
}

/** The two stores every store test runs against: a fresh SQLite file, a fresh PostgreSQL database. */
export function storeKinds(servers: Servers): Array<{ name: string; skip?: string; open: () => Promise<DataSource> }> {
  return [
    {
      name: 'SQLite',
      open: () =>
        openDataSource(sqliteOptions(path.join(mkdtempSync(path.join(tmpdir(), 'payproof-db-')), 'test.sqlite'))),
    },
    {
      name: 'PostgreSQL',
      skip: SERVERS_SKIP,
      open: async () => openDataSource(postgresOptions(await freshDatabase(servers))),
    },
  ];
}
