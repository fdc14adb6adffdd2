import { COMPONENT_NAMES, SCORING } from '../domain/checks/scoring-weights';
import type { DefectView, RunView } from '../evaluation/evaluation.types';
import type { Lang } from './report-text';
import { COMPONENT_WORDS, METRICS, reportMetrics } from './scorecard-rows';
import { FR, noteFr, TERMINAL_FR } from './terminal-words';
import { howJudged } from './html-sections';
import { auditLines } from '../audit/report/audit-report';

/** Columns padded to their widest cell; the first column left-aligned, the rest right-aligned. */
function grid(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
}

/** "40% people paid exactly right, 30% harm per person, ...": the weights beside the ranking. */
export function weightsSentence(): string {
  const extra = (n: string) => (n === 'harmPerPerson' ? ` (half marks at ${SCORING.harmScale})` : '');
  return COMPONENT_NAMES.map((n) => `${SCORING.weights[n].weight}% ${COMPONENT_WORDS[n]}${extra(n)}`).join(', ');
}

/** Defects shown per supplier under the table. */
export const TERMINAL_TOP_DEFECTS = 3;

function defectLine(d: DefectView, lang: Lang): string {
  const fr = lang === 'fr';
  const figures =
    d.kind === 'failure'
      ? fr
        ? TERMINAL_FR.failure(d.errors, d.missedPays)
        : `${d.errors} people not answered, ${d.missedPays} pays missed`
      : fr
        ? TERMINAL_FR.figures(d.people, d.overPaid, d.underPaid)
        : `${d.people} ${d.people === 1 ? 'person' : 'people'}, over-paid ${d.overPaid}, under-paid ${d.underPaid}`;
  return `${d.rank}. ${d.title[lang]} (${figures})`;
}

/** Each supplier's most harmful defects, a line each (the why behind its column). */
function topDefects(ids: readonly string[], defects: readonly DefectView[], lang: Lang): string[] {
  if (defects.length === 0) return [];
  const width = Math.max(...ids.map((id) => id.length));
  const lines = ids.flatMap((id) => {
    const top = defects.filter((d) => d.vendorId === id).slice(0, TERMINAL_TOP_DEFECTS);
    if (top.length === 0) return [`${id.padEnd(width)}  ${lang === 'fr' ? TERMINAL_FR.noDefect : 'no defect'}`];
    return top.map((d, k) => `${(k === 0 ? id : '').padEnd(width)}  ${defectLine(d, lang)}`);
  });
  return [
    '',
    lang === 'fr'
      ? TERMINAL_FR.why(TERMINAL_TOP_DEFECTS)
      : `Why: each supplier's ${TERMINAL_TOP_DEFECTS} most harmful defects (all of them in defects.json):`,
    ...lines,
  ];
}

/**
 * The side-by-side table for the terminal: suppliers as columns in ranking order, each
 * supplier's most harmful defects, then people paid right per scenario family, then what the
 * run could not judge. In the reader's language (French words: terminal-words.ts).
 */
export function terminalReport(view: RunView, defects: readonly DefectView[] = [], lang: Lang = 'en'): string {
  const fr = lang === 'fr';
  const s = view.summary;
  if (!s)
    return fr
      ? `${TERMINAL_FR.run(view.id, view.status, view.error ?? '')}\n`
      : `Run ${view.id}: ${view.status}${view.error ? `: ${view.error}` : ''}\n`;
  const ids = s.ranking.map((r) => r.vendorId);
  const header = ['', ...s.ranking.map((r) => `#${r.rank} ${r.vendorId}`)];
  const rows = (fr ? reportMetrics(FR) : METRICS).map((m) => [m.label, ...ids.map((id) => m.cell(s.scorecards[id]))]);
  const families = Object.keys(s.scorecards[ids[0]]?.families ?? {});
  const familyRows = families.map((f) => [
    fr ? TERMINAL_FR.family(f) : f,
    ...ids.map((id) => {
      const t = s.scorecards[id].families[f];
      return t ? `${t.scenariosCorrect}/${t.scenarios}` : '-';
    }),
  ]);
  const pins = view.pins;
  const refused = pins.scenarios.filter((p) => p.refused);
  const refusedCount = s.refused ?? refused.length;
  const scenarios = pins.scenarioCount - refusedCount;
  const rules = pins.rulesEditions.join(', ') || '-';
  const which = refused.map((r) => `${r.id} (${r.refused!.code})`).join(', ');
  const out = [
    fr
      ? TERMINAL_FR.head(view.id, scenarios, ids.length, rules)
      : `Evaluation ${view.id}: ${scenarios} scenarios x ${ids.length} suppliers, rules ${rules}`,
    '',
    grid([header, ...rows]),
    '',
    fr ? TERMINAL_FR.ranking(COMPONENT_NAMES) : `Ranking by score; weights: ${weightsSentence()}.`,
    ...topDefects(ids, defects, lang),
    '',
    fr ? TERMINAL_FR.families : 'People paid exactly right, by scenario family:',
    grid([['', ...ids], ...familyRows]),
  ];
  if (refusedCount > 0)
    out.push(
      '',
      fr
        ? TERMINAL_FR.refused(refusedCount, which)
        : `The reference refused ${refusedCount} scenario(s), sent to no supplier${refused.length > 0 ? `: ${which}` : ' (listed in the report)'}`,
    );
  out.push('', ...howJudged(view, fr ? FR : undefined));
  const audited = auditLines(s.audit, lang);
  if (audited.length > 0) out.push('', ...audited);
  if (s.loadErrors.length > 0)
    out.push(
      '',
      fr
        ? TERMINAL_FR.loadErrors(s.loadErrors.length)
        : `${s.loadErrors.length} scenario file problem(s); those files took no part: run \`payproof scenarios validate\``,
    );
  // Suppliers left out of the run or that could not start: the reader must not miss them.
  if (s.notes.length > 0) out.push('', ...(fr ? s.notes.map(noteFr) : s.notes));
  return `${out.join('\n')}\n`;
}
