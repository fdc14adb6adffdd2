import { MigrationInterface, QueryRunner } from 'typeorm';
import { onPostgres, portable } from './portable';

/**
 * Issue 13: a run stored chunk by chunk, with what auditors need and not more.
 * - evaluation_run: how to resume it (options), who owns it (pid, host, heartbeat), where its
 *   policy came from, how many scenarios, progress per supplier.
 * - run_scenario: the reference's statements are no longer stored whole (they were 87 % of the
 *   database): a hash of them is, and the refusal, and the scenario's chunk and position;
 *   traces of matching lines are recomputed on demand (the reference is deterministic and pinned).
 * - vendor_result: the chunk, a hash of the supplier's answer, the person's harm, the number
 *   of findings; statements_json is kept only for employees with a finding.
 * - finding: the chunk (chunk writes are idempotent: delete then insert).
 * - run_chunk: one row per supplier and chunk done, with its partial score sums (checkpoint).
 */
export class PipelineStorage1766000000000 implements MigrationInterface {
  name = 'PipelineStorage1766000000000';

  async up(q: QueryRunner): Promise<void> {
    for (const column of [
      'options text',
      'policy_source text',
      'owner_pid integer',
      'owner_host text',
      'heartbeat_at text',
      'scenario_count integer',
      'progress text',
    ])
      await portable(q, `ALTER TABLE "evaluation_run" ADD COLUMN ${column}`);
    await portable(
      q,
      `CREATE TABLE "run_scenario_v2" ("run_id" text NOT NULL, "scenario_id" text NOT NULL, "chunk" integer NOT NULL DEFAULT 0, "seq" integer NOT NULL DEFAULT 0, "hash" text NOT NULL, "file" text NOT NULL, "title" text NOT NULL, "family" text, "scenario_json" text NOT NULL, "reference_hash" text, "refused_code" text, "refused_message" text, PRIMARY KEY ("run_id", "scenario_id"))`,
    );
    await q.query(
      onPostgres(q)
        ? `INSERT INTO "run_scenario_v2" SELECT "run_id", "scenario_id", 0, row_number() OVER (), "hash", "file", "title", "family", "scenario_json", NULL, "reference_json"::json -> 'refused' ->> 'code', "reference_json"::json -> 'refused' ->> 'message' FROM "run_scenario"`
        : `INSERT INTO "run_scenario_v2" SELECT "run_id", "scenario_id", 0, "rowid", "hash", "file", "title", "family", "scenario_json", NULL, json_extract("reference_json", '$.refused.code'), json_extract("reference_json", '$.refused.message') FROM "run_scenario"`,
    );
    await portable(q, `DROP TABLE "run_scenario"`);
    await portable(q, `ALTER TABLE "run_scenario_v2" RENAME TO "run_scenario"`);
    await portable(q, `CREATE INDEX "IDX_run_scenario_chunk" ON "run_scenario" ("run_id", "chunk")`);
    await portable(q, `CREATE INDEX "IDX_run_scenario_seq" ON "run_scenario" ("run_id", "seq")`);
    for (const column of [
      'chunk integer NOT NULL DEFAULT 0',
      'answer_hash text',
      'over_paid text',
      'under_paid text',
      'findings integer NOT NULL DEFAULT 0',
    ])
      await portable(q, `ALTER TABLE "vendor_result" ADD COLUMN ${column}`);
    await portable(q, `CREATE INDEX "IDX_vendor_result_chunk" ON "vendor_result" ("run_id", "vendor_id", "chunk")`);
    await portable(q, `ALTER TABLE "finding" ADD COLUMN "chunk" integer NOT NULL DEFAULT 0`);
    await portable(q, `CREATE INDEX "IDX_finding_chunk" ON "finding" ("run_id", "vendor_id", "chunk")`);
    // The stable order reports stream findings in (keyset pages over this index).
    await portable(
      q,
      `CREATE INDEX "IDX_finding_order" ON "finding" ("run_id", "vendor_id", "scenario_id", "seq", "id")`,
    );
    await portable(
      q,
      `CREATE TABLE "run_chunk" ("run_id" text NOT NULL, "vendor_id" text NOT NULL, "chunk" integer NOT NULL, "digest" text NOT NULL, "scenarios" integer NOT NULL, "parts" text NOT NULL, "done_at" text NOT NULL, PRIMARY KEY ("run_id", "vendor_id", "chunk"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await portable(q, `DROP TABLE "run_chunk"`);
    await portable(q, `DROP INDEX "IDX_finding_order"`);
    await portable(q, `DROP INDEX "IDX_finding_chunk"`);
    await portable(q, `ALTER TABLE "finding" DROP COLUMN "chunk"`);
    await portable(q, `DROP INDEX "IDX_vendor_result_chunk"`);
    for (const column of ['findings', 'under_paid', 'over_paid', 'answer_hash', 'chunk'])
      await portable(q, `ALTER TABLE "vendor_result" DROP COLUMN "${column}"`);
    await portable(
      q,
      `CREATE TABLE "run_scenario_v1" ("run_id" text NOT NULL, "scenario_id" text NOT NULL, "hash" text NOT NULL, "file" text NOT NULL, "title" text NOT NULL, "family" text, "scenario_json" text NOT NULL, "reference_json" text NOT NULL, PRIMARY KEY ("run_id", "scenario_id"))`,
    );
    await q.query(
      onPostgres(q)
        ? `INSERT INTO "run_scenario_v1" SELECT "run_id", "scenario_id", "hash", "file", "title", "family", "scenario_json", CASE WHEN "refused_code" IS NULL THEN '{}' ELSE json_build_object('refused', json_build_object('code', "refused_code", 'message', "refused_message"))::text END FROM "run_scenario"`
        : `INSERT INTO "run_scenario_v1" SELECT "run_id", "scenario_id", "hash", "file", "title", "family", "scenario_json", CASE WHEN "refused_code" IS NULL THEN '{}' ELSE json_object('refused', json_object('code', "refused_code", 'message', "refused_message")) END FROM "run_scenario"`,
    );
    await portable(q, `DROP TABLE "run_scenario"`);
    await portable(q, `ALTER TABLE "run_scenario_v1" RENAME TO "run_scenario"`);
    for (const column of [
      'progress',
      'scenario_count',
      'heartbeat_at',
      'owner_host',
      'owner_pid',
      'policy_source',
      'options',
    ])
      await portable(q, `ALTER TABLE "evaluation_run" DROP COLUMN "${column}"`);
  }
}
