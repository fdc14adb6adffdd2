import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FindingView, RunView } from '../evaluation/evaluation.types';
import type { HarmedRecord } from '../evaluation/ports/run-records';
import { whySection, type WhyData } from './html-defects';
import { esc, scriptJson } from './html';
import { CHART_SCRIPT, PAGE_SCRIPT } from './html-script';
import { auditSection } from '../audit/report/audit-report';
import {
  familyName,
  familySection,
  findingsSection,
  harmedSection,
  judgedHtml,
  notesSection,
  pinsSection,
  rankingSection,
  scorecardSection,
  stubsSection,
} from './html-sections';
import { ReportText, type Lang } from './report-text';

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1d2430;max-width:1300px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;border-bottom:2px solid #d6dbe3;padding-bottom:4px;margin-top:32px}
h3{font-size:16px;margin-top:24px}h4{font-size:15px;margin:20px 0 4px}h5{font-size:14px;margin:12px 0 4px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #d6dbe3;padding:4px 8px;vertical-align:top;text-align:left}
thead th{background:#f1f4f8}tbody th{font-weight:normal}caption{text-align:left;font-weight:600;padding:4px 0}
td.n,th.n{text-align:right;white-space:nowrap}table.findings td{font-size:12px}
.hint{color:#5a6475;font-size:13px}.row{display:flex;gap:32px;flex-wrap:wrap}.families{display:flex;flex-wrap:wrap;gap:24px}
.family{border:1px solid #d6dbe3;border-radius:6px;padding:8px 12px;width:460px}.family table{font-size:12px;width:100%}.chart{height:200px}
.under{color:#b3261e;font-weight:600}.over{color:#8a5a00;font-weight:600}code{font-size:12px;word-break:break-all}
article.defect{border-left:4px solid #26374a;padding:4px 0 4px 16px;margin:16px 0}mark{background:#fff1c2}
table.trace td,table.trace th{font-size:11px}.traces-hidden .trace{display:none}
nav.toc ol{columns:2;max-width:640px}.filters{background:#f1f4f8;padding:8px 12px;border-radius:6px}
.filters .pick{display:inline-block;margin:0 24px 8px 0}.filters select{max-width:420px;display:block}[hidden]{display:none!important}
.skip{position:absolute;left:-9999px}.skip:focus{left:24px;top:8px;background:#fff;padding:4px}`;

/** Chart.js's UMD build, inlined so the report works offline (no CDN). */
function chartLibrary(): string {
  // The package's exports map hides dist/ files; the UMD build sits beside its CommonJS entry.
  const file = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');
  return readFileSync(file, 'utf8').replace(/<\/script/gi, '<\\/script');
}

/** One stacked bar chart per family: under-paid and over-paid dollars per supplier. */
function chartData(x: ReportText, view: RunView): unknown {
  const s = view.summary!;
  const ids = s.ranking.map((r) => r.vendorId);
  const families = Object.keys(s.scorecards[ids[0]]?.families ?? {});
  return {
    locale: x.lang === 'fr' ? 'fr-CA' : 'en-CA',
    words: { under: x.t('report.chart.under'), over: x.t('report.chart.over'), dollars: x.t('report.chart.dollars') },
    // Chart.js plots numbers: amounts become numbers here for drawing only (the tables hold the exact text).
    charts: families.map((f, i) => ({
      id: `family-chart-${i}`,
      labels: ids,
      under: ids.map((id) => Number(s.scorecards[id].families[f]?.underPaid ?? 0)),
      over: ids.map((id) => Number(s.scorecards[id].families[f]?.overPaid ?? 0)),
    })),
  };
}

/** What index.html shows of the findings: the worst, the people most harmed, the stub lines, the defects. */
export interface HtmlFindings {
  worst: readonly FindingView[];
  harmed: readonly HarmedRecord[];
  total: number;
  stubs?: { items: readonly FindingView[]; total: number };
  why?: WhyData;
}

function option(value: string, text: string, asTyped = false): string {
  return `<option value="${esc(value)}"${asTyped ? ' translate="no"' : ''}>${esc(text)}</option>`;
}

/** A run without scores yet: why, how it is judged, and its pins. */
function notFinished(x: ReportText, view: RunView): string {
  const why = view.error ? `<span lang="en">${esc(view.error)}</span>` : esc(x.t(`status.${view.status}`));
  const judged = judgedHtml(x, view)
    .map((l) => `<li>${l}</li>`)
    .join('');
  return `<p>${x.html('report.notFinished', {}, { why })}</p><ul>${judged}</ul>${pinsSection(x, view)}`;
}

/** The filters (shown by the page script) and the traces switch. */
function filters(x: ReportText, view: RunView, why: WhyData): string {
  const families = [...new Set(why.defects.flatMap((d) => d.families))].sort();
  const all = option('', x.t('report.filter.all'));
  const select = (id: string, label: string, options: string[]) =>
    `<span class="pick"><label for="${id}">${esc(label)}</label> <select id="${id}">${all}${options.join('')}</select></span>`;
  return `<section id="filters" class="filters" hidden aria-labelledby="filters-h"><h2 id="filters-h">${esc(x.t('report.filters'))}</h2>
<p class="hint">${esc(x.t('report.filter.help'))}</p><p>${select(
    'f-supplier',
    x.t('report.filter.supplier'),
    view.pins.vendors.map((v) => option(v.id, v.name, true)),
  )} ${select(
    'f-family',
    x.t('report.filter.family'),
    families.map((f) => option(f, familyName(x, f))),
  )} ${select(
    'f-defect',
    x.t('report.filter.defect'),
    why.defects.map((d) => option(d.defectId, `${d.vendorId}: ${d.title[x.lang]}`)),
  )}</p>
<p><input type="checkbox" id="show-traces"> <label for="show-traces">${esc(x.t('report.traces'))}</label></p></section>`;
}

function toc(x: ReportText, f: HtmlFindings): string {
  const items: Array<[string, string]> = [
    ['why', x.t('report.why.heading')],
    ['ranking', x.t('report.ranking.heading')],
    ['scorecards', x.t('report.scorecards.heading')],
    ['families', x.t('report.families.heading')],
    ...(f.harmed.length > 0 ? [['harmed', x.t('report.harmed.heading')] as [string, string]] : []),
    ['findings', x.t('report.findings.heading', { total: x.number(f.total) })],
    ...(f.stubs && f.stubs.total > 0 ? [['stubs', x.t('report.stubs.heading')] as [string, string]] : []),
    ['notes', x.t('report.notes.heading')],
    ['pins', x.t('report.pins.heading')],
  ];
  return `<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h">${esc(x.t('report.toc'))}</h2><ol>${items
    .map(([id, text]) => `<li><a href="#${id}">${esc(text)}</a></li>`)
    .join('')}</ol></nav>`;
}

/**
 * reports/<run-id>/index.html in the reader's language (`--lang`, the locale, or `?lang=`):
 * self-contained (styles, data, scripts and the chart library inline), its size bounded at any
 * population. It leads with the why: each supplier's defects, the most harmful first.
 */
export function htmlReport(view: RunView, findings: HtmlFindings, lang: Lang = 'en'): string {
  const x = new ReportText(lang);
  const why: WhyData = findings.why ?? { defects: [], occurrences: new Map() };
  const titles = new Map(why.defects.map((d) => [`${d.vendorId} ${d.defectId}`, d.title[lang]]));
  const body = view.summary
    ? [
        toc(x, findings),
        filters(x, view, why),
        whySection(x, view, why),
        rankingSection(x, view),
        scorecardSection(x, view),
        auditSection(view.summary.audit, esc, lang),
        familySection(x, view),
        harmedSection(x, findings.harmed),
        findingsSection(x, { worst: findings.worst, total: findings.total, titles }),
        stubsSection(x, findings.stubs ?? { items: [], total: 0 }),
        notesSection(x, view),
        pinsSection(x, view),
      ].join('\n')
    : notFinished(x, view);
  const meta = x.html(
    'report.meta',
    {
      scenarios: x.count(view.pins.scenarioCount, 'scenario'),
      suppliers: x.count(view.pins.vendors.length, 'supplier'),
      editions: view.pins.rulesEditions.join(', '),
      started: x.moment(view.startedAt),
    },
    { harness: `<code>${esc(view.pins.harnessVersion)}</code>` },
  );
  const title = x.t('report.title', { id: view.id });
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>${STYLE}</style></head><body>
<a class="skip" href="#why">${esc(x.t('report.skip'))}</a>
<header><h1>${esc(title)}</h1><p class="hint">${meta}</p></header>
<main><p>${esc(x.t('report.intro'))}</p>${body}</main>
<script>${chartLibrary()}</script>
<script>const DATA = ${scriptJson(view.summary ? chartData(x, view) : { charts: [], words: {} })};
${CHART_SCRIPT}</script>${view.summary ? `<script>${PAGE_SCRIPT}</script>` : ''}</body></html>
`;
}
