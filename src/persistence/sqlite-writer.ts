import * as sqlite3 from 'sqlite3';

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
export class SqliteWriter {
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
    await this.exec('BEGIN IMMEDIATE');
    const pending: Array<Promise<void>> = [];
    try {
      work((sql, params) => pending.push(this.run(sql, params)));
      await Promise.all(pending);
      await this.exec('COMMIT');
    } catch (err) {
      await Promise.allSettled(pending);
      await this.exec('ROLLBACK').catch(() => undefined);
      throw err;
    }
  }

  private run(sql: string, params: Params): Promise<void> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    const s = statement;
    return new Promise((resolve, reject) => s.run(params, (err: Error | null) => (err ? reject(err) : resolve())));
  }

  private exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (err) => (err ? reject(err) : resolve())));
  }
}
