import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EvaluationRunEntity } from './entities/evaluation-run.entity';
import { PilotEntity, PilotRoundEntity } from './entities/pilot.entity';
import type { Row } from './run-rows';
import { dialectFor, type SqlDialect } from './sql-dialect';

export interface PilotRow {
  name: string;
  description: string;
  createdAt: string;
  rounds: number;
}

export interface RoundRow {
  round: number;
  runId: string;
  recordedAt: string;
}

/** Scenario pins are read this many at a time for the catalogue hash: memory does not grow with the population. */
const PAGE = 5000;

/** Pilots, their rounds, and what a round needs from its run (docs/pilots.md); on SQLite and PostgreSQL (sql-dialect.ts). */
@Injectable()
export class PilotRepository {
  private readonly dialect: SqlDialect;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.dialect = dialectFor(db.options.type);
  }

  async create(pilot: PilotEntity): Promise<void> {
    await this.db.getRepository(PilotEntity).insert(pilot);
  }

  async get(name: string): Promise<PilotEntity | null> {
    return this.db.getRepository(PilotEntity).findOneBy({ name });
  }

  async list(): Promise<PilotRow[]> {
    const rows: Row[] = await this.db.query(
      this.dialect.sql(`SELECT p.name, p.description, p.created_at, COUNT(r.round) AS rounds FROM pilot p
       LEFT JOIN pilot_round r ON r.pilot_name = p.name GROUP BY p.name ORDER BY p.name`),
    );
    return rows.map((r) => ({
      name: String(r.name),
      description: String(r.description),
      createdAt: String(r.created_at),
      rounds: Number(r.rounds),
    }));
  }

  async rounds(name: string): Promise<RoundRow[]> {
    const rows = await this.db
      .getRepository(PilotRoundEntity)
      .find({ where: { pilotName: name }, order: { round: 'ASC' } });
    return rows.map((r) => ({ round: r.round, runId: r.runId, recordedAt: r.recordedAt }));
  }

  /** The pilot a run is a round of, if any. */
  async roundOfRun(runId: string): Promise<PilotRoundEntity | null> {
    return this.db.getRepository(PilotRoundEntity).findOneBy({ runId });
  }

  /** Records the run as the pilot's next round, numbered in one transaction (two recorders never share a number). */
  async addRound(o: { name: string; runId: string; at: string }): Promise<number> {
    return this.db.transaction(async (m) => {
      const rows: Row[] = await m.query(
        this.dialect.sql(`SELECT COALESCE(MAX(round), 0) AS last FROM pilot_round WHERE pilot_name = ?`),
        [o.name],
      );
      const round = Number(rows[0].last) + 1;
      await m.getRepository(PilotRoundEntity).insert({ pilotName: o.name, round, runId: o.runId, recordedAt: o.at });
      return round;
    });
  }

  async run(runId: string): Promise<EvaluationRunEntity | null> {
    return this.db.getRepository(EvaluationRunEntity).findOneBy({ id: runId });
  }

  /** sha256 over the run's scenario ids and hashes in id order: two runs of the same catalogue have the same. */
  async catalogueHash(runId: string): Promise<string> {
    const hash = createHash('sha256');
    let after = '';
    for (;;) {
      const rows: Row[] = await this.db.query(
        this.dialect.sql(
          `SELECT scenario_id, hash FROM run_scenario WHERE run_id = ? AND scenario_id > ? ORDER BY scenario_id LIMIT ${PAGE}`,
        ),
        [runId, after],
      );
      for (const r of rows) hash.update(`${String(r.scenario_id)}\t${String(r.hash)}\n`);
      if (rows.length < PAGE) return hash.digest('hex');
      after = String(rows[rows.length - 1].scenario_id);
    }
  }
}
