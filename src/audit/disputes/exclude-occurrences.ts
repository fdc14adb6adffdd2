import type { Finding } from '../../domain/checks/finding.types';
import type { PersonExplanation } from '../../domain/checks/defects';
import { directionOf } from '../../domain/checks/harm';
import type { ScenarioResult } from '../../domain/checks/score.types';
import { Money } from '../../domain/money';

/** Findings that are a line of a pay (they count in lines compared / matched). */
const LINE_KINDS = new Set(['different', 'missing', 'unexpected']);

/**
 * A person's result with some defects taken out (an auditor ruled the reference wrong on
 * them, issue 18): their root findings and consequences go, their broken invariants go, and
 * each payday's net finding keeps only the money the remaining defects explain (the defect
 * core charges every line's net effect to the occurrence of its root, docs/defects.md §4),
 * so the person's harm is what is left. A line taken out counts as matched.
 */
export function withoutOccurrences(
  result: ScenarioResult,
  explanation: PersonExplanation,
  excluded: ReadonlySet<number>,
): ScenarioResult {
  if (excluded.size === 0) return result;
  const out = (o: number | undefined) => o !== undefined && excluded.has(o);
  const charged = new Map<string, Money>();
  for (const o of excluded)
    for (const [payday, net] of explanation.occurrences[o].netByPayday)
      charged.set(payday, (charged.get(payday) ?? Money.ZERO).plus(net));
  let matched = 0;
  const findings: Finding[] = [];
  result.findings.forEach((f, k) => {
    const e = explanation.findings[k];
    if (f.kind === 'net') {
      // A net root is its own defect (the supplier's sum); a consequence keeps what the other defects explain.
      if (e.role === 'root' && out(e.occurrence)) return;
      const left = f.netEffect.minus(charged.get(f.payday) ?? Money.ZERO);
      if (left.isZero()) return;
      findings.push(
        left.eq(f.netEffect) ? f : { ...f, netEffect: left, difference: left, direction: directionOf(left) },
      );
      return;
    }
    if (out(e.occurrence)) {
      if (LINE_KINDS.has(f.kind)) matched += 1;
      return;
    }
    findings.push(f);
  });
  const violations = result.violations.filter((_, k) => !out(explanation.violations[k]?.occurrence));
  const lines = result.lines && { total: result.lines.total, matched: result.lines.matched + matched };
  return { ...result, findings, violations, ...(lines && { lines }) };
}
