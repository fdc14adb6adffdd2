import { Money } from '../domain/money';
import { defectKey, type CarriedRuling, type RoundDefect, type RoundInput, type RoundPins } from './pilot.types';

/**
 * Round over round, per supplier: which defects were fixed, are still open, are new, or came
 * back (docs/pilots.md). Pure: the rounds' data in, the classification out. Defects are matched
 * by signature key, which carries its version (docs/defects.md, section 3): a run is never
 * regrouped, so defects of two signature versions are never matched.
 */

export type PinChange = 'catalogue' | 'rules' | 'policy' | 'signature' | 'harness';

export type DefectStatus = 'fixed' | 'open' | 'new' | 'regressed';

/** Why a defect is left out of the comparison. */
export type NotComparableReason = 'signature' | 'scenarios' | 'policy';

export interface DefectChange {
  status: DefectStatus;
  /** The defect as this round has it; for a fixed one, as the previous round had it. */
  defect: RoundDefect;
  /** For a regressed defect: the last round it was seen in before it was fixed. */
  lastSeenRound?: number;
  /** The auditor's ruling in force on the defect in this round (carry-rulings.ts), when there is one. */
  ruling?: CarriedRuling;
}

export interface SupplierChanges {
  vendorId: string;
  /** False when the supplier took no part in the previous round: nothing to compare with. */
  inPrevious: boolean;
  changes: DefectChange[];
  notComparable: Array<{ defect: RoundDefect; round: 'previous' | 'current'; reason: NotComparableReason }>;
}

export interface RoundComparison {
  round: number;
  previousRound: number | null;
  /** What differs between the two runs' pins. */
  changed: PinChange[];
  /** Policy subjects whose tolerance differs (their defects are not compared). */
  policySubjects: string[];
  suppliers: SupplierChanges[];
}

/**
 * Defects that occur on scenarios both runs ran identically (same scenario hash and same
 * reference statements), by defectKey; absent when the catalogue, rules and harness are the
 * same, so every defect is comparable.
 */
export interface SharedScenarioDefects {
  previous: ReadonlySet<string>;
  current: ReadonlySet<string>;
}

export interface CompareInput {
  /** Rounds before `previous`, oldest first: where a defect that came back was seen. */
  earlier: readonly RoundInput[];
  previous: RoundInput | null;
  current: RoundInput;
  shared?: SharedScenarioDefects;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.join('\n') === [...b].join('\n');

/** What differs between two runs' pins, in a fixed order. */
export function pinChanges(a: RoundPins, b: RoundPins, signatures: [number[], number[]]): PinChange[] {
  const changed: PinChange[] = [];
  if (a.catalogueHash !== b.catalogueHash) changed.push('catalogue');
  if (!sameList([...a.rulesEditions].sort(), [...b.rulesEditions].sort())) changed.push('rules');
  if (a.policyHash !== b.policyHash) changed.push('policy');
  const [va, vb] = signatures.map((v) => [...new Set(v)].sort().join(','));
  if (va !== '' && vb !== '' && va !== vb) changed.push('signature');
  if (a.harnessVersion !== b.harnessVersion) changed.push('harness');
  return changed;
}

/** Whether the scenarios' results can differ for reasons other than the supplier: then only shared scenarios compare. */
export function needsSharedScenarios(changed: readonly PinChange[]): boolean {
  return changed.some((c) => c === 'catalogue' || c === 'rules' || c === 'harness');
}

/** Subjects (line codes, GROSS, NET) whose tolerance is not the same in both policies. */
export function toleranceChanges(a: RoundPins, b: RoundPins): string[] {
  const subjects = new Set([...Object.keys(a.tolerances), ...Object.keys(b.tolerances)]);
  const amount = (t: string | undefined) => Money.of(t ?? '0.00');
  return [...subjects].filter((s) => !amount(a.tolerances[s]).eq(amount(b.tolerances[s]))).sort();
}

const versionsOf = (r: RoundInput) => r.defects.map((d) => d.signatureVersion);

export function compareRounds(input: CompareInput): RoundComparison {
  const { previous, current } = input;
  if (previous === null)
    return {
      round: current.round,
      previousRound: null,
      changed: [],
      policySubjects: [],
      suppliers: vendorsOf(current).map((vendorId) => ({
        vendorId,
        inPrevious: false,
        changes: current.defects.filter((d) => d.vendorId === vendorId).map((defect) => ({ status: 'new', defect })),
        notComparable: [],
      })),
    };
  const changed = pinChanges(previous.pins, current.pins, [versionsOf(previous), versionsOf(current)]);
  const policySubjects = changed.includes('policy') ? toleranceChanges(previous.pins, current.pins) : [];
  const exclusion = excluder({ changed, policySubjects, shared: input.shared });
  const previousVendors = new Set(vendorsOf(previous));
  const suppliers = vendorsOf(current).map((vendorId) =>
    supplierChanges({ vendorId, input, exclusion, inPrevious: previousVendors.has(vendorId) }),
  );
  return { round: current.round, previousRound: previous.round, changed, policySubjects, suppliers };
}

type Excluder = (d: RoundDefect, side: 'previous' | 'current') => NotComparableReason | null;

function excluder(o: { changed: PinChange[]; policySubjects: string[]; shared?: SharedScenarioDefects }): Excluder {
  const tolerance = new Set(o.policySubjects);
  return (d, side) => {
    if (o.changed.includes('signature')) return 'signature';
    if (o.shared && needsSharedScenarios(o.changed) && !o.shared[side].has(defectKey(d))) return 'scenarios';
    if (d.codes.some((c) => tolerance.has(c))) return 'policy';
    return null;
  };
}

function supplierChanges(o: {
  vendorId: string;
  input: CompareInput;
  exclusion: Excluder;
  inPrevious: boolean;
}): SupplierChanges {
  const { vendorId, input, exclusion } = o;
  const result: SupplierChanges = { vendorId, inPrevious: o.inPrevious, changes: [], notComparable: [] };
  const mine = (r: RoundInput) => r.defects.filter((d) => d.vendorId === vendorId);
  const split = (r: RoundInput, side: 'previous' | 'current') => {
    const kept = new Map<string, RoundDefect>();
    for (const defect of mine(r)) {
      const reason = exclusion(defect, side);
      if (reason === null) kept.set(defect.defectId, defect);
      else result.notComparable.push({ defect, round: side, reason });
    }
    return kept;
  };
  const before = o.inPrevious ? split(input.previous!, 'previous') : new Map<string, RoundDefect>();
  const now = split(input.current, 'current');
  for (const [id, defect] of now) {
    if (before.has(id)) result.changes.push({ status: 'open', defect });
    else {
      const lastSeenRound = lastSeen(input.earlier, vendorId, id);
      result.changes.push(
        lastSeenRound === undefined || !o.inPrevious
          ? { status: 'new', defect }
          : { status: 'regressed', defect, lastSeenRound },
      );
    }
  }
  if (o.inPrevious)
    for (const [id, defect] of before) if (!now.has(id)) result.changes.push({ status: 'fixed', defect });
  return result;
}

/** The latest earlier round in which the supplier had this defect. */
function lastSeen(earlier: readonly RoundInput[], vendorId: string, defectId: string): number | undefined {
  for (let i = earlier.length - 1; i >= 0; i--)
    if (earlier[i].defects.some((d) => d.vendorId === vendorId && d.defectId === defectId)) return earlier[i].round;
  return undefined;
}

function vendorsOf(r: RoundInput): string[] {
  return [...new Set([...r.standings.map((s) => s.vendorId), ...r.defects.map((d) => d.vendorId)])].sort();
}
