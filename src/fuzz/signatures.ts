import { defectTitle, signature, type PersonExplanation, type Words } from '../domain/checks/defects';
import type { Violation } from '../domain/checks/finding.types';
import type { ScenarioResult } from '../domain/checks/score.types';
import type { VendorFailure } from '../vendors/vendor-transport';
import type { RelationBreak } from './relations';

/**
 * What the fuzzer groups by: the same defect signatures as an evaluation (src/domain/checks/
 * defects, signature version 1: `v1:line:OVERTIME:under:amount:-:-`), so a defect the fuzzer
 * shrinks is the defect an evaluation reports; plus the metamorphic relations, which only the
 * fuzzer checks (`relation:late-entry:acting:less`). Consequences (the deductions, gross and net
 * that follow a wrong line) are never signatures of their own: only roots are.
 */
export interface FuzzFinding {
  signature: string;
  message: string;
  /** The defect's plain-language title, for signatures of the defect core. */
  title?: Words;
}

/** One finding per root occurrence of the person, with the root's own sentence. */
export function defectFindings(x: PersonExplanation, result: ScenarioResult): FuzzFinding[] {
  return x.occurrences.map((o) => {
    const sentences = [
      ...o.roots.map((k) => result.findings[k].message),
      ...o.violations.map((k) => result.violations[k].message),
    ];
    const title = defectTitle(o.signature.parts);
    return { signature: o.signature.key, title, message: `${title.en}: ${sentences.join('; ')}` };
  });
}

/** Invariants alone, when the reference cannot pay the scenario. */
export function invariantFindings(violations: readonly Violation[]): FuzzFinding[] {
  return violations.map((v) => {
    const sig = signature({ kind: 'invariant', subject: v.code ? `${v.check}:${v.code}` : v.check });
    return { signature: sig.key, title: defectTitle(sig.parts), message: v.message };
  });
}

export function relationFindings(breaks: readonly RelationBreak[]): FuzzFinding[] {
  return breaks.map((b) => ({ signature: `relation:${b.relation}:${b.detail}`, message: b.message }));
}

export function failureFinding(failure: VendorFailure): FuzzFinding {
  const sig = signature({ kind: 'failure', subject: failure.kind });
  return { signature: sig.key, title: defectTitle(sig.parts), message: `the supplier failed: ${failure.message}` };
}

export const isFailureSignature = (s: string) => s.split(':')[1] === 'failure';

/** The first finding of each signature, in order. */
export function distinct(findings: readonly FuzzFinding[]): FuzzFinding[] {
  const seen = new Map<string, FuzzFinding>();
  for (const f of findings) if (!seen.has(f.signature)) seen.set(f.signature, f);
  return [...seen.values()];
}

/** A signature as a file-name part: `v1-line-overtime-under-amount`. */
export function signatureSlug(signature: string): string {
  return signature
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
