import type { ConventionEntry, ConventionSource } from './convention.types';
import { REGISTRY } from './registry';

/** Where a generated section sits in a document (the text between the two markers is replaced). */
export const CONVENTIONS_BEGIN = '<!-- conventions:begin (generated from src/domain/conventions: do not edit) -->';
export const CONVENTIONS_END = '<!-- conventions:end -->';

const STATUS: Record<ConventionEntry['status'], string> = {
  sourced: 'sourced',
  secondary: 'secondary source only',
  unverified: '*unverified*',
};

const AREA_TITLES: Record<ConventionEntry['area'], string> = {
  calendar: 'Calendar, cut-off and tax year',
  earnings: 'Earnings',
  corrections: 'Corrections and overpayments',
  deductions: 'Deductions',
  judging: 'What the reference does not judge',
};

function source(s: ConventionSource): string {
  const title = s.url ? `[${s.title}](${s.url})` : s.title;
  return `${s.publisher === 'secondary' ? 'secondary' : s.publisher}, ${title}${s.quote ? `: “${s.quote}”` : ''}`;
}

function entry(c: ConventionEntry, heading: string): string[] {
  return [
    `${heading} \`${c.id}\`: ${c.title.en} (${STATUS[c.status]}${c.selectable ? '; a scenario selects it' : ''})`,
    '',
    c.rule,
    '',
    ...(c.sources.length > 0 ? ['Sources:', '', ...c.sources.map((s) => `- ${source(s)}`), ''] : []),
    ...(c.unverified ? [`Not settled by a source: ${c.unverified}`, ''] : []),
    ...(c.scenarios.length > 0 ? [`Exercised by: ${c.scenarios.map((s) => `\`${s}\``).join(', ')}.`, ''] : []),
  ];
}

/**
 * The conventions section of a document, grouped by area: headings at `level` for areas and
 * one deeper for each rule. The same text for docs/reference-engine.md and the protocol's §5.
 */
export function conventionsMarkdown(level: number, entries: readonly ConventionEntry[] = REGISTRY): string {
  const h = '#'.repeat(level);
  const lines: string[] = [CONVENTIONS_BEGIN, ''];
  for (const area of Object.keys(AREA_TITLES) as ConventionEntry['area'][]) {
    const inArea = entries.filter((c) => c.area === area);
    if (inArea.length === 0) continue;
    lines.push(`${h} ${AREA_TITLES[area]}`, '');
    for (const c of inArea) lines.push(...entry(c, `${h}#`));
  }
  lines.push(CONVENTIONS_END);
  return lines.join('\n');
}

/** `doc` with its generated conventions section replaced; throws when the markers are missing. */
export function withConventions(doc: string, level: number): string {
  const begin = doc.indexOf(CONVENTIONS_BEGIN);
  const end = doc.indexOf(CONVENTIONS_END);
  if (begin < 0 || end < begin) throw new Error('the document has no conventions markers');
  return doc.slice(0, begin) + conventionsMarkdown(level) + doc.slice(end + CONVENTIONS_END.length);
}
