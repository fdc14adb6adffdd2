import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FindingView, RunView } from '../evaluation/evaluation.types';
import type { HarmedRecord } from '../evaluation/ports/run-records';
import { esc, scriptJson } from './html';
import {
  familySection,
  findingsSection,
  harmedSection,
  howJudged,
  notesSection,
  pinsSection,
  rankingSection,
  scorecardSection,
} from './html-sections';

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1d2430;max-width:1300px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;border-bottom:2px solid #d6dbe3;padding-bottom:4px;margin-top:32px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #d6dbe3;padding:4px 8px;vertical-align:top;text-align:left}
th{background:#f1f4f8}table.num td:not(:first-child){text-align:right;white-space:nowrap}table.findings td{font-size:12px}table.findings td:nth-child(3),table.findings td:nth-child(n+6):nth-child(-n+10){white-space:nowrap}
.hint{color:#5a6475;font-size:13px}.row{display:flex;gap:32px;flex-wrap:wrap}.families{display:flex;flex-wrap:wrap;gap:24px}
.family{border:1px solid #d6dbe3;border-radius:6px;padding:8px 12px;width:460px}.family table{font-size:12px;width:100%}.chart{height:200px}
.under{color:#b3261e;font-weight:600}.over{color:#8a5a00;font-weight:600}code{font-size:12px;word-break:break-all}
details summary{cursor:pointer;color:#2a5db0}table.trace td{font-size:11px}`;

/** Chart.js's UMD build, inlined so the report works offline (no CDN). */
function chartLibrary(): string {
  // The package's exports map hides dist/ files; the UMD build sits beside its CommonJS entry.
  const file = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');
  return readFileSync(file, 'utf8').replace(/<\/script/gi, '<\\/script');
}

/** One stacked bar chart per family: under-paid and over-paid dollars per supplier. */
function chartData(view: RunView): unknown[] {
  const s = view.summary!;
  const ids = s.ranking.map((r) => r.vendorId);
  const families = Object.keys(s.scorecards[ids[0]]?.families ?? {});
  return families.map((f, i) => ({
    id: `family-chart-${i}`,
    labels: ids,
    under: ids.map((id) => Number(s.scorecards[id].families[f]?.underPaid ?? 0)),
    over: ids.map((id) => Number(s.scorecards[id].families[f]?.overPaid ?? 0)),
  }));
}

const DRAW = `for (const c of DATA) new Chart(document.getElementById(c.id), { type: 'bar',
  data: { labels: c.labels, datasets: [
    { label: 'under-paid $', data: c.under, backgroundColor: '#c8453b' },
    { label: 'over-paid $', data: c.over, backgroundColor: '#e0a526' } ] },
  options: { animation: false, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: 'dollars' } } } } });`;

/** What index.html shows of the findings: the worst, the people most harmed, and how many there are in all. */
export interface HtmlFindings {
  worst: readonly FindingView[];
  harmed: readonly HarmedRecord[];
  total: number;
}

/** reports/<run-id>/index.html: self-contained (styles, data and the chart library inline), its size bounded at any population. */
export function htmlReport(view: RunView, findings: HtmlFindings): string {
  const intro = `<p>Every scenario (one person's pay history) was paid by each supplier and by payproof's decimal-exact reference; every pay line was compared. A <b>finding</b> is a line, gross, net or whole pay that differs from the reference, a rule the supplier's own statements break (net = gross − deductions, annual maxima, same answer twice), or a supplier error.</p>`;
  const body = view.summary
    ? [
        rankingSection(view),
        scorecardSection(view),
        familySection(view),
        harmedSection(findings.harmed),
        findingsSection(findings.worst, findings.total),
        notesSection(view),
        pinsSection(view),
      ].join('\n')
    : `<p>This run has not finished: ${esc(view.error ?? view.status)}</p><ul>${howJudged(view)
        .map((l) => `<li>${esc(l)}</li>`)
        .join('')}</ul>${pinsSection(view)}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>payproof evaluation ${esc(view.id)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>${STYLE}</style></head><body>
<h1>payproof evaluation ${esc(view.id)}</h1><p class="hint">${esc(view.pins.scenarioCount)} scenarios × ${esc(view.pins.vendors.length)} suppliers · ${esc(view.pins.harnessVersion)} · rules ${esc(view.pins.rulesEditions.join(', '))} · started ${esc(view.startedAt)}</p>
${intro}${body}
<script>${chartLibrary()}</script>
<script>const DATA = ${scriptJson(view.summary ? chartData(view) : [])};
${DRAW}</script></body></html>
`;
}
