import type { TraceStep } from '../domain/reference/trace';
import type { StatementJson } from '../domain/scenario';
import type { DefectView, FindingView, RunView } from '../evaluation/evaluation.types';
import { findingSentence, harmWords } from './finding-text';
import { esc, filterAttrs, table, verbatim } from './html';
import { statementsTable, traceTable } from './html-statements';
import type { ReportText } from './report-text';

/** Rows of a supplier's defect table; the rest are in defects.json. */
export const DEFECTS_LISTED = 100;
/** Defects per supplier described in full (occurrences, side-by-side statements, trace). */
export const DEFECTS_DETAILED = 12;
/** Occurrences listed per defect described. */
export const OCCURRENCES_SHOWN = 10;

/** What the "why" section shows: the run's defects, and the first occurrences of each one described. */
export interface WhyData {
  defects: readonly DefectView[];
  /** By `${vendorId} ${defectId}`. */
  occurrences: ReadonlyMap<string, { total: number; items: readonly FindingView[] }>;
}

export const occurrenceKey = (vendorId: string, defectId: string) => `${vendorId} ${defectId}`;

/** The defects described in full: each supplier's most harmful pay defects (failures have no statements to show). */
export function detailed(defects: readonly DefectView[]): DefectView[] {
  const bySupplier = new Map<string, DefectView[]>();
  for (const d of defects.filter((d) => d.kind !== 'failure'))
    bySupplier.set(d.vendorId, [...(bySupplier.get(d.vendorId) ?? []), d]);
  return [...bySupplier.values()].flatMap((list) => list.slice(0, DEFECTS_DETAILED));
}

const anchor = (supplier: number, d: DefectView) => `d-${supplier}-${d.rank}`;

function defectRows(x: ReportText, k: number, list: readonly DefectView[], described: ReadonlySet<DefectView>) {
  const title = (d: DefectView) =>
    described.has(d) ? `<a href="#${anchor(k, d)}">${esc(d.title[x.lang])}</a>` : esc(d.title[x.lang]);
  return list.map((d) => [
    esc(x.number(d.rank)),
    title(d),
    esc(x.number(d.people)),
    esc(x.number(d.occurrences)),
    esc(x.number(d.pays)),
    `<span class="over">${esc(x.money(d.overPaid))}</span>`,
    `<span class="under">${esc(x.money(d.underPaid))}</span>`,
    `<code>${esc(d.codes.join(', '))}</code>`,
    esc(families(x, d)),
  ]);
}

const families = (x: ReportText, d: DefectView) => d.families.map((f) => x.family(f)).join(', ');

/** "Kind: line" → the part's name in words, its value as code (signature values are identifiers). */
const groupingLine = (line: string) => {
  const at = line.search(/ ?: /);
  return at < 0
    ? esc(line)
    : `${esc(line.slice(0, at))}${line.charAt(at) === ' ' ? ' ' : ''}: <code>${esc(line.slice(line.indexOf(': ') + 2))}</code>`;
};

function failureRows(x: ReportText, list: readonly DefectView[]) {
  return list.map((d) => [
    esc(d.title[x.lang]),
    esc(x.number(d.errors)),
    esc(x.number(d.missedPays)),
    esc(families(x, d)),
    `<code>${esc(d.example.scenarioId)}</code>: <span lang="en">${esc(d.example.messages[0] ?? '')}</span>`,
  ]);
}

function occurrenceTable(
  x: ReportText,
  d: DefectView,
  o: WhyData['occurrences'] extends ReadonlyMap<string, infer V> ? V : never,
) {
  const rows = o.items.map((f) => [
    `<code>${esc(f.scenarioId)}</code>`,
    esc(x.day(f.payday)),
    esc(x.money(f.expected)),
    esc(x.money(f.actual)),
    harmWords(x, f),
    findingSentence(x, f),
  ]);
  const more =
    o.total > o.items.length
      ? `<p class="hint">${esc(x.t('report.defect.occurrencesMore', { shown: x.number(o.items.length), total: x.number(o.total) }))}</p>`
      : '';
  return `${table(
    [
      x.t('report.occ.scenario'),
      x.t('report.occ.payday'),
      x.t('report.col.reference'),
      x.t('report.col.supplierAmount'),
      x.t('report.col.harm'),
      x.t('report.occ.what'),
    ],
    rows,
    { caption: x.t('report.defect.occurrences', { title: d.title[x.lang] }), rowHeaders: true, cls: 'findings' },
  )}${more}`;
}

function defectArticle(x: ReportText, k: number, d: DefectView, data: WhyData): string {
  const figures = x.t('report.defect.figures', {
    occurrences: x.count(d.occurrences, 'occurrence'),
    people: x.count(d.people, 'person'),
    pays: x.count(d.pays, 'pay'),
    over: x.money(d.overPaid),
    under: x.money(d.underPaid),
    consequences: x.number(d.consequences),
  });
  const e = d.example;
  const occurrences = data.occurrences.get(occurrenceKey(d.vendorId, d.defectId)) ?? { total: 0, items: [] };
  return `<article class="defect" id="${anchor(k, d)}"${filterAttrs({ supplier: d.vendorId, families: d.families, defect: d.defectId })}>
<h4>${esc(x.number(d.rank))}. ${esc(d.title[x.lang])}</h4>
<p>${esc(figures)}</p><p>${esc(x.t('report.defect.lines', { codes: d.codes.join(', '), families: families(x, d) }))}</p>
<h5>${esc(x.t('report.defect.grouping'))}</h5><ul>${d.grouping[x.lang].map((g) => `<li>${groupingLine(g)}</li>`).join('')}</ul>
<p class="hint">${esc(x.t('report.defect.id', { id: d.defectId }))}</p>
${occurrenceTable(x, d, occurrences)}
<h5>${x.html('report.defect.example', { payday: x.day(e.payday) }, { scenario: verbatim(e.scenarioId) })}</h5>
${statementsTable(x, { supplier: e.supplier as StatementJson | null, reference: e.reference as StatementJson | null, payday: e.payday ?? '', roots: e.codes })}
${traceTable(x, e.trace as TraceStep[], x.t('report.defect.trace'))}
</article>`;
}

function supplierBlock(x: ReportText, k: number, r: { vendorId: string; name: string; rank: number }, data: WhyData) {
  const mine = data.defects.filter((d) => d.vendorId === r.vendorId);
  const pay = mine.filter((d) => d.kind !== 'failure');
  const failures = mine.filter((d) => d.kind === 'failure');
  const described = new Set(pay.slice(0, DEFECTS_DETAILED));
  const listed = pay.slice(0, DEFECTS_LISTED);
  const attrs = (d: DefectView) => filterAttrs({ supplier: d.vendorId, families: d.families, defect: d.defectId });
  const caption = x.html('report.why.caption', {}, { supplier: verbatim(r.name) });
  const parts = [
    `<h3>${x.html('report.why.supplier', { rank: x.number(r.rank) }, { supplier: verbatim(r.name) })}</h3>`,
    mine.length === 0 ? `<p>${x.html('report.why.none', {}, { supplier: verbatim(r.name) })}</p>` : '',
    listed.length > 0
      ? table(
          [
            x.t('report.col.rank'),
            x.t('report.col.defect'),
            x.t('report.col.people'),
            x.t('report.col.occurrences'),
            x.t('report.col.pays'),
            x.t('report.col.over'),
            x.t('report.col.under'),
            x.t('report.col.lines'),
            x.t('report.col.families'),
          ],
          defectRows(x, k, listed, described),
          {
            caption: '',
            captionHtml: caption,
            cls: 'defects',
            numeric: [2, 3, 4, 5, 6],
            rowHeaders: true,
            rowAttrs: listed.map(attrs),
          },
        )
      : '',
    pay.length > listed.length
      ? `<p class="hint">${x.html('report.why.more', { shown: x.number(listed.length), total: x.number(pay.length) }, { supplier: verbatim(r.name) })}</p>`
      : '',
    failures.length > 0
      ? table(
          [
            x.t('report.col.defect'),
            x.t('report.col.errors'),
            x.t('report.col.missed'),
            x.t('report.col.families'),
            x.t('report.occ.what'),
          ],
          failureRows(x, failures),
          {
            caption: '',
            captionHtml: x.html('report.why.failuresCaption', {}, { supplier: verbatim(r.name) }),
            cls: 'failures',
            numeric: [1, 2],
            rowHeaders: true,
            rowAttrs: failures.map(attrs),
          },
        )
      : '',
    pay.length > described.size
      ? `<p class="hint">${esc(x.t('report.why.detailMore', { shown: x.number(described.size) }))}</p>`
      : '',
    ...[...described].map((d) => defectArticle(x, k, d, data)),
  ];
  return `<section class="supplier"${filterAttrs({ supplier: r.vendorId })} aria-labelledby="why-${k}">${parts.join('\n').replace('<h3>', `<h3 id="why-${k}">`)}</section>`;
}

/** "Why": per supplier (ranking order), its defects ranked by harm → occurrences → side-by-side statement → trace. */
export function whySection(x: ReportText, view: RunView, data: WhyData): string {
  const ranking =
    view.summary?.ranking ?? view.pins.vendors.map((v, i) => ({ vendorId: v.id, name: v.name, rank: i + 1 }));
  return `<section id="why"><h2>${esc(x.t('report.why.heading'))}</h2><p>${esc(x.t('report.why.intro'))}</p>
${ranking.map((r, k) => supplierBlock(x, k, r, data)).join('\n')}</section>`;
}
