import { MigrationInterface, QueryRunner } from 'typeorm';
import { portable } from './portable';

/**
 * Issue 14, item 4: a run stores its defects (docs/defects.md, docs/evaluation-pipeline.md).
 * - evaluation_run.signature_version: the grouping version its defects were made with (a run is
 *   never regrouped; a resume under another version is refused);
 * - finding: the defect it belongs to, root or consequence, the seq of the root it follows, and
 *   for a stub line (kind 'stub') the amount on the volunteer's stub;
 * - run_defect: per run, supplier and defect, the merged tally of its chunks, its title in both
 *   languages, its grouping information and its smallest example (both statements, the trace).
 */
export class Defects1767100000000 implements MigrationInterface {
  name = 'Defects1767100000000';

  async up(q: QueryRunner): Promise<void> {
    await portable(q, `ALTER TABLE "evaluation_run" ADD COLUMN "signature_version" integer`);
    for (const column of ['defect_id text', 'role text', 'root_seq integer', 'stub_amount text'])
      await portable(q, `ALTER TABLE "finding" ADD COLUMN ${column}`);
    // A defect's occurrences: its root findings, page by page.
    await portable(
      q,
      `CREATE INDEX "IDX_finding_defect" ON "finding" ("run_id", "defect_id", "role", "vendor_id", "scenario_id", "seq")`,
    );
    await portable(
      q,
      `CREATE TABLE "run_defect" ("run_id" text NOT NULL, "vendor_id" text NOT NULL, "defect_id" text NOT NULL, "signature_version" integer NOT NULL, "kind" text NOT NULL, "rank" integer NOT NULL, "title_en" text NOT NULL, "title_fr" text NOT NULL, "grouping" text NOT NULL, "parts" text NOT NULL, "codes" text NOT NULL, "families" text NOT NULL, "occurrences" integer NOT NULL, "people" integer NOT NULL, "pays" integer NOT NULL, "over_paid" text NOT NULL, "under_paid" text NOT NULL, "consequences" integer NOT NULL, "errors" integer NOT NULL, "missed_pays" integer NOT NULL, "example" text NOT NULL, PRIMARY KEY ("run_id", "vendor_id", "defect_id"))`,
    );
    await portable(q, `CREATE INDEX "IDX_run_defect_rank" ON "run_defect" ("run_id", "vendor_id", "rank")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "run_defect"`);
    await q.query(`DROP INDEX "IDX_finding_defect"`);
    for (const column of ['stub_amount', 'root_seq', 'role', 'defect_id'])
      await q.query(`ALTER TABLE "finding" DROP COLUMN "${column}"`);
    await q.query(`ALTER TABLE "evaluation_run" DROP COLUMN "signature_version"`);
  }
}
