import type { QueryRunner } from 'typeorm';

export function onPostgres(q: QueryRunner): boolean {
  return q.connection.options.type === 'postgres';
}

/**
 * A migration's statement on the store it runs on. The migrations are written in SQLite's SQL,
 * and SQLite gets them unchanged; on PostgreSQL an auto-increment key is a SERIAL, and text
 * columns collate "C" (byte order, as SQLite's BINARY), so every ORDER BY and keyset page of
 * the run store gives the same order on both stores. Statements that differ in more than that
 * are written twice, in the migration itself.
 */
export function portable(q: QueryRunner, sql: string): Promise<unknown> {
  if (!onPostgres(q)) return q.query(sql);
  return q.query(
    sql
      .replace(/"id" integer PRIMARY KEY AUTOINCREMENT NOT NULL/g, '"id" SERIAL PRIMARY KEY')
      .replace(/\btext\b/g, 'text COLLATE "C"'),
  );
}
