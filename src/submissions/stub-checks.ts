import { refusalView } from './refusal-text';
import { checkExpectedLines, type StubCheck } from '../domain/checks/expected-lines';
import { PayproofError } from '../domain/errors';
import { type ReferenceResult, runReference } from '../domain/reference/engine';
import type { TraceStep } from '../domain/reference/trace';
import { bilingualStep, descriptionFr } from '../domain/reference/trace-french';
import type { Scenario } from '../domain/scenario';
import { amount, codeName, day, type Lang, say } from './reader-text';

/** One stub line checked, as JSON (money as two-decimal text), with its sentence in the reader's language. */
export interface StubCheckJson {
  payday: string;
  code: string;
  forPeriod: { start: string; end: string } | null;
  stub: string;
  correct: string | null;
  referenceHasLine: boolean;
  verdict: StubCheck['verdict'];
  difference: string;
  netEffect: string;
  direction: StubCheck['direction'];
  source: string;
  description: string | null;
  trace: TraceStep[];
  sentence: string;
}

/** A scenario's stub lines checked; `refused` when the reference cannot pay the scenario (then nothing is checked). */
export interface ScenarioStubs {
  scenarioId: string;
  paydays: { from: string; to: string };
  /** How many stub lines the scenario has (checked or not). */
  lines: number;
  checks: StubCheckJson[];
  refused?: { code: string; message: string; messageFr: string };
}

function lineLabel(lang: Lang, c: StubCheck): string {
  const name = codeName(lang, c.code);
  return c.forPeriod
    ? say(lang, 'stub.lineFor', {
        name,
        code: c.code,
        start: day(lang, c.forPeriod.start),
        end: day(lang, c.forPeriod.end),
      })
    : say(lang, 'stub.lineName', { name, code: c.code });
}

/** "Your stub: regular pay (REGULAR) 3,456.12 on April 8, 2026. Correct: 3,612.20. You were under-paid 156.08." */
export function stubSentence(lang: Lang, c: StubCheck, paydays: { from: string; to: string }): string {
  const first = say(lang, 'stub.line', {
    line: lineLabel(lang, c),
    stub: amount(lang, c.stub.toString()),
    payday: day(lang, c.payday),
  });
  if (c.correct === null)
    return `${first} ${say(lang, 'stub.notProduced', { from: day(lang, paydays.from), to: day(lang, paydays.to) })}`;
  const parts = [first, say(lang, 'stub.correct', { correct: amount(lang, c.correct.toString()) })];
  if (c.verdict === 'matches') parts.push(say(lang, 'stub.matches'));
  else
    parts.push(
      say(lang, c.direction === 'over' ? 'stub.over' : 'stub.under', { amount: amount(lang, c.netEffect.toString()) }),
    );
  if (!c.referenceHasLine && c.verdict === 'differs') parts.push(say(lang, 'stub.noLine'));
  return parts.join(' ');
}

function toJson(lang: Lang, c: StubCheck, paydays: { from: string; to: string }): StubCheckJson {
  return {
    payday: c.payday,
    code: c.code,
    forPeriod: c.forPeriod ? { ...c.forPeriod } : null,
    stub: c.stub.toString(),
    correct: c.correct?.toString() ?? null,
    referenceHasLine: c.referenceHasLine,
    verdict: c.verdict,
    difference: c.difference.toString(),
    netEffect: c.netEffect.toString(),
    direction: c.direction,
    source: c.source,
    description: c.description === undefined ? null : lang === 'fr' ? descriptionFr(c.description) : c.description,
    trace: c.trace.map(bilingualStep),
    sentence: stubSentence(lang, c, paydays),
  };
}

/**
 * A scenario's stub lines against the reference. Give the reference's result when it has run
 * already (explain); otherwise it runs here, traced. A coded refusal of the reference (a
 * province or year it does not pay) is reported, not thrown: the file itself is valid.
 */
export function scenarioStubs(scenario: Scenario, lang: Lang, result?: ReferenceResult): ScenarioStubs {
  const paydays = { ...scenario.payRuns };
  const base = { scenarioId: scenario.id, paydays, lines: scenario.expected.length };
  if (scenario.expected.length === 0) return { ...base, checks: [] };
  let pays: ReferenceResult['pays'];
  try {
    pays = (result ?? runReference(scenario, { trace: true })).pays;
  } catch (err) {
    if (!(err instanceof PayproofError)) throw err;
    return { ...base, checks: [], refused: refusalView(err) };
  }
  return { ...base, checks: checkExpectedLines(scenario.expected, pays).map((c) => toJson(lang, c, paydays)) };
}

/** How many stub lines are right, wrong, and not checked (payday not produced, or the scenario refused). */
export function stubTally(all: readonly ScenarioStubs[]): {
  count: number;
  right: number;
  wrong: number;
  unchecked: number;
} {
  const checks = all.flatMap((s) => s.checks);
  const count = all.reduce((n, s) => n + s.lines, 0);
  const right = checks.filter((c) => c.verdict === 'matches').length;
  const wrong = checks.filter((c) => c.verdict === 'differs').length;
  return { count, right, wrong, unchecked: count - right - wrong };
}
