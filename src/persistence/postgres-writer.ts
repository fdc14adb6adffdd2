import { createHash } from 'node:crypto';
import { Client } from 'pg';
import type { ChunkWriter } from './chunk-writer';
import { numbered, type Params } from './sql-dialect';

/**
 * The hot write path on PostgreSQL, as SqliteWriter is on SQLite: its own connection (so a
 * run's transactions never interleave with TypeORM's pool in a process that also serves HTTP),
 * named prepared statements (parsed once per connection, then bound), one transaction per
 * chunk. Several processes write at once; write-chunk.ts takes the locks that keep a chunk's
 * rewrite and the run's progress right (sql-dialect.ts).
 */
export class PostgresWriter implements ChunkWriter {
  private readonly prepared = new Map<string, string>();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly client: Client) {}

  static async open(url: string): Promise<PostgresWriter> {
    const client = new Client({ connectionString: url, application_name: 'payproof writer' });
    await client.connect();
    // A broken connection fails the transaction in flight (its caller sees the error); an
    // 'error' event with no listener would end the process instead.
    client.on('error', () => undefined);
    return new PostgresWriter(client);
  }

  transaction(work: (run: (sql: string, params: Params) => void) => void): Promise<void> {
    const next = this.queue.then(() => this.runTransaction(work));
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.client.end();
  }

  private async runTransaction(work: (run: (sql: string, params: Params) => void) => void): Promise<void> {
    const statements: Array<[string, Params]> = [];
    work((sql, params) => statements.push([sql, params]));
    await this.client.query('BEGIN');
    try {
      for (const [sql, params] of statements)
        await this.client.query({ name: this.nameOf(sql), text: numbered(sql), values: params });
      await this.client.query('COMMIT');
    } catch (err) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
  }

  /** A statement's name on this connection: pg prepares it the first time it is used, then binds it. */
  private nameOf(sql: string): string {
    let name = this.prepared.get(sql);
    if (name === undefined) {
      name = `payproof_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
      this.prepared.set(sql, name);
    }
    return name;
  }
}
