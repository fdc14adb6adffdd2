import type { ReferencePay, ReferenceResult } from '../../domain/reference/engine';
import { descriptionFr, stepIn } from '../../domain/reference/trace-french';
import { statementToJson } from '../../domain/scenario';
import { amount, day, type Lang, say } from '../../submissions/reader-text';
import type { ScenarioStubs } from '../../submissions/stub-checks';
import { stubsText } from './stub-output';
import { stepText } from './trace-text';

/**
 * The JSON form of `payproof explain --json`: statements as the protocol writes them, each line with
 * its trace, then the stub lines checked. In French the words a person reads (line descriptions,
 * trace labels, citations and input names, notes) are French; codes, amounts and dates stay as they are.
 */
export function explainJson(result: ReferenceResult, stubs: ScenarioStubs, lang: Lang = 'en'): Record<string, unknown> {
  const words = (text: string) => (lang === 'fr' ? descriptionFr(text) : text);
  return {
    scenarioId: result.scenarioId,
    pays: result.pays.map((p) => {
      const s = statementToJson(p.statement);
      return {
        ...s,
        lines: s.lines.map((l, i) => ({
          ...l,
          description: words(l.description),
          trace: (p.lineTraces?.[i] ?? []).map((step) => stepIn(lang, step)),
        })),
      };
    }),
    notes: lang === 'fr' ? (result.notesFr ?? result.notes) : result.notes,
    stubChecks: stubs.checks,
  };
}

function payText(lang: Lang, p: ReferencePay, withTrace: boolean): string {
  const s = p.statement;
  const label = (l: (typeof s.lines)[number]) =>
    l.forPeriod ? say(lang, 'explain.for', { code: l.code, start: l.forPeriod.start, end: l.forPeriod.end }) : l.code;
  const width = Math.max(5, ...s.lines.map((l) => label(l).length));
  const money = (text: string) => amount(lang, text).padStart(12);
  const out = [
    say(lang, 'explain.payday', {
      payday: day(lang, s.payday),
      start: day(lang, s.periodStart),
      end: day(lang, s.periodEnd),
    }),
  ];
  if (s.lines.length === 0) out.push(`    ${say(lang, 'explain.nothing')}`);
  s.lines.forEach((l, i) => {
    const what = lang === 'fr' ? descriptionFr(l.description) : l.description;
    out.push(`    ${label(l).padEnd(width)}  ${money(l.amount.toString())}  ${what}`);
    if (withTrace) for (const step of p.lineTraces?.[i] ?? []) out.push(stepText(step, undefined, lang));
  });
  out.push(
    `    ${say(lang, 'explain.gross').padEnd(width)}  ${money(s.gross.toString())}`,
    `    ${say(lang, 'explain.net').padEnd(width)}  ${money(s.net.toString())}`,
  );
  return out.join('\n');
}

export interface ExplainText {
  result: ReferenceResult;
  title: string;
  withTrace: boolean;
  stubs: ScenarioStubs;
  lang: Lang;
}

/** The readable form: each payday's statement, with `withTrace` every step behind every line, then the stub lines checked. */
export function explainText({ result, title, withTrace, stubs, lang }: ExplainText): string {
  const said = lang === 'fr' ? (result.notesFr ?? result.notes) : result.notes;
  const notes = said.map((note) => `  ${say(lang, 'explain.note', { note })}`);
  const stub = stubs.lines > 0 ? [stubsText(lang, stubs, withTrace), ''] : [];
  return [
    `${result.scenarioId}${lang === 'fr' ? ' : ' : ': '}${title}`,
    '',
    ...result.pays.map((p) => `${payText(lang, p, withTrace)}\n`),
    ...notes,
    ...(notes.length > 0 ? [''] : []),
    ...stub,
  ].join('\n');
}
