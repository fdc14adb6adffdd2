import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RunRecorder, StoredFinding } from '../evaluation/ports/run-recorder.port';
import type {
  AnswerRecord,
  ChunkParts,
  ChunkRecord,
  DefectFilter,
  DefectRecord,
  DeadlineSet,
  DoneChunk,
  FindingFilter,
  HarmedRecord,
  MissingCounts,
  MissingRecord,
  NewRunRecord,
  RunOwner,
  RunRecord,
  ScenarioPinPage,
  ScenarioRecord,
  VendorPinRecord,
} from '../evaluation/ports/run-records';
import { EvaluationRunEntity, RunChunkEntity, RunVendorEntity } from './entities';
import { openChunkWriter, type ChunkWriter } from './chunk-writer';
import { DEFECT_INSERT, defectParams, defectRecord, defectWhere } from './defect-rows';
import { answerRecord, findingRecord, runRecord, scenarioRecord, type Row } from './run-rows';
import { dialectFor, type SqlDialect } from './sql-dialect';
import { insertRows, writeChunkStatements } from './write-chunk';

/** Findings per page when a report streams them. */
const PAGE = 2000;
const FILTER_COLUMNS: Record<keyof FindingFilter, string> = {
  vendorId: 'vendor_id',
  scenarioId: 'scenario_id',
  family: 'family',
  severity: 'severity',
  kind: 'kind',
  defectId: 'defect_id',
  role: 'role',
};

/**
 * The run recorder over SQLite or PostgreSQL: TypeORM for the schema, migrations and queries;
 * the hot write path (one transaction per chunk) through a writer of prepared statements on
 * its own connection (SqliteWriter, PostgresWriter). The SQL that differs is in sql-dialect.ts.
 */
@Injectable()
export class RunStore implements RunRecorder, OnModuleDestroy {
  private writer?: Promise<ChunkWriter>;
  private readonly dialect: SqlDialect;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.dialect = dialectFor(db.options.type);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.writer) await (await this.writer).close();
    this.writer = undefined;
  }

  private write(): Promise<ChunkWriter> {
    this.writer ??= openChunkWriter(this.db.options);
    return this.writer;
  }

  private query(sql: string, params: unknown[]): Promise<Row[]> {
    return this.db.query(this.dialect.sql(sql), params);
  }

  async createRun(r: NewRunRecord): Promise<void> {
    await (
      await this.write()
    ).transaction((run) => {
      run(
        `INSERT INTO evaluation_run (id, status, started_at, finished_at, harness_version, rules_editions, tolerance_policy, policy_hash, scenario_source, work_total, work_done, summary, error, options, policy_source, owner_pid, owner_host, heartbeat_at, scenario_count, progress, signature_version, supplier_deadline, supplier_deadline_set) VALUES (?, 'running', ?, NULL, ?, '[]', ?, ?, ?, ?, 0, NULL, NULL, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?)`,
        [
          r.id,
          r.startedAt,
          r.harnessVersion,
          JSON.stringify(r.tolerancePolicy),
          r.policyHash,
          r.scenarioSource,
          r.workTotal,
          JSON.stringify(r.options),
          r.policySource,
          r.owner.pid,
          r.owner.host,
          r.startedAt,
          r.scenarioCount,
          r.signatureVersion,
          r.supplierDeadline ?? null,
          r.deadlineSet ? JSON.stringify(r.deadlineSet) : null,
        ],
      );
      for (const v of r.vendors)
        run(
          `INSERT INTO run_vendor (run_id, vendor_id, name, version, manifest_hash, transport) VALUES (?, ?, ?, ?, ?, ?)`,
          [r.id, v.vendorId, v.name, v.version, v.manifestHash, v.transport],
        );
    });
  }

  async writeChunk(c: ChunkRecord): Promise<void> {
    await (await this.write()).transaction((run) => writeChunkStatements(run, c, this.dialect));
  }

  async doneChunks(runId: string): Promise<DoneChunk[]> {
    const rows = await this.db
      .getRepository(RunChunkEntity)
      .find({ where: { runId }, select: { vendorId: true, chunk: true, digest: true, scenarios: true } });
    return rows.map((r) => ({ vendorId: r.vendorId, chunk: r.chunk, digest: r.digest, scenarios: r.scenarios }));
  }

  async *parts(runId: string): AsyncIterable<{ vendorId: string; parts: ChunkParts }> {
    let key: unknown[] = [-1, ''];
    for (;;) {
      const rows = await this.query(
        `SELECT vendor_id, chunk, parts FROM run_chunk WHERE run_id = ? AND (chunk, vendor_id) > (?, ?) ORDER BY chunk, vendor_id LIMIT ${PAGE}`,
        [runId, ...key],
      );
      for (const r of rows)
        yield { vendorId: r.vendor_id as string, parts: JSON.parse(r.parts as string) as ChunkParts };
      if (rows.length < PAGE) return;
      const last = rows[rows.length - 1];
      key = [last.chunk, last.vendor_id];
    }
  }

  async claim(runId: string, owner: RunOwner, at: string): Promise<void> {
    await this.update(
      `UPDATE evaluation_run SET status = 'running', finished_at = NULL, error = NULL, owner_pid = ?, owner_host = ?, heartbeat_at = ? WHERE id = ?`,
      [owner.pid, owner.host, at, runId],
    );
  }

  async heartbeat(runId: string, at: string): Promise<void> {
    await this.update(`UPDATE evaluation_run SET heartbeat_at = ? WHERE id = ? AND status = 'running'`, [at, runId]);
  }

  async saveSummary(runId: string, summary: unknown): Promise<void> {
    await this.update(`UPDATE evaluation_run SET summary = ? WHERE id = ?`, [JSON.stringify(summary), runId]);
  }

  async finish(runId: string, at: string, summary: unknown): Promise<void> {
    await this.update(
      `UPDATE evaluation_run SET status = 'finished', finished_at = ?, summary = ?, error = NULL WHERE id = ?`,
      [at, JSON.stringify(summary), runId],
    );
  }

  async fail(runId: string, at: string, error: string): Promise<void> {
    await this.update(`UPDATE evaluation_run SET status = 'failed', finished_at = ?, error = ? WHERE id = ?`, [
      at,
      error,
      runId,
    ]);
  }

  async interrupt(runId: string, at: string, reason: string): Promise<void> {
    await this.update(
      `UPDATE evaluation_run SET status = 'interrupted', finished_at = ?, error = ? WHERE id = ? AND status = 'running'`,
      [at, reason, runId],
    );
  }

  async awaitSuppliers(runId: string, missing: readonly MissingRecord[]): Promise<void> {
    await (
      await this.write()
    ).transaction((run) => {
      run(`DELETE FROM run_missing WHERE run_id = ?`, [runId]);
      insertRows(
        run,
        `INSERT INTO run_missing (run_id, vendor_id, scenario_id, chunk, paydays, pay_runs) VALUES`,
        missing.map((m) => [runId, m.vendorId, m.scenarioId, m.chunk, JSON.stringify(m.paydays), m.paydays.length]),
      );
      // Waiting is not an end: no finished_at; the owner stays for the record, the heartbeat stops.
      if (missing.length > 0)
        run(`UPDATE evaluation_run SET status = 'awaiting-supplier', finished_at = NULL, error = NULL WHERE id = ?`, [
          runId,
        ]);
    });
  }

  async setDeadline(runId: string, deadline: string | null, set: DeadlineSet): Promise<void> {
    await this.update(`UPDATE evaluation_run SET supplier_deadline = ?, supplier_deadline_set = ? WHERE id = ?`, [
      deadline,
      JSON.stringify(set),
      runId,
    ]);
  }

  async missing(
    runId: string,
    filter: { vendorId?: string },
    page: { offset: number; limit: number },
  ): Promise<{ total: number; items: MissingRecord[] }> {
    const where = `run_id = ?${filter.vendorId !== undefined ? ' AND vendor_id = ?' : ''}`;
    const params = [runId, ...(filter.vendorId !== undefined ? [filter.vendorId] : [])];
    const total = await this.query(`SELECT COUNT(*) AS n FROM run_missing WHERE ${where}`, params);
    const rows = await this.query(
      `SELECT vendor_id, scenario_id, chunk, paydays FROM run_missing WHERE ${where} ORDER BY vendor_id, chunk, scenario_id LIMIT ? OFFSET ?`,
      [...params, page.limit, page.offset],
    );
    return {
      total: Number(total[0].n),
      items: rows.map((r) => ({
        vendorId: String(r.vendor_id),
        scenarioId: String(r.scenario_id),
        chunk: Number(r.chunk),
        paydays: JSON.parse(String(r.paydays)) as string[],
      })),
    };
  }

  async missingCounts(runId: string): Promise<MissingCounts> {
    const rows = await this.query(
      `SELECT vendor_id, COUNT(*) AS employees, SUM(pay_runs) AS pay_runs FROM run_missing WHERE run_id = ? GROUP BY vendor_id ORDER BY vendor_id`,
      [runId],
    );
    return Object.fromEntries(
      rows.map((r) => [String(r.vendor_id), { employees: Number(r.employees), payRuns: Number(r.pay_runs) }]),
    );
  }

  async getRun(runId: string): Promise<RunRecord | null> {
    const run = await this.db.getRepository(EvaluationRunEntity).findOneBy({ id: runId });
    return run ? runRecord(run) : null;
  }

  async listRuns(): Promise<RunRecord[]> {
    const runs = await this.db.getRepository(EvaluationRunEntity).find({ order: { startedAt: 'DESC' } });
    return runs.map(runRecord);
  }

  async runningRuns(): Promise<RunRecord[]> {
    const runs = await this.db.getRepository(EvaluationRunEntity).findBy({ status: 'running' });
    return runs.map(runRecord);
  }

  async vendors(runId: string): Promise<VendorPinRecord[]> {
    const rows = await this.db.getRepository(RunVendorEntity).find({ where: { runId }, order: { vendorId: 'ASC' } });
    return rows.map((v) => ({
      vendorId: v.vendorId,
      name: v.name,
      version: v.version,
      manifestHash: v.manifestHash,
      transport: v.transport,
    }));
  }

  async scenarioPins(
    runId: string,
    page: { offset: number; limit: number; family?: string },
  ): Promise<ScenarioPinPage> {
    const where = `run_id = ?${page.family !== undefined ? ` AND family ${this.dialect.isParam}` : ''}`;
    const params = page.family !== undefined ? [runId, page.family] : [runId];
    return this.pinPage(where, params, page);
  }

  async refusedScenarios(runId: string, limit: number): Promise<ScenarioPinPage> {
    return this.pinPage('run_id = ? AND refused_code IS NOT NULL', [runId], { offset: 0, limit });
  }

  async scenario(runId: string, scenarioId: string): Promise<ScenarioRecord | null> {
    const rows = await this.query(`SELECT * FROM run_scenario WHERE run_id = ? AND scenario_id = ?`, [
      runId,
      scenarioId,
    ]);
    return rows[0] ? scenarioRecord(rows[0], true) : null;
  }

  async answers(runId: string, scenarioId: string): Promise<Array<AnswerRecord & { vendorId: string }>> {
    const rows = await this.query(
      `SELECT * FROM vendor_result WHERE run_id = ? AND scenario_id = ? ORDER BY vendor_id`,
      [runId, scenarioId],
    );
    return rows.map(answerRecord);
  }

  async findings(
    runId: string,
    filter: FindingFilter,
    page: { offset: number; limit: number } = { offset: 0, limit: -1 },
  ): Promise<StoredFinding[]> {
    const [where, params] = filterSql(runId, filter);
    const rows = await this.query(
      `SELECT * FROM finding WHERE ${where} ORDER BY vendor_id, scenario_id, seq, id LIMIT ? OFFSET ?`,
      [...params, page.limit < 0 ? this.dialect.noLimit : page.limit, page.offset],
    );
    return rows.map(findingRecord);
  }

  async countFindings(runId: string, filter: FindingFilter = {}): Promise<number> {
    const [where, params] = filterSql(runId, filter);
    const rows = await this.query(`SELECT COUNT(*) AS n FROM finding WHERE ${where}`, params);
    return Number(rows[0].n);
  }

  async *eachFinding(runId: string): AsyncIterable<StoredFinding> {
    let key: unknown[] = ['', '', -1, -1];
    for (;;) {
      // Keyset pages in the stable order: each page starts after the last row of the one before.
      const rows = await this.query(
        `SELECT * FROM finding WHERE run_id = ? AND (vendor_id, scenario_id, seq, id) > (?, ?, ?, ?) ORDER BY vendor_id, scenario_id, seq, id LIMIT ${PAGE}`,
        [runId, ...key],
      );
      for (const r of rows) yield findingRecord(r);
      if (rows.length < PAGE) return;
      const last = rows[rows.length - 1];
      key = [last.vendor_id, last.scenario_id, last.seq, last.id];
    }
  }

  async worstFindings(runId: string, limit: number): Promise<StoredFinding[]> {
    // The order only: amounts stay text everywhere else. Stub lines are not findings of harm (their own section).
    const rows = await this.query(
      `SELECT * FROM finding WHERE run_id = ? AND kind != 'stub' ORDER BY ABS(${this.dialect.asNumber("COALESCE(net_effect, '0')")}) DESC, kind = 'error' DESC, vendor_id, scenario_id, seq, id LIMIT ?`,
      [runId, limit],
    );
    return rows.map(findingRecord);
  }

  async mostHarmed(runId: string, limit: number): Promise<HarmedRecord[]> {
    const rows = await this.query(
      `SELECT v.vendor_id, v.scenario_id, s.family, v.over_paid, v.under_paid, v.findings FROM vendor_result v JOIN run_scenario s ON s.run_id = v.run_id AND s.scenario_id = v.scenario_id WHERE v.run_id = ? AND v.findings > 0 ORDER BY ${this.dialect.asNumber('v.over_paid')} + ${this.dialect.asNumber('v.under_paid')} DESC, v.findings DESC, v.vendor_id, v.scenario_id LIMIT ?`,
      [runId, limit],
    );
    return rows.map((r) => ({
      vendorId: r.vendor_id as string,
      scenarioId: r.scenario_id as string,
      family: (r.family as string | null) ?? null,
      overPaid: (r.over_paid as string | null) ?? '0.00',
      underPaid: (r.under_paid as string | null) ?? '0.00',
      findings: Number(r.findings),
    }));
  }

  async saveDefects(runId: string, defects: readonly DefectRecord[]): Promise<void> {
    await (
      await this.write()
    ).transaction((run) => {
      run(`DELETE FROM run_defect WHERE run_id = ?`, [runId]);
      insertRows(
        run,
        DEFECT_INSERT,
        defects.map((d) => defectParams(runId, d)),
      );
    });
  }

  async defects(runId: string, filter: DefectFilter = {}): Promise<DefectRecord[]> {
    const [where, params] = defectWhere(runId, filter, this.dialect);
    const rows = await this.query(
      `SELECT * FROM run_defect WHERE ${where} ORDER BY vendor_id, rank, defect_id`,
      params,
    );
    return rows.map(defectRecord);
  }

  async occurrences(
    runId: string,
    filter: { defectId: string; vendorId?: string },
    page: { offset: number; limit: number },
  ): Promise<{ total: number; items: StoredFinding[] }> {
    // The first root of each occurrence: a root whose root is itself (a pair's other root follows it).
    const where = `run_id = ? AND defect_id = ? AND role = 'root' AND root_seq = seq${filter.vendorId !== undefined ? ' AND vendor_id = ?' : ''}`;
    const params = [runId, filter.defectId, ...(filter.vendorId !== undefined ? [filter.vendorId] : [])];
    const total = await this.query(`SELECT COUNT(*) AS n FROM finding WHERE ${where}`, params);
    const rows = await this.query(
      `SELECT * FROM finding WHERE ${where} ORDER BY vendor_id, scenario_id, seq LIMIT ? OFFSET ?`,
      [...params, page.limit, page.offset],
    );
    return { total: Number(total[0].n), items: rows.map(findingRecord) };
  }

  private async pinPage(
    where: string,
    params: unknown[],
    page: { offset: number; limit: number },
  ): Promise<ScenarioPinPage> {
    const total = await this.query(`SELECT COUNT(*) AS n FROM run_scenario WHERE ${where}`, params);
    const rows = await this.query(
      `SELECT scenario_id, seq, hash, file, title, family, reference_hash, refused_code, refused_message FROM run_scenario WHERE ${where} ORDER BY seq, scenario_id LIMIT ? OFFSET ?`,
      [...params, page.limit, page.offset],
    );
    return {
      total: Number(total[0].n),
      items: rows.map((r) => {
        const { scenarioJson: _json, chunk: _chunk, ...pin } = scenarioRecord(r, false);
        return pin;
      }),
    };
  }

  private async update(sql: string, params: Array<string | number | null>): Promise<void> {
    await (await this.write()).transaction((run) => run(sql, params));
  }
}

function filterSql(runId: string, filter: FindingFilter): [string, unknown[]] {
  const parts = ['run_id = ?'];
  const params: unknown[] = [runId];
  for (const [key, column] of Object.entries(FILTER_COLUMNS)) {
    const value = filter[key as keyof FindingFilter];
    if (value === undefined) continue;
    parts.push(`${column} = ?`);
    params.push(value);
  }
  return [parts.join(' AND '), params];
}
