import type { ChunkRecord, FindingRecord, AnswerRecord } from '../evaluation/ports/run-records';
import { upsertSql, type Params, type SqlDialect } from './sql-dialect';

export type Run = (sql: string, params: Params) => void;

const jsonOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));

const SCENARIO_COLUMNS = [
  'run_id',
  'scenario_id',
  'chunk',
  'seq',
  'hash',
  'file',
  'title',
  'family',
  'scenario_json',
  'reference_hash',
  'refused_code',
  'refused_message',
];
const CHUNK_COLUMNS = ['run_id', 'vendor_id', 'chunk', 'digest', 'scenarios', 'parts', 'done_at'];
const ANSWER = `INSERT INTO vendor_result (run_id, vendor_id, scenario_id, chunk, status, failure_kind, failure_message, stderr, elapsed_ms, statements_json, answer_hash, over_paid, under_paid, findings) VALUES`;
const FINDING = `INSERT INTO finding (run_id, vendor_id, scenario_id, family, kind, severity, payday, code, for_period_start, for_period_end, expected, actual, difference, direction, message, trace, check_name, net_effect, seq, chunk, defect_id, role, root_seq, stub_amount) VALUES`;
/** Rows per INSERT: well under SQLite's 32,766 bound values, few statements per chunk. */
const ROWS_PER_INSERT = 100;

/** Multi-row INSERTs of up to ROWS_PER_INSERT rows (one prepared statement per batch size). */
export function insertRows(run: Run, head: string, rows: Params[], tail = ''): void {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const batch = rows.slice(i, i + ROWS_PER_INSERT);
    const one = `(${batch[0].map(() => '?').join(', ')})`;
    run(`${head} ${batch.map(() => one).join(', ')}${tail}`, batch.flat());
  }
}

function answerParams(c: ChunkRecord, vendorId: string, a: AnswerRecord): Params {
  return [
    c.runId,
    vendorId,
    a.scenarioId,
    c.chunk,
    a.status,
    a.failureKind,
    a.failureMessage,
    a.stderr,
    a.elapsedMs,
    jsonOrNull(a.statementsJson),
    a.answerHash,
    a.overPaid,
    a.underPaid,
    a.findings,
  ];
}

function findingParams(c: ChunkRecord, vendorId: string, f: FindingRecord): Params {
  return [
    c.runId,
    vendorId,
    f.scenarioId,
    f.family,
    f.kind,
    f.severity,
    f.payday,
    f.code,
    f.forPeriodStart,
    f.forPeriodEnd,
    f.expected,
    f.actual,
    f.difference,
    f.direction,
    f.message,
    jsonOrNull(f.trace),
    f.checkName,
    f.netEffect,
    f.seq,
    c.chunk,
    f.defectId,
    f.role,
    f.rootSeq,
    f.stub,
  ];
}

/**
 * One chunk's rows, idempotently: each supplier's earlier rows for this chunk (from a run
 * interrupted after writing them, or a worker that wrote twice) are deleted first, then the
 * chunk is inserted whole, with its checkpoint. The caller runs this in one transaction.
 */
export function writeChunkStatements(run: Run, c: ChunkRecord, dialect: SqlDialect): void {
  for (const [sql, params] of dialect.chunkLock(c.runId, c.chunk)) run(sql, params);
  const scenario = upsertSql(dialect, {
    table: 'run_scenario',
    columns: SCENARIO_COLUMNS,
    key: ['run_id', 'scenario_id'],
  });
  const checkpoint = upsertSql(dialect, {
    table: 'run_chunk',
    columns: CHUNK_COLUMNS,
    key: ['run_id', 'vendor_id', 'chunk'],
  });
  insertRows(
    run,
    scenario.head,
    c.scenarios.map((s) => [
      c.runId,
      s.scenarioId,
      c.chunk,
      s.seq,
      s.hash,
      s.file,
      s.title,
      s.family,
      JSON.stringify(s.scenarioJson),
      s.referenceHash,
      s.refused?.code ?? null,
      s.refused?.message ?? null,
    ]),
    scenario.tail,
  );
  for (const v of c.vendors) {
    run(`DELETE FROM finding WHERE run_id = ? AND vendor_id = ? AND chunk = ?`, [c.runId, v.vendorId, c.chunk]);
    run(`DELETE FROM vendor_result WHERE run_id = ? AND vendor_id = ? AND chunk = ?`, [c.runId, v.vendorId, c.chunk]);
    insertRows(
      run,
      ANSWER,
      v.answers.map((a) => answerParams(c, v.vendorId, a)),
    );
    insertRows(
      run,
      FINDING,
      v.findings.map((f) => findingParams(c, v.vendorId, f)),
    );
    // Work done: every scenario of the chunk, refused ones included (they are done once the reference refuses them).
    insertRows(
      run,
      checkpoint.head,
      [[c.runId, v.vendorId, c.chunk, c.digest, c.scenarios.length, JSON.stringify(v.parts), c.doneAt]],
      checkpoint.tail,
    );
  }
  // Progress is derived from the checkpoints themselves, so it is right after a resume, and with several workers.
  for (const [sql, params] of dialect.progress({
    runId: c.runId,
    editions: JSON.stringify(c.rulesEditions),
    at: c.doneAt,
  }))
    run(sql, params);
}
