import { Money } from '../../money';
import { example, smaller } from './defect-example';
import type { Defect, LedgerEntry, SupplierDefects } from './defect-ledger.types';
import { defectTitle, groupingInfo } from './defect-text';
import { byHarm, emptyTally, mergeTallies, personTally, type DefectTally, type LedgerTally } from './defect-tally';
import { SIGNATURE_VERSION, type DefectExample } from './defect.types';

export type { Defect, FailureDefect, LedgerEntry, SupplierDefects } from './defect-ledger.types';

/**
 * Defects across people, per supplier, with memory bounded by the number of defects, not of
 * people (DESIGN.md, streams not arrays): each signature keeps counts, sums, the families it
 * was seen in and its smallest example; nothing per person is kept. Fed one person at a time
 * (a chunked evaluation calls `add` as each person is judged), read at the end. The counting is
 * defect-tally.ts's, which a chunked evaluation also stores per chunk and merges.
 */
export class DefectLedger {
  private readonly tallies = new Map<string, LedgerTally>();
  private readonly examples = new Map<string, Map<string, DefectExample>>();

  add(e: LedgerEntry): void {
    const person = personTally(e);
    this.tallies.set(e.supplierId, mergeTallies(this.tallies.get(e.supplierId) ?? emptyTally(), person));
    let examples = this.examples.get(e.supplierId);
    if (!examples) this.examples.set(e.supplierId, (examples = new Map<string, DefectExample>()));
    e.explanation.occurrences.forEach((o) => {
      const known = examples.get(o.signature.key);
      const candidate = example(e, o);
      if (!known || smaller(candidate, known)) examples.set(o.signature.key, candidate);
    });
  }

  suppliers(): string[] {
    return [...this.tallies.keys()].sort();
  }

  /** One supplier's defects, ranked by harm, and its supplier-level failures by kind. */
  defects(supplierId: string): SupplierDefects {
    const tally = this.tallies.get(supplierId) ?? emptyTally();
    const examples = this.examples.get(supplierId);
    const defects = tally.defects.map((t) => toDefect(t, examples!.get(t.signature.key)!)).sort(byHarm);
    const failures = [...tally.failures].sort((a, b) => b.errors - a.errors || (a.kind < b.kind ? -1 : 1));
    return { supplierId, signatureVersion: SIGNATURE_VERSION, defects, failures };
  }
}

/** A tally with its example, as a defect: its title and grouping information come from its signature. */
export function toDefect(t: DefectTally, example: DefectExample): Defect {
  return {
    id: t.signature.key,
    signature: t.signature,
    title: defectTitle(t.signature.parts),
    grouping: groupingInfo(t.signature.parts, t.signature.version),
    codes: t.codes,
    occurrences: t.occurrences,
    people: t.people,
    pays: t.pays,
    overPaid: Money.of(t.overPaid),
    underPaid: Money.of(t.underPaid),
    consequences: t.consequences,
    families: t.families,
    example,
  };
}
