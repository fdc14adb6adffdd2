import { amount, day, say, type Lang } from '../../submissions/reader-text';
import type { DefectChange, PinChange, RoundComparison } from '../compare-rounds';
import type { BriefData, SupplierMoves } from './brief-data';
import { BRIEF_CSS } from './brief-css';
import { legend, lineChart } from './svg-chart';

/** One round's decision brief as one printable HTML page, in one language (docs/pilots.md). */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The dollar sign where each language puts it, never wrapped away from its amount. */
const dollars = (lang: Lang, text: string) =>
  lang === 'fr' ? `${amount(lang, text)}\u00a0$` : `$${amount(lang, text)}`;

function changeNotices(lang: Lang, c: RoundComparison | null): string[] {
  if (!c) return [];
  const notice = (change: PinChange) =>
    change === 'policy'
      ? say(lang, 'pilot.changed.policy', { subjects: c.policySubjects.join(', ') || '—' })
      : say(lang, `pilot.changed.${change}`);
  return c.changed.map(notice);
}

function shortSection(lang: Lang, b: BriefData): string {
  const leader = b.standings.find((s) => s.rank === 1) ?? b.standings[0];
  const lines = [
    leader ? say(lang, 'brief.leader', { supplier: leader.name, score: amount(lang, leader.score) }) : '',
    say(lang, 'brief.harmTotal', { dollars: dollars(lang, b.harm.total), people: b.harm.people }),
    b.harm.previousTotal !== null && b.previousRound !== null
      ? say(lang, 'brief.harmMove', {
          previous: b.previousRound,
          before: dollars(lang, b.harm.previousTotal),
          after: dollars(lang, b.harm.total),
        })
      : say(lang, 'brief.firstRound'),
  ].filter((l) => l !== '');
  return `<section><h2>${say(lang, 'brief.short')}</h2><p>${lines.map(esc).join(' ')}</p></section>`;
}

function standingTable(lang: Lang, b: BriefData): string {
  const moves = new Map(b.moves.map((m) => [m.vendorId, m]));
  const head = [
    'pilot.supplier',
    'pilot.score',
    'pilot.overPaid',
    'pilot.underPaid',
    'pilot.people',
    'pilot.paysMissed',
    'pilot.col.fixed',
    'pilot.col.open',
    'pilot.col.new',
    'pilot.col.regressed',
  ] as const;
  const rows = b.standings.map((s) => {
    const m = moves.get(s.vendorId);
    const count = (k: keyof SupplierMoves['counts']) => (m ? String(m.counts[k]) : '—');
    const cells = [
      amount(lang, s.score),
      dollars(lang, s.overPaid),
      dollars(lang, s.underPaid),
      `${s.peopleAffected}/${s.scenarios}`,
      `${s.paysMissed}/${s.expectedPaydays}`,
      count('fixed'),
      count('open'),
      count('new'),
      count('regressed'),
    ];
    return `<tr><th scope="row">${esc(s.name)}</th>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
  });
  return `<section><h2>${say(lang, 'brief.standing')}</h2><table><thead><tr>${head
    .map((k) => `<th scope="col">${say(lang, k)}</th>`)
    .join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function charts(lang: Lang, b: BriefData): string {
  const rounds = [...new Set(b.trends.flatMap((t) => t.points.map((p) => p.round)))].sort((x, y) => x - y);
  const series = (pick: (p: BriefData['trends'][number]['points'][number]) => string) =>
    b.trends.map((t) => ({
      label: t.name,
      values: rounds.map((r) => {
        const p = t.points.find((q) => q.round === r);
        return p ? pick(p) : null;
      }),
    }));
  const roundAxis = say(lang, 'pilot.chart.roundAxis');
  const harm = lineChart({
    title: say(lang, 'pilot.chart.harm'),
    rounds,
    roundAxis,
    series: series((p) => p.harm),
    format: (v) => dollars(lang, v),
  });
  const score = lineChart({
    title: say(lang, 'pilot.chart.score'),
    rounds,
    roundAxis,
    series: series((p) => p.score),
    max: '100.00',
    format: (v) => amount(lang, v),
  });
  const figure = (key: 'pilot.chart.harm' | 'pilot.chart.score', svg: string) =>
    `<figure><figcaption>${say(lang, key)}</figcaption>${svg}</figure>`;
  return `<section class="charts">${figure('pilot.chart.harm', harm)}${figure('pilot.chart.score', score)}<p class="legend">${legend(b.trends.map((t) => t.name))}</p></section>`;
}

function changesSection(lang: Lang, b: BriefData): string {
  if (b.previousRound === null || !b.comparison) return '';
  const notices = changeNotices(lang, b.comparison).map((n) => `<p class="notice">${esc(n)}</p>`);
  const list = (titles: Array<{ en: string; fr: string }>) => titles.map((t) => t[lang]).join('; ');
  const items = b.moves.map((m) => {
    const parts = [say(lang, 'brief.supplierChanges', { supplier: m.name, ...m.counts })];
    if (!m.inPrevious) parts.push(say(lang, 'pilot.notInPrevious', { supplier: m.name, previous: b.previousRound! }));
    if (m.titles.fixed.length) parts.push(say(lang, 'brief.fixedList', { titles: list(m.titles.fixed) }));
    if (m.titles.new.length) parts.push(say(lang, 'brief.newList', { titles: list(m.titles.new) }));
    if (m.titles.regressed.length) parts.push(say(lang, 'brief.regressedList', { titles: list(m.titles.regressed) }));
    if (m.titles['reference-wrong'].length)
      parts.push(say(lang, 'brief.referenceWrongList', { titles: list(m.titles['reference-wrong']) }));
    parts.push(...rulingLines(lang, b, m.vendorId));
    return `<li>${parts.map(esc).join(' ')}</li>`;
  });
  return `<section><h2>${say(lang, 'brief.changed', { previous: b.previousRound })}</h2>${notices.join('')}<ul>${items.join('')}</ul></section>`;
}

/** The rulings in force on the supplier's defects in this round: outcome, date, who, and the round it was made in. */
function rulingLines(lang: Lang, b: BriefData, vendorId: string): string[] {
  const changes = b.comparison?.suppliers.find((s) => s.vendorId === vendorId)?.changes ?? [];
  return changes
    .filter((x) => x.ruling)
    .map((x) => say(lang, 'brief.ruling', { title: x.defect.title[lang], ruling: rulingText(lang, x.ruling!) }));
}

export function rulingText(lang: Lang, r: NonNullable<DefectChange['ruling']>): string {
  const made = { outcome: say(lang, `outcome.${r.outcome}`), date: day(lang, r.at.slice(0, 10)), by: r.by };
  return r.round === null
    ? say(lang, 'pilot.rulingOutside', made)
    : say(lang, 'pilot.ruling', { ...made, round: r.round });
}

/** Each supplier's public and sealed scores and whether it was flagged, as src/audit/seal stored them. */
function sealedSection(lang: Lang, b: BriefData): string {
  const s = b.sealed;
  if (!s) return '';
  const names = new Map(b.standings.map((x) => [x.vendorId, x.name]));
  const intro = [
    say(lang, 'brief.sealed.intro', { scenarios: s.scenarios, commitment: s.commitment.slice(0, 12) }),
    say(lang, s.committed ? 'brief.sealed.committed' : 'brief.sealed.notCommitted'),
    say(lang, 'brief.sealed.flagRule', { gap: s.threshold.scoreGap, p: String(s.threshold.pLimit) }),
  ];
  const head = [
    'pilot.supplier',
    'brief.sealed.public',
    'brief.sealed.sealed',
    'brief.sealed.gap',
    'brief.sealed.flag',
  ] as const;
  const rows = s.suppliers.map(
    (x) =>
      `<tr${x.flagged ? ' class="flagged"' : ''}><th scope="row">${esc(names.get(x.vendorId) ?? x.vendorId)}</th><td>${esc(amount(lang, x.publicScore))}</td><td>${esc(amount(lang, x.sealedScore))}</td><td>${esc(amount(lang, x.gap))}</td><td>${esc(say(lang, x.flagged ? 'brief.sealed.flagged' : 'brief.sealed.notFlagged'))}</td></tr>`,
  );
  return `<section><h2>${say(lang, 'brief.sealed.title')}</h2><p>${intro.map(esc).join(' ')}</p><table><thead><tr>${head
    .map((k) => `<th scope="col">${say(lang, k)}</th>`)
    .join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function risksSection(lang: Lang, b: BriefData): string {
  if (b.risks.length === 0)
    return `<section><h2>${say(lang, 'brief.risks')}</h2><p>${say(lang, 'brief.noRisks')}</p></section>`;
  const rows = b.risks.map(
    ({ supplier, defect: d }) =>
      `<tr><td>${esc(supplier)}</td><td>${esc(d.title[lang])}</td><td>${esc(dollars(lang, d.overPaid))}</td><td>${esc(dollars(lang, d.underPaid))}</td><td>${d.people}</td></tr>`,
  );
  const head = ['pilot.supplier', 'pilot.defect', 'pilot.overPaid', 'pilot.underPaid', 'pilot.people'] as const;
  return `<section><h2>${say(lang, 'brief.risks')}</h2><p>${say(lang, 'brief.risksIntro')}</p><table class="risks"><thead><tr>${head
    .map((k) => `<th scope="col">${say(lang, k)}</th>`)
    .join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

export function briefHtml(b: BriefData, lang: Lang): string {
  const title = say(lang, 'brief.title', { name: b.pilot, round: b.round });
  const subtitle = say(lang, 'brief.subtitle', { run: b.runId, date: day(lang, b.startedAt.slice(0, 10)) });
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${BRIEF_CSS}</style></head>
<body><main><h1>${esc(title)}</h1><p class="sub">${esc(subtitle)}</p>
${shortSection(lang, b)}${standingTable(lang, b)}${sealedSection(lang, b)}${charts(lang, b)}${changesSection(lang, b)}${risksSection(lang, b)}
<footer><p>${esc(say(lang, 'brief.method'))}</p></footer></main></body></html>
`;
}
