import {
  byHarm,
  defectTitle,
  emptyTally,
  groupingInfo,
  mergeTallies,
  SIGNATURE_VERSION,
  type DefectTally,
  type FailureDefect,
  type LedgerTally,
} from '../domain/checks/defects';
import { Money } from '../domain/money';
import { runReference } from '../domain/reference/engine';
import { parseScenarioOrThrow, statementToJson } from '../domain/scenario';
import type { RunRecorder, StoredFinding } from './ports/run-recorder.port';
import type { ChunkParts, DefectExampleRecord, DefectRecord } from './ports/run-records';

/**
 * A run's defects from its chunks' tallies (docs/evaluation-pipeline.md, "Defects"): each
 * supplier's tallies merged in chunk order, as the scores are, so a resumed run has exactly the
 * defects of an uninterrupted one; then each defect's smallest example is rebuilt from what the
 * run kept (the supplier's statements of a person with a finding, the pinned scenario from which
 * the reference is recomputed, and the root findings with their traces).
 */
export class DefectMerger {
  private readonly tallies = new Map<string, LedgerTally>();

  add(vendorId: string, parts: ChunkParts): void {
    if (!parts.defects) return;
    this.tallies.set(vendorId, mergeTallies(this.tallies.get(vendorId) ?? emptyTally(), parts.defects));
  }

  /** Every supplier's defects, ranked by harm, then its supplier-level failures by errors. */
  async records(recorder: RunRecorder, runId: string): Promise<DefectRecord[]> {
    const out: DefectRecord[] = [];
    for (const vendorId of [...this.tallies.keys()].sort()) {
      const tally = this.tallies.get(vendorId)!;
      const defects = tally.defects
        .map((t) => ({
          t,
          id: t.signature.key,
          overPaid: Money.of(t.overPaid),
          underPaid: Money.of(t.underPaid),
          people: t.people,
        }))
        .sort(byHarm);
      const failures = [...tally.failures].sort((a, b) => b.errors - a.errors || (a.kind < b.kind ? -1 : 1));
      const list: Omit<DefectRecord, 'rank'>[] = [];
      for (const { t } of defects)
        list.push(defectRecord(vendorId, t, await rebuiltExample(recorder, runId, vendorId, t)));
      for (const f of failures) list.push(failureRecord(vendorId, f));
      // Ranks count within a supplier, from 1.
      out.push(...list.map((d, k) => ({ ...d, rank: k + 1 })));
    }
    return out;
  }
}

function defectRecord(vendorId: string, t: DefectTally, example: DefectExampleRecord): Omit<DefectRecord, 'rank'> {
  return {
    vendorId,
    defectId: t.signature.key,
    signatureVersion: t.signature.version,
    kind: t.signature.parts.kind,
    title: defectTitle(t.signature.parts),
    grouping: groupingInfo(t.signature.parts, t.signature.version),
    parts: t.signature.parts,
    codes: t.codes,
    families: t.families,
    occurrences: t.occurrences,
    people: t.people,
    pays: t.pays,
    overPaid: t.overPaid,
    underPaid: t.underPaid,
    consequences: t.consequences,
    errors: 0,
    missedPays: 0,
    example,
  };
}

function failureRecord(vendorId: string, f: FailureDefect): Omit<DefectRecord, 'rank'> {
  return {
    vendorId,
    defectId: f.id,
    signatureVersion: SIGNATURE_VERSION,
    kind: 'failure',
    title: f.title,
    grouping: groupingInfo({ kind: 'failure', subject: f.kind }, SIGNATURE_VERSION),
    parts: { kind: 'failure', subject: f.kind },
    codes: [],
    families: f.families,
    occurrences: f.errors,
    people: f.errors,
    pays: 0,
    overPaid: '0.00',
    underPaid: '0.00',
    consequences: 0,
    errors: f.errors,
    missedPays: f.missedPays,
    example: {
      scenarioId: f.example.scenarioId,
      size: null,
      payday: null,
      codes: [],
      findingSeqs: [0],
      supplier: null,
      reference: null,
      trace: [],
      messages: [f.example.message],
    },
  };
}

/** The root findings' seq: findings come first (no error row when there are findings), then the violations. */
function rootSeqs(t: DefectTally, rows: readonly StoredFinding[]): number[] {
  const discrepancies = rows.filter((r) => !['error', 'invariant', 'stub'].includes(r.kind)).length;
  return [...t.example.roots, ...t.example.violations.map((v) => discrepancies + v)];
}

async function rebuiltExample(
  recorder: RunRecorder,
  runId: string,
  vendorId: string,
  t: DefectTally,
): Promise<DefectExampleRecord> {
  const ref = t.example;
  const rows = await recorder.findings(runId, { vendorId, scenarioId: ref.scenarioId });
  const seqs = rootSeqs(t, rows);
  const roots = rows.filter((r) => seqs.includes(r.seq));
  const scenario = await recorder.scenario(runId, ref.scenarioId);
  const answer = (await recorder.answers(runId, ref.scenarioId)).find((a) => a.vendorId === vendorId);
  const onPayday = <S extends { payday: string }>(list: readonly S[] | null | undefined) =>
    ref.payday === undefined ? undefined : list?.find((s) => s.payday === ref.payday);
  const reference =
    scenario && !scenario.refused
      ? onPayday(
          runReference(parseScenarioOrThrow(scenario.scenarioJson)).pays.map((p) => statementToJson(p.statement)),
        )
      : undefined;
  return {
    scenarioId: ref.scenarioId,
    size: ref.size,
    payday: ref.payday ?? null,
    codes: ref.codes,
    findingSeqs: seqs,
    supplier: onPayday(answer?.statementsJson as Array<{ payday: string }> | null) ?? null,
    reference: reference ?? null,
    trace: roots.flatMap((r) => (Array.isArray(r.trace) ? (r.trace as unknown[]) : [])),
    messages: roots.map((r) => r.message),
  };
}
