import { MigrationInterface, QueryRunner } from 'typeorm';
import { portable } from './portable';

/** Pilots and their rounds (issue 22, docs/pilots.md): a run is the round of at most one pilot. */
export class Pilots1767300000000 implements MigrationInterface {
  name = 'Pilots1767300000000';

  async up(q: QueryRunner): Promise<void> {
    await portable(
      q,
      `CREATE TABLE "pilot" ("name" text PRIMARY KEY NOT NULL, "description" text NOT NULL, "created_at" text NOT NULL)`,
    );
    await portable(
      q,
      `CREATE TABLE "pilot_round" ("pilot_name" text NOT NULL REFERENCES "pilot" ("name"), "round" integer NOT NULL, "run_id" text NOT NULL, "recorded_at" text NOT NULL, PRIMARY KEY ("pilot_name", "round"))`,
    );
    await portable(q, `CREATE UNIQUE INDEX "IDX_pilot_round_run" ON "pilot_round" ("run_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "pilot_round"`);
    await q.query(`DROP TABLE "pilot"`);
  }
}
