import * as path from 'node:path';

/**
 * Where runs are stored: a SQLite file (the default, one machine) or a PostgreSQL server
 * (PAYPROOF_DB=postgres://…: the server store, shared by the service, `evaluate` and queue
 * workers on any number of machines). One value, PAYPROOF_DB or --db, says which.
 */
export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

export function databaseTarget(value: string): DatabaseTarget {
  return POSTGRES_URL.test(value) ? { kind: 'postgres', url: value } : { kind: 'sqlite', file: value };
}

export function isPostgresUrl(value: string): boolean {
  return POSTGRES_URL.test(value);
}

/** How a database is named in messages: the file, or the URL without its password. */
export function describeDatabase(value: string): string {
  if (!isPostgresUrl(value)) return value;
  try {
    const url = new URL(value);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * The folder for files kept beside the database (volunteers' submitted files): the SQLite
 * file's folder, or PAYPROOF_DATA (default data/) with PostgreSQL.
 */
export function dataFolder(database: string, env: NodeJS.ProcessEnv): string {
  if (isPostgresUrl(database)) return path.resolve(env.PAYPROOF_DATA ?? 'data');
  return path.dirname(path.resolve(database));
}
