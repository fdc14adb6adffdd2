import { MigrationInterface, QueryRunner } from 'typeorm';
import { portable } from './portable';

/** API tokens (hashed) and volunteers' submissions (issue 7). */
export class TokensAndSubmissions1765000000000 implements MigrationInterface {
  name = 'TokensAndSubmissions1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await portable(
      q,
      `CREATE TABLE "api_token" ("id" text PRIMARY KEY NOT NULL, "name" text NOT NULL, "role" text NOT NULL, "token_hash" text NOT NULL, "created_at" text NOT NULL, "revoked_at" text)`,
    );
    await portable(q, `CREATE UNIQUE INDEX "IDX_api_token_hash" ON "api_token" ("token_hash")`);
    await portable(
      q,
      `CREATE TABLE "submission" ("id" text PRIMARY KEY NOT NULL, "owner_token_id" text NOT NULL, "file_name" text NOT NULL, "status" text NOT NULL, "received_at" text NOT NULL, "content" text, "errors" text NOT NULL, "scenario_ids" text NOT NULL, "run_id" text)`,
    );
    await portable(q, `CREATE INDEX "IDX_submission_owner" ON "submission" ("owner_token_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await portable(q, `DROP INDEX "IDX_submission_owner"`);
    await portable(q, `DROP TABLE "submission"`);
    await portable(q, `DROP INDEX "IDX_api_token_hash"`);
    await portable(q, `DROP TABLE "api_token"`);
  }
}
