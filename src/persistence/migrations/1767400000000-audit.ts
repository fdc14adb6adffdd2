import { MigrationInterface, QueryRunner } from 'typeorm';
import { portable } from './portable';

/**
 * Issue 18, auditors: a run's audit pins, the hash chain of finished runs, disputes and
 * rulings, sealed-set commitments, and tokens bound to a supplier (the `supplier` role). On
 * SQLite and PostgreSQL alike (portable(): text collating "C", so the chain, disputes and
 * rulings list in the same order on both).
 */
export class Audit1767400000000 implements MigrationInterface {
  name = 'Audit1767400000000';

  async up(q: QueryRunner): Promise<void> {
    await portable(
      q,
      `CREATE TABLE "run_audit" ("run_id" text PRIMARY KEY NOT NULL, "pins" text NOT NULL, "created_at" text NOT NULL)`,
    );
    await portable(
      q,
      `CREATE TABLE "chain_entry" ("seq" integer PRIMARY KEY NOT NULL, "run_id" text NOT NULL, "record_hash" text NOT NULL, "prev_hash" text NOT NULL, "entry_hash" text NOT NULL, "at" text NOT NULL)`,
    );
    await portable(q, `CREATE UNIQUE INDEX "IDX_chain_entry_run" ON "chain_entry" ("run_id")`);
    await portable(
      q,
      `CREATE TABLE "dispute" ("id" text PRIMARY KEY NOT NULL, "run_id" text NOT NULL, "vendor_id" text NOT NULL, "target_kind" text NOT NULL, "finding_id" text, "signature" text NOT NULL, "signature_version" integer NOT NULL, "reason" text NOT NULL, "by_token" text NOT NULL, "by_name" text NOT NULL, "created_at" text NOT NULL)`,
    );
    await portable(q, `CREATE INDEX "IDX_dispute_vendor" ON "dispute" ("vendor_id")`);
    await portable(
      q,
      `CREATE TABLE "ruling" ("id" text PRIMARY KEY NOT NULL, "dispute_id" text NOT NULL, "outcome" text NOT NULL, "explanation" text NOT NULL, "rule" text, "evidence" text NOT NULL, "signature" text NOT NULL, "signature_version" integer NOT NULL, "vendor_id" text, "by_token" text NOT NULL, "by_name" text NOT NULL, "at" text NOT NULL)`,
    );
    await portable(q, `CREATE INDEX "IDX_ruling_signature" ON "ruling" ("signature", "signature_version")`);
    await portable(
      q,
      `CREATE TABLE "seal_commitment" ("commitment" text PRIMARY KEY NOT NULL, "scenarios" integer NOT NULL, "recorded_at" text NOT NULL, "recorded_by" text NOT NULL)`,
    );
    await portable(q, `ALTER TABLE "api_token" ADD COLUMN "vendor_id" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "api_token" DROP COLUMN "vendor_id"`);
    for (const table of ['seal_commitment', 'ruling', 'dispute', 'chain_entry', 'run_audit'])
      await q.query(`DROP TABLE "${table}"`);
  }
}
