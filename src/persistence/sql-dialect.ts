/**
 * The few places where payproof's SQL differs between SQLite and PostgreSQL. Statements are
 * written once with `?` placeholders; on PostgreSQL they are numbered ($1, $2, …). Text columns
 * collate "C" on PostgreSQL (the migrations), so ORDER BY and keyset pages give the same order
 * as SQLite's BINARY collation: a report is the same on both stores.
 */
export type SqlKind = 'sqlite' | 'postgres';
export type Params = Array<string | number | null>;
export type Statement = [string, Params];

export interface SqlDialect {
  kind: SqlKind;
  /** The statement as the driver takes it (numbered placeholders on PostgreSQL). */
  sql(text: string): string;
  /** `column IS ?`: equal, NULL included. */
  isParam: string;
  /** A decimal text as a number, to order by (the amounts themselves stay text). */
  asNumber(expr: string): string;
  /** `a IS b`: equal, NULL included, for two columns. */
  same(a: string, b: string): string;
  /** A top-level string field of a JSON object held as text in `column`. */
  jsonField(column: string, key: string): string;
  /** `?` is one of the items of a JSON list of strings held as text in `column`. */
  jsonListHas(column: string): string;
  /** LIMIT for "no limit". */
  noLimit: number | null;
  /**
   * Statements that open a chunk's write: on PostgreSQL a transaction-scoped lock on (run,
   * chunk), so two workers writing the same chunk at once (a retried chunk whose first worker
   * was only slow) run one after the other, and the second's DELETE sees the first's rows.
   * SQLite's BEGIN IMMEDIATE already serialises every writer.
   */
  chunkLock(runId: string, chunk: number): Statement[];
  /**
   * Work done and progress per supplier from the checkpoints; rules editions merged with those
   * stored (each worker knows only the editions of the chunks it did). On PostgreSQL the run's
   * row is locked first, so the sums read every chunk committed before (READ COMMITTED takes a
   * snapshot per statement; an UPDATE that waited for the lock would sum with an older one).
   */
  progress(o: { runId: string; editions: string; at: string }): Statement[];
}

/** `?` → `$1`, `$2`, … (payproof's statements hold no `?` inside literals). */
export function numbered(text: string): string {
  let n = 0;
  return text.replace(/\?(?!\d)/g, () => `$${++n}`);
}

/** An INSERT that replaces the row with the same primary key: its head (VALUES follow) and its tail. */
export function upsertSql(
  dialect: SqlDialect,
  o: { table: string; columns: readonly string[]; key: readonly string[] },
): { head: string; tail: string } {
  const list = o.columns.join(', ');
  if (dialect.kind === 'sqlite') return { head: `INSERT OR REPLACE INTO ${o.table} (${list}) VALUES`, tail: '' };
  const set = o.columns.filter((c) => !o.key.includes(c)).map((c) => `${c} = EXCLUDED.${c}`);
  return {
    head: `INSERT INTO ${o.table} (${list}) VALUES`,
    tail: ` ON CONFLICT (${o.key.join(', ')}) DO UPDATE SET ${set.join(', ')}`,
  };
}

const SQLITE_PROGRESS = `UPDATE evaluation_run SET work_done = (SELECT COALESCE(SUM(scenarios), 0) FROM run_chunk WHERE run_id = ?1), progress = (SELECT json_group_object(vendor_id, n) FROM (SELECT vendor_id, SUM(scenarios) AS n FROM run_chunk WHERE run_id = ?1 GROUP BY vendor_id)), rules_editions = (SELECT json_group_array(value ORDER BY value) FROM (SELECT value FROM json_each(evaluation_run.rules_editions) UNION SELECT value FROM json_each(?2))), heartbeat_at = ?3 WHERE id = ?1`;

const POSTGRES_PROGRESS = `UPDATE evaluation_run SET work_done = (SELECT COALESCE(SUM(scenarios), 0) FROM run_chunk WHERE run_id = $1), progress = (SELECT COALESCE(json_object_agg(vendor_id, n), '{}'::json)::text FROM (SELECT vendor_id, SUM(scenarios) AS n FROM run_chunk WHERE run_id = $1 GROUP BY vendor_id) p), rules_editions = (SELECT COALESCE(json_agg(e ORDER BY e COLLATE "C"), '[]'::json)::text FROM (SELECT json_array_elements_text(evaluation_run.rules_editions::json) AS e UNION SELECT json_array_elements_text($2::json)) u), heartbeat_at = $3 WHERE id = $1`;

export const SQLITE: SqlDialect = {
  kind: 'sqlite',
  sql: (text) => text,
  isParam: 'IS ?',
  asNumber: (expr) => `CAST(${expr} AS REAL)`,
  same: (a, b) => `${a} IS ${b}`,
  jsonField: (column, key) => `json_extract(${column}, '$.${key}')`,
  jsonListHas: (column) => `EXISTS (SELECT 1 FROM json_each(${column}) WHERE value = ?)`,
  noLimit: -1,
  chunkLock: () => [],
  progress: (o) => [[SQLITE_PROGRESS, [o.runId, o.editions, o.at]]],
};

export const POSTGRES: SqlDialect = {
  kind: 'postgres',
  sql: numbered,
  isParam: 'IS NOT DISTINCT FROM ?',
  // numeric, not real: exact, so two amounts a cent apart never tie.
  asNumber: (expr) => `CAST(${expr} AS numeric)`,
  same: (a, b) => `${a} IS NOT DISTINCT FROM ${b}`,
  jsonField: (column, key) => `(${column}::json ->> '${key}')`,
  jsonListHas: (column) =>
    `EXISTS (SELECT 1 FROM json_array_elements_text(${column}::json) AS e(value) WHERE e.value = ?)`,
  noLimit: null,
  chunkLock: (runId, chunk) => [
    [`SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, [`payproof-chunk\n${runId}\n${chunk}`]],
  ],
  progress: (o) => [
    ['SELECT 1 FROM evaluation_run WHERE id = ? FOR UPDATE', [o.runId]],
    [POSTGRES_PROGRESS, [o.runId, o.editions, o.at]],
  ],
};

export function dialectFor(kind: string): SqlDialect {
  return kind === 'postgres' ? POSTGRES : SQLITE;
}
