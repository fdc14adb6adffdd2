import type { ChunkRecord, FindingRecord, AnswerRecord } from '../evaluation/ports/run-records';

export type Run = (sql: string, params: Array<string | number | null>) => void;

const jsonOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));

const SCENARIO = `INSERT OR REPLACE INTO run_scenario (run_id, scenario_id, chunk, seq, hash, file, title, family, scenario_json, reference_hash, refused_code, refused_message) VALUES`;
const ANSWER = `INSERT INTO vendor_result (run_id, vendor_id, scenario_id, chunk, status, failure_kind, failure_message, stderr, elapsed_ms, statements_json, answer_hash, over_paid, under_paid, findings) VALUES`;
const FINDING = `INSERT INTO finding (run_id, vendor_id, scenario_id, family, kind, severity, payday, code, for_period_start, for_period_end, expected, actual, difference, direction, message, trace, check_name, net_effect, seq, chunk, defect_id, role, root_seq, stub_amount) VALUES`;
/** Rows per INSERT: well under SQLite's 32,766 bound values, few statements per chunk. */
const ROWS_PER_INSERT = 100;

type Params = Array<string | number | null>;

/** Multi-row INSERTs of up to ROWS_PER_INSERT rows (one prepared statement per batch size). */
export function insertRows(run: Run, head: string, rows: Params[]): void {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const batch = rows.slice(i, i + ROWS_PER_INSERT);
    const one = `(${batch[0].map(() => '?').join(', ')})`;
    run(`${head} ${batch.map(() => one).join(', ')}`, batch.flat());
  }
}
const CHUNK = `INSERT OR REPLACE INTO run_chunk (run_id, vendor_id, chunk, digest, scenarios, parts, done_at) VALUES (?, ?, ?, ?, ?, ?, ?)`;
// Progress is derived from the checkpoints themselves, so it is right after a resume too.
const PROGRESS = `UPDATE evaluation_run SET work_done = (SELECT COALESCE(SUM(scenarios), 0) FROM run_chunk WHERE run_id = ?1), progress = (SELECT json_group_object(vendor_id, n) FROM (SELECT vendor_id, SUM(scenarios) AS n FROM run_chunk WHERE run_id = ?1 GROUP BY vendor_id)), rules_editions = ?2, heartbeat_at = ?3 WHERE id = ?1`;

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
export function writeChunkStatements(run: Run, c: ChunkRecord): void {
  insertRows(
    run,
    SCENARIO,
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
    run(CHUNK, [c.runId, v.vendorId, c.chunk, c.digest, c.scenarios.length, JSON.stringify(v.parts), c.doneAt]);
  }
  run(PROGRESS, [c.runId, JSON.stringify(c.rulesEditions), c.doneAt]);
}
