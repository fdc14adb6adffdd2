import { MigrationInterface, QueryRunner } from 'typeorm';
import { portable } from './portable';

/**
 * Issue 16, item 3: a run that waits for exchange suppliers. The deadline procurement set (after
 * it, missing answers are missed pays) and, per supplier and employee, the pay runs still
 * missing, replaced each time the run is resumed.
 */
export class AwaitingSupplier1768000000000 implements MigrationInterface {
  name = 'AwaitingSupplier1768000000000';

  async up(q: QueryRunner): Promise<void> {
    await portable(q, `ALTER TABLE "evaluation_run" ADD COLUMN "supplier_deadline" text`);
    // Who set it and when (JSON { by, at }), as the stored policy keeps who set it.
    await portable(q, `ALTER TABLE "evaluation_run" ADD COLUMN "supplier_deadline_set" text`);
    await portable(
      q,
      `CREATE TABLE "run_missing" ("run_id" text NOT NULL, "vendor_id" text NOT NULL, "scenario_id" text NOT NULL, "chunk" integer NOT NULL, "paydays" text NOT NULL, "pay_runs" integer NOT NULL, PRIMARY KEY ("run_id", "vendor_id", "scenario_id"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "run_missing"`);
    await q.query(`ALTER TABLE "evaluation_run" DROP COLUMN "supplier_deadline_set"`);
    await q.query(`ALTER TABLE "evaluation_run" DROP COLUMN "supplier_deadline"`);
  }
}
