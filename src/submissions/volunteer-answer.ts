import { descriptionFr } from '../domain/reference/trace-french';
import { refusalView } from './refusal-text';
import { PayproofError } from '../domain/errors';
import { runReference } from '../domain/reference/engine';
import { type Scenario, statementToJson, type StatementJson } from '../domain/scenario';
import type { Lang } from './reader-text';
import { type ScenarioStubs, scenarioStubs } from './stub-checks';

/**
 * What a volunteer learns from payproof's reference about their own scenario, before any
 * supplier: the statements a correct payroll pays (the answer first), and each line of their
 * stub confirmed or shown wrong. The same answer for a draft in the guided builder, a file
 * checked, and a submission.
 */
export interface ScenarioAnswer {
  scenarioId: string;
  title: string;
  /** One statement per payday, money as text; lines without their traces (the stub checks carry theirs). */
  statements: StatementJson[];
  notes: string[];
  stubs: ScenarioStubs;
  /** The reference's coded refusal (a province or year it does not pay): then there are no statements. */
  refused?: { code: string; message: string; messageFr: string };
}

/** A statement for a reader: in French, each line's description too (codes and amounts as they are). */
function linesIn(lang: Lang, s: StatementJson): StatementJson {
  if (lang === 'en') return s;
  return { ...s, lines: s.lines.map((l) => ({ ...l, description: descriptionFr(l.description) })) };
}

export function answerFor(scenario: Scenario, lang: Lang = 'en'): ScenarioAnswer {
  const base = { scenarioId: scenario.id, title: scenario.title };
  try {
    const result = runReference(scenario, { trace: scenario.expected.length > 0 });
    return {
      ...base,
      statements: result.pays.map((p) => linesIn(lang, statementToJson(p.statement))),
      notes: lang === 'fr' ? (result.notesFr ?? result.notes) : result.notes,
      stubs: scenarioStubs(scenario, lang, result),
    };
  } catch (err) {
    if (!(err instanceof PayproofError)) throw err;
    const refused = refusalView(err);
    return { ...base, statements: [], notes: [], stubs: scenarioStubs(scenario, lang), refused };
  }
}
