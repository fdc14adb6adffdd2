import { loadConfig } from '../../../src/common/config';
import { databaseTarget, describeDatabase, dataFolder } from '../../../src/common/database-target';
import { describeRedis } from '../../../src/distributed/redis';
import * as path from 'node:path';

describe('where runs are stored and queued (PAYPROOF_DB, PAYPROOF_QUEUE)', () => {
  it('takes a postgres:// or postgresql:// URL as PostgreSQL, anything else as a SQLite file', () => {
    expect(databaseTarget('postgres://u:p@db/payproof')).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@db/payproof',
    });
    expect(databaseTarget('postgresql://db/payproof').kind).toBe('postgres');
    expect(databaseTarget('data/payproof.sqlite')).toEqual({ kind: 'sqlite', file: 'data/payproof.sqlite' });
  });

  it('never prints a password', () => {
    expect(describeDatabase('postgres://payproof:s3cret@db:5432/payproof')).toBe(
      'postgres://payproof:***@db:5432/payproof',
    );
    expect(describeRedis('redis://:s3cret@cache:6379')).not.toContain('s3cret');
  });

  it('keeps files beside a SQLite file, under PAYPROOF_DATA with PostgreSQL', () => {
    expect(dataFolder('x/run.sqlite', {})).toBe(path.resolve('x'));
    expect(dataFolder('postgres://db/p', { PAYPROOF_DATA: '/srv/payproof' })).toBe('/srv/payproof');
  });

  it('refuses a PAYPROOF_QUEUE that is not a Redis URL, naming it', () => {
    expect(loadConfig({ PAYPROOF_QUEUE: 'redis://127.0.0.1:6379' }).queueUrl).toBe('redis://127.0.0.1:6379');
    expect(loadConfig({}).queueUrl).toBeUndefined();
    expect(() => loadConfig({ PAYPROOF_QUEUE: 'localhost:6379' })).toThrow(/PAYPROOF_QUEUE: expected a Redis URL/);
  });
});
