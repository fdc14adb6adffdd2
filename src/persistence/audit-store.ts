import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  AnswerDigestRow,
  ChainEntryRecord,
  DisputeRecord,
  Evidence,
  Outcome,
  RulingRecord,
  SealRecord,
} from '../audit/audit-records';
import { AuditStore } from '../audit/audit-store.port';
import type { AuditPins } from '../audit/pins/pins.types';
import {
  ChainEntryEntity,
  DisputeEntity,
  RulingEntity,
  RunAuditEntity,
  SealCommitmentEntity,
} from './entities/audit.entities';
import type { Row } from './run-rows';
import { dialectFor, type SqlDialect } from './sql-dialect';

const PAGE = 2000;

function dispute(e: DisputeEntity): DisputeRecord {
  return { ...e, targetKind: e.targetKind === 'finding' ? 'finding' : 'defect' };
}

function ruling(e: RulingEntity): RulingRecord {
  return { ...e, outcome: e.outcome as Outcome, evidence: e.evidence as Evidence[] };
}

/** The audit's records over SQLite or PostgreSQL (TypeORM; the one raw statement through the store's dialect). */
@Injectable()
export class SqlAuditStore extends AuditStore {
  private readonly dialect: SqlDialect;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
    this.dialect = dialectFor(db.options.type);
  }

  async savePins(runId: string, pins: AuditPins, at: string): Promise<void> {
    await this.db.getRepository(RunAuditEntity).save({ runId, pins, createdAt: at });
  }

  async pins(runId: string): Promise<AuditPins | null> {
    const row = await this.db.getRepository(RunAuditEntity).findOneBy({ runId });
    return row ? (row.pins as AuditPins) : null;
  }

  async appendChain(entry: ChainEntryRecord): Promise<boolean> {
    try {
      await this.db.getRepository(ChainEntryEntity).insert(entry);
      return true;
    } catch (err) {
      // Another process took this sequence number first (primary key), or chained the run already:
      // SQLITE_CONSTRAINT on SQLite, unique_violation (23505) on PostgreSQL.
      const { code, message } = err as { code?: string; message?: string };
      if (code === '23505' || /SQLITE_CONSTRAINT|UNIQUE constraint/i.test(`${code} ${message}`)) return false;
      throw err;
    }
  }

  lastChainEntry(): Promise<ChainEntryRecord | null> {
    return this.db.getRepository(ChainEntryEntity).findOne({ where: {}, order: { seq: 'DESC' } });
  }

  chain(): Promise<ChainEntryRecord[]> {
    return this.db.getRepository(ChainEntryEntity).find({ order: { seq: 'ASC' } });
  }

  async *eachAnswer(runId: string): AsyncIterable<AnswerDigestRow> {
    let key: unknown[] = ['', ''];
    for (;;) {
      // A row-value keyset page: the same on SQLite and PostgreSQL (text collates "C" there, as BINARY here).
      const rows: Row[] = await this.db.query(
        this.dialect.sql(
          `SELECT vendor_id, scenario_id, status, answer_hash, failure_kind, over_paid, under_paid, findings FROM vendor_result WHERE run_id = ? AND (vendor_id, scenario_id) > (?, ?) ORDER BY vendor_id, scenario_id LIMIT ${PAGE}`,
        ),
        [runId, ...key],
      );
      for (const r of rows)
        yield {
          vendorId: String(r.vendor_id),
          scenarioId: String(r.scenario_id),
          status: String(r.status),
          answerHash: (r.answer_hash as string | null) ?? null,
          failureKind: (r.failure_kind as string | null) ?? null,
          overPaid: (r.over_paid as string | null) ?? '0.00',
          underPaid: (r.under_paid as string | null) ?? '0.00',
          findings: Number(r.findings ?? 0),
        };
      if (rows.length < PAGE) return;
      const last = rows[rows.length - 1];
      key = [last.vendor_id, last.scenario_id];
    }
  }

  async addDispute(d: DisputeRecord): Promise<void> {
    await this.db.getRepository(DisputeEntity).insert(d);
  }

  async dispute(id: string): Promise<DisputeRecord | null> {
    const e = await this.db.getRepository(DisputeEntity).findOneBy({ id });
    return e ? dispute(e) : null;
  }

  async disputes(filter: { vendorId?: string }): Promise<DisputeRecord[]> {
    const rows = await this.db.getRepository(DisputeEntity).find({
      where: filter.vendorId === undefined ? {} : { vendorId: filter.vendorId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(dispute);
  }

  async addRuling(r: RulingRecord): Promise<void> {
    await this.db.getRepository(RulingEntity).insert(r);
  }

  async rulings(): Promise<RulingRecord[]> {
    return (await this.db.getRepository(RulingEntity).find({ order: { at: 'ASC', id: 'ASC' } })).map(ruling);
  }

  async recordSeal(s: SealRecord): Promise<void> {
    await this.db.getRepository(SealCommitmentEntity).save(s);
  }

  seals(): Promise<SealRecord[]> {
    return this.db.getRepository(SealCommitmentEntity).find({ order: { recordedAt: 'ASC' } });
  }
}
