import { int, Money } from '../money';
import { harmOf } from './harm';
import { nearestRank } from './percentile';
import { NO_FAMILY, type ScenarioResult, type Scorecard, type Tally } from './score.types';
import { asPercent, computeScore } from './scoring-weights';

const CENT = Money.of('0.01');

/** The parts of a Tally that add up scenario by scenario (the rest is derived from them). */
type Counts = Omit<Tally, 'scenarios' | 'correctShare' | 'harmPerPerson' | 'responseMs' | 'score'>;

function emptyCounts(): Counts {
  return {
    scenariosCorrect: 0,
    lines: { total: 0, matched: 0 },
    overPaid: Money.ZERO,
    underPaid: Money.ZERO,
    peopleAffected: 0,
    paysMissed: 0,
    unexpectedPays: 0,
    expectedPaydays: 0,
    invariantViolations: 0,
    scenariosWithViolations: 0,
    errors: { total: 0, byKind: {} },
  };
}

/**
 * A scenario the supplier failed (no answer, a broken answer, outside its declared scope) is a
 * supplier-level failure: an error, every expected pay missed, and no dollars and no lines, since
 * nothing was paid to compare (issue 14: a batch-truncating supplier must not show a million
 * dollars under-paid when every pay it returned was exact). Findings a caller passes with an
 * error are not counted.
 */
function add(c: Counts, r: ScenarioResult): void {
  const failed = r.error !== undefined;
  const findings = failed ? [] : r.findings;
  const harm = harmOf(findings);
  c.scenariosCorrect += findings.length === 0 && r.violations.length === 0 && !failed ? 1 : 0;
  c.lines.total += failed ? 0 : (r.lines?.total ?? 0);
  c.lines.matched += failed ? 0 : (r.lines?.matched ?? 0);
  c.overPaid = c.overPaid.plus(harm.overPaid);
  c.underPaid = c.underPaid.plus(harm.underPaid);
  c.peopleAffected += harm.overPaid.plus(harm.underPaid).gte(CENT) ? 1 : 0;
  c.paysMissed += failed ? r.expectedPaydays : findings.filter((f) => f.kind === 'missed-pay').length;
  c.unexpectedPays += findings.filter((f) => f.kind === 'unexpected-pay').length;
  c.expectedPaydays += r.expectedPaydays;
  c.invariantViolations += r.violations.length;
  c.scenariosWithViolations += r.violations.length > 0 ? 1 : 0;
  if (r.error) {
    c.errors.total += 1;
    c.errors.byKind[r.error.kind] = (c.errors.byKind[r.error.kind] ?? 0) + 1;
  }
}

/** Every count, percentile and the score over one set of scenario results. */
export function tally(results: readonly ScenarioResult[]): Tally {
  const c = emptyCounts();
  for (const r of results) add(c, r);
  const n = results.length;
  const harm = c.overPaid.plus(c.underPaid);
  const elapsed = results.map((r) => r.elapsedMs);
  return {
    scenarios: n,
    ...c,
    correctShare: n === 0 ? null : asPercent(int(c.scenariosCorrect).dividedBy(int(n))),
    harmPerPerson: n === 0 ? Money.ZERO : Money.roundHalfUp(harm.dividedBy(int(n))),
    errors: { total: c.errors.total, byKind: sortedKeys(c.errors.byKind) },
    responseMs: { median: nearestRank(elapsed, 50), p95: nearestRank(elapsed, 95) },
    score: computeScore({
      scenarios: n,
      scenariosCorrect: c.scenariosCorrect,
      harm,
      paysMissed: c.paysMissed,
      expectedPaydays: c.expectedPaydays,
      scenariosWithErrors: c.errors.total,
    }),
  };
}

function sortedKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * One supplier's scorecard over many scenarios: the tally of all of them, and the same tally
 * per Phoenix failure family. A scenario the supplier failed with an error ('unsupported'
 * included) counts as an error, as not correctly paid and as every expected pay missed, with
 * no dollars (see add): failing a scenario never scores better than attempting it, and a
 * supplier's failure is reported as what it is, not as pay the people were short.
 */
export function scoreSupplier(results: readonly ScenarioResult[]): Scorecard {
  const byFamily = new Map<string, ScenarioResult[]>();
  for (const r of results) {
    const family = r.family ?? NO_FAMILY;
    byFamily.set(family, [...(byFamily.get(family) ?? []), r]);
  }
  const families = sortedKeys(Object.fromEntries([...byFamily].map(([family, rs]) => [family, tally(rs)])));
  return { ...tally(results), families };
}
