import type { IsoDate } from '../../calendar';
import { Money } from '../../money';
import type { LineCode } from '../../scenario';
import { sizeOf } from './defect-example';
import type { FailureDefect, LedgerEntry } from './defect-ledger.types';
import { defectTitle } from './defect-text';
import type { Signature } from './defect.types';
import { signature } from './signature';

/**
 * The ledger's counting as plain JSON (money as two-decimal text), so it can cross worker
 * threads and be stored with a chunk's checkpoint: what one person adds (personTally), and the
 * sum of two tallies (mergeTallies). Every figure is a sum, a union or a minimum, so merging the
 * tallies of the chunks of a run gives the tally of the whole run whatever the cut and the order:
 * a resumed run has exactly the defects of an uninterrupted one (docs/evaluation-pipeline.md).
 */

/** Where a defect's smallest example is, without its statements: the run stores those (finding indices as judged). */
export interface ExampleRef {
  scenarioId: string;
  /** Events + paydays (defect-example.ts): the measure of "smallest". */
  size: number;
  payday?: IsoDate;
  codes: LineCode[];
  /** Indices of the root findings in the person's findings, and of root violations in its violations. */
  roots: number[];
  violations: number[];
}

export interface DefectTally {
  signature: Signature;
  codes: LineCode[];
  occurrences: number;
  people: number;
  pays: number;
  overPaid: string;
  underPaid: string;
  consequences: number;
  families: string[];
  example: ExampleRef;
}

/** One supplier's defects and supplier-level failures so far, each list in key order. */
export interface LedgerTally {
  defects: DefectTally[];
  failures: FailureDefect[];
}

export const NO_FAMILY = '(no family)';

export const emptyTally = (): LedgerTally => ({ defects: [], failures: [] });

const union = <T extends string>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])].sort();
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const smallerRef = (a: ExampleRef, b: ExampleRef) =>
  a.size < b.size || (a.size === b.size && a.scenarioId < b.scenarioId);

function failureTally(e: LedgerEntry): LedgerTally {
  const f = e.explanation.failure!;
  const sig = signature({ kind: 'failure', subject: f.kind });
  const failure: FailureDefect = {
    id: sig.key,
    kind: f.kind,
    title: defectTitle(sig.parts),
    errors: 1,
    missedPays: f.missedPays,
    families: [f.family ?? NO_FAMILY],
    example: { scenarioId: f.scenarioId, message: f.message },
  };
  return { defects: [], failures: [failure] };
}

/** What one person × supplier adds to its supplier's defects (docs/defects.md, section 4). */
export function personTally(e: LedgerEntry): LedgerTally {
  const x = e.explanation;
  if (x.failure) return failureTally(e);
  const found = new Map<string, DefectTally & { days: Set<IsoDate>; over: Money; under: Money }>();
  x.occurrences.forEach((o, k) => {
    const ref: ExampleRef = {
      scenarioId: e.scenario.id,
      size: sizeOf(e.scenario),
      ...(o.payday && { payday: o.payday }),
      codes: o.codes,
      roots: o.roots,
      violations: o.violations,
    };
    let t = found.get(o.signature.key);
    if (!t) {
      t = {
        signature: o.signature,
        codes: [],
        occurrences: 0,
        people: 1,
        pays: 0,
        overPaid: '',
        underPaid: '',
        consequences: 0,
        families: [x.family ?? NO_FAMILY],
        example: ref,
        days: new Set(),
        over: Money.ZERO,
        under: Money.ZERO,
      };
      found.set(o.signature.key, t);
    }
    t.occurrences += 1;
    t.codes = union(t.codes, o.codes);
    t.consequences +=
      x.findings.filter((f) => f.role === 'consequence' && f.occurrence === k).length +
      x.violations.filter((v) => v.role === 'consequence' && v.occurrence === k).length;
    for (const net of o.netByPayday.values()) {
      if (net.isPositive()) t.over = t.over.plus(net);
      else t.under = t.under.minus(net);
    }
    for (const d of [...o.netByPayday.keys(), ...(o.payday ? [o.payday] : [])]) t.days.add(d);
  });
  const defects = [...found.values()].map(({ days, over, under, ...t }) => ({
    ...t,
    pays: days.size,
    overPaid: over.toString(),
    underPaid: under.toString(),
  }));
  return { defects: defects.sort((a, b) => byKey(a.signature.key, b.signature.key)), failures: [] };
}

function mergeDefect(a: DefectTally, b: DefectTally): DefectTally {
  return {
    signature: a.signature,
    codes: union(a.codes, b.codes),
    occurrences: a.occurrences + b.occurrences,
    people: a.people + b.people,
    pays: a.pays + b.pays,
    overPaid: Money.of(a.overPaid).plus(Money.of(b.overPaid)).toString(),
    underPaid: Money.of(a.underPaid).plus(Money.of(b.underPaid)).toString(),
    consequences: a.consequences + b.consequences,
    families: union(a.families, b.families),
    example: smallerRef(b.example, a.example) ? b.example : a.example,
  };
}

function mergeFailure(a: FailureDefect, b: FailureDefect): FailureDefect {
  return {
    ...a,
    errors: a.errors + b.errors,
    missedPays: a.missedPays + b.missedPays,
    families: union(a.families, b.families),
    example: b.example.scenarioId < a.example.scenarioId ? b.example : a.example,
  };
}

function mergeBy<T>(a: readonly T[], b: readonly T[], key: (t: T) => string, merge: (x: T, y: T) => T): T[] {
  const out = new Map(a.map((t) => [key(t), t]));
  for (const t of b) {
    const known = out.get(key(t));
    out.set(key(t), known ? merge(known, t) : t);
  }
  return [...out.values()].sort((x, y) => byKey(key(x), key(y)));
}

/** The tally of both: sums, unions, the smaller example. Associative and commutative. */
export function mergeTallies(a: LedgerTally, b: LedgerTally): LedgerTally {
  return {
    defects: mergeBy(a.defects, b.defects, (d) => d.signature.key, mergeDefect),
    failures: mergeBy(a.failures, b.failures, (f) => f.kind, mergeFailure),
  };
}

/** Harm first (dollars over + under), then people, then id: the order defects are listed in. */
export function byHarm(
  a: { id: string; overPaid: Money; underPaid: Money; people: number },
  b: { id: string; overPaid: Money; underPaid: Money; people: number },
): number {
  return b.overPaid.plus(b.underPaid).compare(a.overPaid.plus(a.underPaid)) || b.people - a.people || byKey(a.id, b.id);
}
