import { MigrationInterface, QueryRunner } from 'typeorm';
import { portable } from './portable';

/**
 * Findings name the invariant they break (check_name) and carry the change to the person's
 * net pay (net_effect, decimal text), so the harm in a report can be re-added from the rows.
 */
export class FindingCheckAndNetEffect1764100000000 implements MigrationInterface {
  name = 'FindingCheckAndNetEffect1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await portable(q, `ALTER TABLE "finding" ADD COLUMN "check_name" text`);
    await portable(q, `ALTER TABLE "finding" ADD COLUMN "net_effect" text`);
    await portable(q, `ALTER TABLE "finding" ADD COLUMN "seq" integer NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await portable(q, `ALTER TABLE "finding" DROP COLUMN "seq"`);
    await portable(q, `ALTER TABLE "finding" DROP COLUMN "net_effect"`);
    await portable(q, `ALTER TABLE "finding" DROP COLUMN "check_name"`);
  }
}
