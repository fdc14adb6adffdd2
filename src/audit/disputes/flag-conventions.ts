import { conventionById } from '../../domain/conventions';
import type { RulingRecord } from '../audit-records';
import type { ReferenceFlag } from '../audit-summary.types';
import type { PersonJudged, SignedFinding } from './person-signatures';

/** A 'reference wrong' ruling's flag before any finding is counted: the ruled rule, named from the registry when it is a convention id. */
export function newFlag(ruling: RulingRecord): ReferenceFlag {
  const flag: ReferenceFlag = {
    rule: ruling.rule ?? '?',
    conventions: [],
    signature: ruling.signature,
    rulingId: ruling.id,
    findings: 0,
  };
  addConventions(flag, ruling.rule ? [ruling.rule] : []);
  return flag;
}

/** The conventions the reference's trace names for one signed finding (empty for an invariant or a failure). */
export function conventionsOf(judged: PersonJudged, s: SignedFinding): readonly string[] {
  const k = judged.signed.indexOf(s);
  return k >= 0 && k < judged.result.findings.length ? (judged.result.findings[k].conventions ?? []) : [];
}

/** Adds the registry conventions among `ids` to the flag, once each, in first-seen order (words that are not an id are left out). */
export function addConventions(flag: ReferenceFlag, ids: readonly string[]): void {
  for (const id of ids) {
    const entry = conventionById(id.trim());
    if (!entry || flag.conventions.some((c) => c.id === entry.id)) continue;
    flag.conventions.push({ id: entry.id, title: entry.title, status: entry.status });
  }
}
