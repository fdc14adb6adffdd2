import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { defectKey, type RoundDefect } from '../pilots/pilot.types';
import { RunDefectsSource } from '../pilots/run-defects-source.port';
import type { Row } from './run-rows';
import { dialectFor, type SqlDialect } from './sql-dialect';

/** The scenario `s` as this run (a) and the other run (b) ran it: same id, scenario hash and reference hash. */
const shared = (d: SqlDialect) => `JOIN run_scenario a ON a.run_id = ? AND a.scenario_id = s.scenario_id
  JOIN run_scenario b ON b.run_id = ? AND b.scenario_id = s.scenario_id AND b.hash = a.hash AND ${d.same('b.reference_hash', 'a.reference_hash')}`;

/**
 * The pilots' reading of the run's defects as the evaluation stored them (run_defect, and
 * finding.defect_id for where each occurred). A database from before defects were stored has
 * neither: its runs have no defects to compare. On SQLite and PostgreSQL (sql-dialect.ts).
 */
@Injectable()
export class StoredRunDefects extends RunDefectsSource {
  private readonly dialect: SqlDialect;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
    this.dialect = dialectFor(db.options.type);
  }

  private query(sql: string, params: unknown[] = []): Promise<Row[]> {
    return this.db.query(this.dialect.sql(sql), params);
  }

  async defects(runId: string): Promise<RoundDefect[] | null> {
    if (!(await this.stored(runId))) return null;
    const rows = await this.query(
      `SELECT vendor_id, defect_id, signature_version, kind, title_en, title_fr, codes, people, pays, over_paid, under_paid
       FROM run_defect WHERE run_id = ? ORDER BY vendor_id, rank, defect_id`,
      [runId],
    );
    return rows.map((r) => ({
      vendorId: String(r.vendor_id),
      defectId: String(r.defect_id),
      signatureVersion: Number(r.signature_version),
      kind: String(r.kind),
      title: { en: String(r.title_en), fr: String(r.title_fr) },
      codes: JSON.parse(String(r.codes)) as string[],
      people: Number(r.people),
      pays: Number(r.pays),
      overPaid: String(r.over_paid),
      underPaid: String(r.under_paid),
    }));
  }

  async onSharedScenarios(runId: string, otherRunId: string): Promise<Set<string>> {
    // A root finding names its defect; a supplier-level failure has no finding, its scenarios are the failed answers of that kind.
    const rows = await this.query(
      `SELECT DISTINCT s.vendor_id, s.defect_id FROM finding s ${shared(this.dialect)}
         WHERE s.run_id = ? AND s.role = 'root' AND s.defect_id IS NOT NULL
       UNION
       SELECT DISTINCT d.vendor_id, d.defect_id FROM run_defect d
         JOIN vendor_result s ON s.run_id = d.run_id AND s.vendor_id = d.vendor_id AND s.status = 'failed'
           AND s.failure_kind = ${this.dialect.jsonField('d.parts', 'subject')}
         ${shared(this.dialect)}
         WHERE d.run_id = ? AND d.kind = 'failure'`,
      [runId, otherRunId, runId, runId, otherRunId, runId],
    );
    return new Set(rows.map((r) => defectKey({ vendorId: String(r.vendor_id), defectId: String(r.defect_id) })));
  }

  /** Whether the run grouped its findings into defects (its signature version is stored). */
  private async stored(runId: string): Promise<boolean> {
    // TypeORM reads the table's columns on either store (pragma_table_info on SQLite, information_schema on PostgreSQL).
    const runner = this.db.createQueryRunner();
    const has = await runner.hasColumn('evaluation_run', 'signature_version').finally(() => runner.release());
    if (!has) return false;
    const rows = await this.query(`SELECT signature_version FROM evaluation_run WHERE id = ?`, [runId]);
    return rows.length > 0 && rows[0].signature_version !== null;
  }
}
