import { int, Money } from '../money';
import { harmOf } from './harm';
import { nearestRank } from './percentile';
import { NO_FAMILY, type ScenarioResult, type Scorecard, type Tally } from './score.types';
import { asPercent, computeScore } from './scoring-weights';

const CENT = Money.of('0.01');

/**
 * The parts of a Tally that add up scenario by scenario. A scorecard is built from these
 * sums, so it can be made from any number of partial sums (one per chunk of employees, in
 * any order) without keeping every scenario's result: that is how an evaluation of a whole
 * population scores in bounded memory, and how a resumed run scores exactly like an
 * uninterrupted one.
 */
export type Counts = Omit<Tally, 'correctShare' | 'harmPerPerson' | 'responseMs' | 'score'>;

/** Counts as JSON (money as two-decimal text), to cross threads and to be stored. */
export type CountsJson = Omit<Counts, 'overPaid' | 'underPaid'> & { overPaid: string; underPaid: string };

/** One family's partial sums and the response times behind them (for the percentiles). */
export interface FamilyPart {
  counts: Counts;
  elapsedMs: number[];
}

export function emptyCounts(): Counts {
  return {
    scenarios: 0,
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
 * What one scenario adds to its supplier's counts. A scenario the supplier failed (no answer,
 * a broken answer, outside its declared scope) is a supplier-level failure: an error, every
 * expected pay missed, and no dollars and no lines, since nothing was paid to compare (issue
 * 14: a batch-truncating supplier must not show a million dollars under-paid when every pay it
 * returned was exact). Findings a caller passes with an error are not counted.
 */
export function scenarioCounts(r: ScenarioResult): Counts {
  const failed = r.error !== undefined;
  const findings = failed ? [] : r.findings;
  const harm = harmOf(findings);
  const c = emptyCounts();
  c.scenarios = 1;
  c.scenariosCorrect = findings.length === 0 && r.violations.length === 0 && !failed ? 1 : 0;
  c.lines = failed ? { total: 0, matched: 0 } : { total: r.lines?.total ?? 0, matched: r.lines?.matched ?? 0 };
  c.overPaid = harm.overPaid;
  c.underPaid = harm.underPaid;
  c.peopleAffected = harm.overPaid.plus(harm.underPaid).gte(CENT) ? 1 : 0;
  c.paysMissed = failed ? r.expectedPaydays : findings.filter((f) => f.kind === 'missed-pay').length;
  c.unexpectedPays = findings.filter((f) => f.kind === 'unexpected-pay').length;
  c.expectedPaydays = r.expectedPaydays;
  c.invariantViolations = r.violations.length;
  c.scenariosWithViolations = r.violations.length > 0 ? 1 : 0;
  if (r.error) c.errors = { total: 1, byKind: { [r.error.kind]: 1 } };
  return c;
}

export function addCounts(a: Counts, b: Counts): Counts {
  const byKind = { ...a.errors.byKind };
  for (const [k, n] of Object.entries(b.errors.byKind)) byKind[k] = (byKind[k] ?? 0) + n;
  return {
    scenarios: a.scenarios + b.scenarios,
    scenariosCorrect: a.scenariosCorrect + b.scenariosCorrect,
    lines: { total: a.lines.total + b.lines.total, matched: a.lines.matched + b.lines.matched },
    overPaid: a.overPaid.plus(b.overPaid),
    underPaid: a.underPaid.plus(b.underPaid),
    peopleAffected: a.peopleAffected + b.peopleAffected,
    paysMissed: a.paysMissed + b.paysMissed,
    unexpectedPays: a.unexpectedPays + b.unexpectedPays,
    expectedPaydays: a.expectedPaydays + b.expectedPaydays,
    invariantViolations: a.invariantViolations + b.invariantViolations,
    scenariosWithViolations: a.scenariosWithViolations + b.scenariosWithViolations,
    errors: { total: a.errors.total + b.errors.total, byKind },
  };
}

export function countsToJson(c: Counts): CountsJson {
  return { ...c, overPaid: c.overPaid.toString(), underPaid: c.underPaid.toString() };
}

export function countsFromJson(c: CountsJson): Counts {
  return { ...c, overPaid: Money.of(c.overPaid), underPaid: Money.of(c.underPaid) };
}

function sortedKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every count, percentile and the score from the sums and the response times. */
export function tallyOf(c: Counts, elapsedMs: readonly number[]): Tally {
  const n = c.scenarios;
  const harm = c.overPaid.plus(c.underPaid);
  return {
    ...c,
    correctShare: n === 0 ? null : asPercent(int(c.scenariosCorrect).dividedBy(int(n))),
    harmPerPerson: n === 0 ? Money.ZERO : Money.roundHalfUp(harm.dividedBy(int(n))),
    errors: { total: c.errors.total, byKind: sortedKeys(c.errors.byKind) },
    responseMs: { median: nearestRank(elapsedMs, 50), p95: nearestRank(elapsedMs, 95) },
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

/** Adds one scenario's result to its family's part. */
export function addToParts(parts: Map<string, FamilyPart>, r: ScenarioResult): void {
  const family = r.family ?? NO_FAMILY;
  const part = parts.get(family) ?? { counts: emptyCounts(), elapsedMs: [] };
  part.counts = addCounts(part.counts, scenarioCounts(r));
  part.elapsedMs.push(r.elapsedMs);
  parts.set(family, part);
}

/** Merges another set of family parts into `into` (chunk after chunk). */
export function mergeParts(into: Map<string, FamilyPart>, more: ReadonlyMap<string, FamilyPart>): void {
  for (const [family, part] of more) {
    const have = into.get(family);
    if (!have) into.set(family, { counts: part.counts, elapsedMs: [...part.elapsedMs] });
    else {
      have.counts = addCounts(have.counts, part.counts);
      for (const ms of part.elapsedMs) have.elapsedMs.push(ms);
    }
  }
}

/** A scorecard from per-family parts: the whole supplier's tally, and each family's. */
export function scorecardOf(parts: ReadonlyMap<string, FamilyPart>): Scorecard {
  let all = emptyCounts();
  const elapsed: number[] = [];
  const families: Record<string, Tally> = {};
  for (const [family, part] of parts) {
    all = addCounts(all, part.counts);
    for (const ms of part.elapsedMs) elapsed.push(ms);
    families[family] = tallyOf(part.counts, part.elapsedMs);
  }
  return { ...tallyOf(all, elapsed), families: sortedKeys(families) };
}
