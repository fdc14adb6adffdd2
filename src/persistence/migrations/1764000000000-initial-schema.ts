import { MigrationInterface, QueryRunner } from 'typeorm';
import { portable } from './portable';

/** Runs, their pinned scenarios and suppliers, each supplier's answers, and the findings. */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await portable(
      q,
      `CREATE TABLE "evaluation_run" ("id" text PRIMARY KEY NOT NULL, "status" text NOT NULL, "started_at" text NOT NULL, "finished_at" text, "harness_version" text NOT NULL, "rules_editions" text NOT NULL, "tolerance_policy" text NOT NULL, "policy_hash" text NOT NULL, "scenario_source" text NOT NULL, "work_total" integer NOT NULL, "work_done" integer NOT NULL, "summary" text, "error" text)`,
    );
    await portable(
      q,
      `CREATE TABLE "finding" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "run_id" text NOT NULL, "vendor_id" text NOT NULL, "scenario_id" text NOT NULL, "family" text, "kind" text NOT NULL, "severity" text, "payday" text, "code" text, "for_period_start" text, "for_period_end" text, "expected" text, "actual" text, "difference" text, "direction" text, "message" text NOT NULL, "trace" text)`,
    );
    await portable(q, `CREATE INDEX "IDX_379d3d0b65b86498312706af9b" ON "finding" ("run_id", "scenario_id")`);
    await portable(q, `CREATE INDEX "IDX_2578b5e9ce35abd2879c99089b" ON "finding" ("run_id", "vendor_id")`);
    await portable(
      q,
      `CREATE TABLE "run_scenario" ("run_id" text NOT NULL, "scenario_id" text NOT NULL, "hash" text NOT NULL, "file" text NOT NULL, "title" text NOT NULL, "family" text, "scenario_json" text NOT NULL, "reference_json" text NOT NULL, PRIMARY KEY ("run_id", "scenario_id"))`,
    );
    await portable(
      q,
      `CREATE TABLE "run_vendor" ("run_id" text NOT NULL, "vendor_id" text NOT NULL, "name" text NOT NULL, "version" text, "manifest_hash" text NOT NULL, "transport" text NOT NULL, PRIMARY KEY ("run_id", "vendor_id"))`,
    );
    await portable(
      q,
      `CREATE TABLE "vendor_result" ("run_id" text NOT NULL, "vendor_id" text NOT NULL, "scenario_id" text NOT NULL, "status" text NOT NULL, "failure_kind" text, "failure_message" text, "stderr" text, "elapsed_ms" integer NOT NULL, "statements_json" text, PRIMARY KEY ("run_id", "vendor_id", "scenario_id"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await portable(q, `DROP TABLE "vendor_result"`);
    await portable(q, `DROP TABLE "run_vendor"`);
    await portable(q, `DROP TABLE "run_scenario"`);
    await portable(q, `DROP INDEX "IDX_2578b5e9ce35abd2879c99089b"`);
    await portable(q, `DROP INDEX "IDX_379d3d0b65b86498312706af9b"`);
    await portable(q, `DROP TABLE "finding"`);
    await portable(q, `DROP TABLE "evaluation_run"`);
  }
}
