import { MigrationInterface, QueryRunner } from 'typeorm';
import { portable } from './portable';

/** Settings held as JSON (the tolerance policy for new runs). */
export class Settings1765000000001 implements MigrationInterface {
  name = 'Settings1765000000001';

  async up(q: QueryRunner): Promise<void> {
    await portable(
      q,
      `CREATE TABLE "setting" ("key" text PRIMARY KEY NOT NULL, "value" text NOT NULL, "updated_at" text NOT NULL, "updated_by" text NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await portable(q, `DROP TABLE "setting"`);
  }
}
