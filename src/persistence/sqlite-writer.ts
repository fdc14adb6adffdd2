import * as sqlite3 from 'sqlite3';
import type { ChunkWriter } from './chunk-writer';

/** How long a writer waits for another process's write to finish before giving up (SQLite busy_timeout). */
export const BUSY_TIMEOUT_MS = 60_000;

type Params = Array<string | number | null>;

/**
 * The hot write path of an evaluation: its own sqlite3 connection to the run database, in WAL
 * mode with a busy timeout, with prepared statements run inside BEGIN IMMEDIATE transactions.
 * Its own connection so that a run's transactions never interleave with TypeORM's (which keeps
 * the schema, the migrations and every query) in a process that also serves HTTP; WAL so
 * readers never block it; BEGIN IMMEDIATE so two writers (serve and evaluate, or two
 * evaluates) wait for each other under busy_timeout instead of failing with SQLITE_BUSY.
 */
export class SqliteWriter implements ChunkWriter {
  private readonly statements = new Map<string, sqlite3.Statement>();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: sqlite3.Database) {}

  static async open(file: string): Promise<SqliteWriter> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const d = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(d)));
    });
    db.serialize();
    const writer = new SqliteWriter(db);
    await writer.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    await writer.exec('PRAGMA journal_mode = WAL');
    // WAL with synchronous NORMAL is durable against a crash of the process (not of the machine's power).
    await writer.exec('PRAGMA synchronous = NORMAL');
    return writer;
  }

  /**
   * Runs `work` inside one IMMEDIATE transaction; every statement it issues through `run` is
   * queued on the connection in order, and the transaction commits once all have run (or
   * rolls back on the first error). Transactions of this writer run one after another.
   */
  transaction(work: (run: (sql: string, params: Params) => void) => void): Promise<void> {
    const next = this.queue.then(() => this.runTransaction(work));
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
    for (const s of this.statements.values()) await new Promise<void>((r) => s.finalize(() => r()));
    this.statements.clear();
    await new Promise<void>((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }

  private async runTransaction(work: (run: (sql: string, params: Params) => void) => void): Promise<void> {
    const sqls: Array<[string, Params]> = [];
    work((sql, params) => sqls.push([sql, params]));
    await this.exec('BEGIN IMMEDIATE');
    try {
      // One statement after the other: node-sqlite3 keeps a queue per statement, so statements
      // issued without waiting can run out of order (a DELETE after the INSERTs it should precede).
      for (const [sql, params] of sqls) await run(await this.prepared(sql), params);
      await this.exec('COMMIT');
    } catch (err) {
      await this.exec('ROLLBACK').catch(() => undefined);
      throw err;
    }
  }

  private async prepared(sql: string): Promise<sqlite3.Statement> {
    const known = this.statements.get(sql);
    if (known) return known;
    const statement = await new Promise<sqlite3.Statement>((resolve, reject) => {
      const s: sqlite3.Statement = this.db.prepare(sql, (err: Error | null) => (err ? reject(err) : resolve(s)));
    });
    this.statements.set(sql, statement);
    return statement;
  }

  private exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (err) => (err ? reject(err) : resolve())));
  }
}

function run(statement: sqlite3.Statement, params: Params): Promise<void> {
  return new Promise((resolve, reject) =>
    statement.run(params, (err: Error | null) => (err ? reject(err) : resolve())),
  );
}
