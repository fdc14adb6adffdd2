import { yearOf } from '../../calendar';
import type { Scenario } from '../../scenario';
import type { Finding, Violation } from '../finding.types';
import type { ExplainedFinding, Occurrence } from './defect.types';
import { signature } from './signature';

export interface ViolationsInput {
  ctx: { findings: readonly Finding[]; explained: readonly ExplainedFinding[]; occurrences: Occurrence[] };
  scenario: Scenario;
  violations: readonly Violation[];
}

/**
 * An invariant broken by the same line as a finding is a consequence of that finding's root,
 * never a second defect (issue 14: a one-cent net drift counted twice): net = gross − deductions
 * follows the net finding of its payday, gross = Σ earnings the gross finding, an annual maximum
 * passed the findings on its code in that year. Any other violation is a root of its own.
 */
function relatedFinding(v: Violation, findings: readonly Finding[]): number {
  return findings.findIndex((f) => {
    if (v.check === 'net-equals-gross-minus-deductions') return f.kind === 'net' && f.payday === v.payday;
    if (v.check === 'gross-equals-sum-of-earnings') return f.kind === 'gross' && f.payday === v.payday;
    if (v.check === 'annual-maximum' && v.payday !== undefined)
      return f.code === v.code && yearOf(f.payday) === yearOf(v.payday);
    return false;
  });
}

export function explainViolations(i: ViolationsInput): ExplainedFinding[] {
  const { findings, explained, occurrences } = i.ctx;
  return i.violations.map((v, index): ExplainedFinding => {
    const related = relatedFinding(v, findings);
    const occurrence = related >= 0 ? explained[related].occurrence : undefined;
    if (occurrence !== undefined) {
      occurrences[occurrence].violations.push(index);
      return { index, role: 'consequence', reason: 'same-line-invariant', occurrence };
    }
    occurrences.push({
      signature: signature({ kind: 'invariant', subject: v.code ? `${v.check}:${v.code}` : v.check }),
      scenarioId: i.scenario.id,
      ...(i.scenario.family && { family: i.scenario.family }),
      ...(v.payday && { payday: v.payday }),
      codes: v.code ? [v.code] : [],
      roots: [],
      violations: [index],
      netByPayday: new Map(),
    });
    return { index, role: 'root', reason: 'own-difference', occurrence: occurrences.length - 1 };
  });
}
