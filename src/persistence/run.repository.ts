import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';
import { EvaluationRunEntity, FindingEntity, RunScenarioEntity, RunVendorEntity, VendorResultEntity } from './entities';

/** SQLite allows 999 bound values per statement in older builds: rows per INSERT = 900 / columns. */
const MAX_VARIABLES = 900;

export interface FindingFilter {
  vendorId?: string;
  scenarioId?: string;
  family?: string;
  severity?: string;
  kind?: string;
}

/**
 * Everything a run stores, behind one class so services never touch TypeORM directly.
 * Writes are batched multi-row INSERTs inside one transaction (row-by-row save() with
 * sqlite3 is about 15× slower; ../shared/TOOLCHAIN.md).
 */
@Injectable()
export class RunRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async createRun(run: EvaluationRunEntity, scenarios: RunScenarioEntity[], vendors: RunVendorEntity[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.insertBatched(tx, EvaluationRunEntity, [run]);
      await this.insertBatched(tx, RunScenarioEntity, scenarios);
      await this.insertBatched(tx, RunVendorEntity, vendors);
    });
  }

  /** One supplier's answers and findings for some scenarios, and the run's progress, atomically. */
  async saveResults(
    runId: string,
    results: VendorResultEntity[],
    findings: FindingEntity[],
    workDone: number,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.insertBatched(tx, VendorResultEntity, results);
      await this.insertBatched(tx, FindingEntity, findings);
      await tx.update(EvaluationRunEntity, { id: runId }, { workDone });
    });
  }

  async finishRun(runId: string, finishedAt: string, summary: unknown): Promise<void> {
    await this.db
      .getRepository(EvaluationRunEntity)
      .update({ id: runId }, { status: 'finished', finishedAt, summary: summary as never });
  }

  async failRun(runId: string, finishedAt: string, error: string): Promise<void> {
    await this.db.getRepository(EvaluationRunEntity).update({ id: runId }, { status: 'failed', finishedAt, error });
  }

  getRun(runId: string): Promise<EvaluationRunEntity | null> {
    return this.db.getRepository(EvaluationRunEntity).findOneBy({ id: runId });
  }

  listRuns(): Promise<EvaluationRunEntity[]> {
    return this.db.getRepository(EvaluationRunEntity).find({ order: { startedAt: 'DESC' } });
  }

  scenarios(runId: string): Promise<RunScenarioEntity[]> {
    return this.db.getRepository(RunScenarioEntity).find({ where: { runId }, order: { scenarioId: 'ASC' } });
  }

  vendors(runId: string): Promise<RunVendorEntity[]> {
    return this.db.getRepository(RunVendorEntity).find({ where: { runId }, order: { vendorId: 'ASC' } });
  }

  results(runId: string, vendorId?: string): Promise<VendorResultEntity[]> {
    return this.db
      .getRepository(VendorResultEntity)
      .find({ where: { runId, ...(vendorId ? { vendorId } : {}) }, order: { vendorId: 'ASC', scenarioId: 'ASC' } });
  }

  findings(runId: string, filter: FindingFilter = {}): Promise<FindingEntity[]> {
    const where = Object.fromEntries(Object.entries({ runId, ...filter }).filter(([, v]) => v !== undefined));
    // Supplier, scenario, then the checks' own order: the same for every run of the same inputs,
    // however the suppliers' answers interleaved in time.
    return this.db
      .getRepository(FindingEntity)
      .find({ where, order: { vendorId: 'ASC', scenarioId: 'ASC', seq: 'ASC', id: 'ASC' } });
  }

  private async insertBatched<T extends ObjectLiteral>(
    tx: EntityManager,
    entity: EntityTarget<T>,
    rows: T[],
  ): Promise<void> {
    if (rows.length === 0) return;
    const columns = tx.getRepository(entity).metadata.columns.length;
    const size = Math.max(1, Math.floor(MAX_VARIABLES / columns));
    for (let i = 0; i < rows.length; i += size) {
      await tx
        .createQueryBuilder()
        .insert()
        .into(entity)
        .values(rows.slice(i, i + size))
        .execute();
    }
  }
}
