import { PayproofError } from '../domain/errors';
import { dataFolder } from './database-target';

/**
 * payproof's settings, read from the environment once at start-up and checked; a bad value
 * stops the process with a message that names it. Everything has a default that works on a
 * fresh machine.
 */
export interface AppConfig {
  /**
   * PAYPROOF_DB: the SQLite file (default data/payproof.sqlite, relative to the working folder),
   * or a PostgreSQL server's URL (postgres://user:password@host:5432/database).
   */
  databaseFile: string;
  /** Where files kept beside the database go: the SQLite file's folder, or PAYPROOF_DATA (default data/) with PostgreSQL. */
  dataDir: string;
  /** PAYPROOF_QUEUE: a Redis URL (redis://host:6379); when set, runs' chunks go to `payproof worker`s through it. */
  queueUrl?: string;
  /** PAYPROOF_REPORTS: where reports/<run-id>/ folders are written (default reports). */
  reportsDir: string;
  /** PAYPROOF_PORT: the HTTP port of `payproof serve` (default 3000). */
  port: number;
  /** PAYPROOF_EXCHANGE: where imported registers of exchange suppliers are kept (default data/exchange). */
  exchangeDir: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

function port(text: string | undefined): number {
  if (text === undefined || text === '') return 3000;
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= 65535))
    throw new PayproofError('CONFIG', `PAYPROOF_PORT: expected a port number from 1 to 65535, found "${text}"`);
  return n;
}

function nonEmpty(name: string, text: string | undefined, fallback: string): string {
  if (text === undefined) return fallback;
  if (text.trim() === '')
    throw new PayproofError('CONFIG', `${name}: expected a path, found an empty value (unset it to use ${fallback})`);
  return text;
}

function queueUrl(text: string | undefined): string | undefined {
  if (text === undefined || text === '') return undefined;
  if (!/^rediss?:\/\/[^/\s]/.test(text))
    throw new PayproofError(
      'CONFIG',
      `PAYPROOF_QUEUE: expected a Redis URL such as redis://127.0.0.1:6379, found "${text}"`,
    );
  return text;
}

export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const databaseFile = nonEmpty('PAYPROOF_DB', env.PAYPROOF_DB, 'data/payproof.sqlite');
  const queue = queueUrl(env.PAYPROOF_QUEUE);
  return {
    databaseFile,
    dataDir: dataFolder(databaseFile, env),
    ...(queue !== undefined && { queueUrl: queue }),
    reportsDir: nonEmpty('PAYPROOF_REPORTS', env.PAYPROOF_REPORTS, 'reports'),
    port: port(env.PAYPROOF_PORT),
    exchangeDir: nonEmpty('PAYPROOF_EXCHANGE', env.PAYPROOF_EXCHANGE, 'data/exchange'),
  };
}
