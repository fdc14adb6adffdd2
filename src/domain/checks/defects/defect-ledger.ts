import type { IsoDate } from '../../calendar';
import { Money } from '../../money';
import type { LineCode } from '../../scenario';
import { example, smaller } from './defect-example';
import type { Defect, FailureDefect, LedgerEntry, SupplierDefects } from './defect-ledger.types';
import { defectTitle, groupingInfo } from './defect-text';
import { SIGNATURE_VERSION, type DefectExample, type Signature } from './defect.types';
import { signature } from './signature';

export type { Defect, FailureDefect, LedgerEntry, SupplierDefects } from './defect-ledger.types';

/**
 * Defects across people, per supplier, with memory bounded by the number of defects, not of
 * people (DESIGN.md, streams not arrays): each signature keeps counts, sums, the families it
 * was seen in and its smallest example; nothing per person is kept. Fed one person at a time
 * (a chunked evaluation calls `add` as each person is judged), read at the end.
 */
interface Tally {
  signature: Signature;
  codes: Set<LineCode>;
  occurrences: number;
  people: number;
  pays: number;
  over: Money;
  under: Money;
  consequences: number;
  families: Set<string>;
  example: DefectExample;
}

const NO_FAMILY = '(no family)';

export class DefectLedger {
  private readonly bySupplier = new Map<string, Map<string, Tally>>();
  private readonly failures = new Map<string, Map<string, FailureDefect>>();

  add(e: LedgerEntry): void {
    const x = e.explanation;
    if (x.failure) return this.addFailure(e);
    const tallies = this.tallies(e.supplierId);
    const seen = new Map<string, Set<IsoDate>>();
    x.occurrences.forEach((o, k) => {
      const key = o.signature.key;
      let t = tallies.get(key);
      const candidate = example(e, o);
      if (!t) {
        t = {
          signature: o.signature,
          codes: new Set(),
          occurrences: 0,
          people: 0,
          pays: 0,
          over: Money.ZERO,
          under: Money.ZERO,
          consequences: 0,
          families: new Set(),
          example: candidate,
        };
        tallies.set(key, t);
      } else if (smaller(candidate, t.example)) t.example = candidate;
      t.occurrences += 1;
      for (const c of o.codes) t.codes.add(c);
      t.families.add(x.family ?? NO_FAMILY);
      t.consequences +=
        x.findings.filter((f) => f.role === 'consequence' && f.occurrence === k).length +
        x.violations.filter((v) => v.role === 'consequence' && v.occurrence === k).length;
      for (const net of o.netByPayday.values()) {
        if (net.isPositive()) t.over = t.over.plus(net);
        else t.under = t.under.minus(net);
      }
      const days = seen.get(key) ?? new Set<IsoDate>();
      for (const d of [...o.netByPayday.keys(), ...(o.payday ? [o.payday] : [])]) days.add(d);
      seen.set(key, days);
    });
    for (const [key, days] of seen) {
      const t = tallies.get(key)!;
      t.people += 1;
      t.pays += days.size;
    }
  }

  private addFailure(e: LedgerEntry): void {
    const f = e.explanation.failure!;
    let byKind = this.failures.get(e.supplierId);
    if (!byKind) this.failures.set(e.supplierId, (byKind = new Map<string, FailureDefect>()));
    const sig = signature({ kind: 'failure', subject: f.kind });
    let d = byKind.get(f.kind);
    if (!d) {
      d = {
        id: sig.key,
        kind: f.kind,
        title: defectTitle(sig.parts),
        errors: 0,
        missedPays: 0,
        families: [],
        example: { scenarioId: f.scenarioId, message: f.message },
      };
      byKind.set(f.kind, d);
    }
    d.errors += 1;
    d.missedPays += f.missedPays;
    const family = f.family ?? NO_FAMILY;
    if (!d.families.includes(family)) d.families = [...d.families, family].sort();
  }

  private tallies(supplierId: string): Map<string, Tally> {
    let t = this.bySupplier.get(supplierId);
    if (!t) this.bySupplier.set(supplierId, (t = new Map<string, Tally>()));
    return t;
  }

  suppliers(): string[] {
    return [...new Set([...this.bySupplier.keys(), ...this.failures.keys()])].sort();
  }

  /** One supplier's defects, ranked by harm, and its supplier-level failures by kind. */
  defects(supplierId: string): SupplierDefects {
    const defects = [...(this.bySupplier.get(supplierId)?.values() ?? [])].map(toDefect);
    defects.sort(
      (a, b) =>
        b.overPaid.plus(b.underPaid).compare(a.overPaid.plus(a.underPaid)) ||
        b.people - a.people ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    const failures = [...(this.failures.get(supplierId)?.values() ?? [])].sort(
      (a, b) => b.errors - a.errors || (a.kind < b.kind ? -1 : 1),
    );
    return { supplierId, signatureVersion: SIGNATURE_VERSION, defects, failures };
  }
}

function toDefect(t: Tally): Defect {
  return {
    id: t.signature.key,
    signature: t.signature,
    title: defectTitle(t.signature.parts),
    grouping: groupingInfo(t.signature.parts, t.signature.version),
    codes: [...t.codes].sort(),
    occurrences: t.occurrences,
    people: t.people,
    pays: t.pays,
    overPaid: t.over,
    underPaid: t.under,
    consequences: t.consequences,
    families: [...t.families].sort(),
    example: t.example,
  };
}
