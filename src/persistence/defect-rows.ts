import type { SignatureParts } from '../domain/checks/defects';
import type { DefectExampleRecord, DefectFilter, DefectRecord } from '../evaluation/ports/run-records';
import type { Row } from './run-rows';
import type { SqlDialect } from './sql-dialect';

type Params = Array<string | number | null>;

export const DEFECT_INSERT = `INSERT INTO run_defect (run_id, vendor_id, defect_id, signature_version, kind, rank, title_en, title_fr, grouping, parts, codes, families, occurrences, people, pays, over_paid, under_paid, consequences, errors, missed_pays, example) VALUES`;

export function defectParams(runId: string, d: DefectRecord): Params {
  return [
    runId,
    d.vendorId,
    d.defectId,
    d.signatureVersion,
    d.kind,
    d.rank,
    d.title.en,
    d.title.fr,
    JSON.stringify(d.grouping),
    JSON.stringify(d.parts),
    JSON.stringify(d.codes),
    JSON.stringify(d.families),
    d.occurrences,
    d.people,
    d.pays,
    d.overPaid,
    d.underPaid,
    d.consequences,
    d.errors,
    d.missedPays,
    JSON.stringify(d.example),
  ];
}

const parsed = <T>(v: unknown): T => JSON.parse(String(v)) as T;

export function defectRecord(r: Row): DefectRecord {
  return {
    vendorId: String(r.vendor_id),
    defectId: String(r.defect_id),
    signatureVersion: Number(r.signature_version),
    kind: String(r.kind),
    rank: Number(r.rank),
    title: { en: String(r.title_en), fr: String(r.title_fr) },
    grouping: parsed<{ en: string[]; fr: string[] }>(r.grouping),
    parts: parsed<SignatureParts>(r.parts),
    codes: parsed<string[]>(r.codes),
    families: parsed<string[]>(r.families),
    occurrences: Number(r.occurrences),
    people: Number(r.people),
    pays: Number(r.pays),
    overPaid: String(r.over_paid),
    underPaid: String(r.under_paid),
    consequences: Number(r.consequences),
    errors: Number(r.errors),
    missedPays: Number(r.missed_pays),
    example: parsed<DefectExampleRecord>(r.example),
  };
}

/** WHERE clause and parameters for a defect filter; a family is one of the JSON list's items. */
export function defectWhere(runId: string, f: DefectFilter, dialect: SqlDialect): [string, unknown[]] {
  const parts = ['run_id = ?'];
  const params: unknown[] = [runId];
  const add = (sql: string, value: string | undefined) => {
    if (value === undefined) return;
    parts.push(sql);
    params.push(value);
  };
  add('vendor_id = ?', f.vendorId);
  add('defect_id = ?', f.defectId);
  add(dialect.jsonListHas('run_defect.families'), f.family);
  return [parts.join(' AND '), params];
}
