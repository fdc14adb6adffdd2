import type { DataSourceOptions } from 'typeorm';
import type { Params } from './sql-dialect';

/** The writer a run store uses for its hot path: one transaction at a time over its own connection. */
export interface ChunkWriter {
  /** Runs every statement `work` issues, in order, in one transaction (rolled back on the first error). */
  transaction(work: (run: (sql: string, params: Params) => void) => void): Promise<void>;
  close(): Promise<void>;
}

/** The writer for the store a data source points at: PostgreSQL's or SQLite's own connection. */
export async function openChunkWriter(options: DataSourceOptions): Promise<ChunkWriter> {
  if (options.type === 'postgres') return (await import('./postgres-writer')).PostgresWriter.open(options.url!);
  return (await import('./sqlite-writer')).SqliteWriter.open(options.database as string);
}
