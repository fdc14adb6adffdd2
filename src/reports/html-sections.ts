import { refusalIn } from '../submissions/refusal-text';
import { COMPONENT_NAMES, SCORING } from '../domain/checks/scoring-weights';
import type { FindingView, RunView } from '../evaluation/evaluation.types';
import type { HarmedRecord } from '../evaluation/ports/run-records';
import { findingSentence, harmWords, lineWords, stubSide } from './finding-text';
import { esc, filterAttrs, table, verbatim } from './html';
import { traceTable } from './html-statements';
import type { ReportText } from './report-text';
import { reportMetrics } from './scorecard-rows';

/** The findings table shows the worst this many (index.html stays small at any population); discrepancies.csv has every finding. */
export const HTML_FINDING_LIMIT = 500;
/** The people most harmed, listed up to this many. */
export const HTML_HARMED_LIMIT = 100;
/** Stub lines listed (the rest are in discrepancies.csv). */
export const HTML_STUB_LIMIT = 200;

export function rankingSection(x: ReportText, view: RunView): string {
  const s = view.summary!;
  const rows = s.ranking.map((r) => [
    esc(x.number(r.rank)),
    `${verbatim(r.name)} · <code>${esc(r.vendorId)}</code>`,
    `<b>${esc(x.number(Number(r.score)))}</b>`,
  ]);
  const weights = COMPONENT_NAMES.map((n) => [
    esc(`${SCORING.weights[n].weight} %`),
    esc(x.t(`report.component.${n}`)),
    esc(x.t(`report.componentHelp.${n}`)),
  ]);
  return `<section id="ranking"><h2>${esc(x.t('report.ranking.heading'))}</h2><div class="row"><div>${table(
    [x.t('report.col.rank'), x.t('report.col.supplier'), x.t('report.col.score')],
    rows,
    { caption: x.t('report.ranking.caption'), rowHeaders: true },
  )}</div>
<div><p>${esc(x.t('report.ranking.weights'))}</p>${table(
    [x.t('report.col.weight'), x.t('report.col.part'), x.t('report.col.measures')],
    weights,
    { caption: x.t('report.ranking.weightsCaption'), rowHeaders: true },
  )}</div></div></section>`;
}

export function scorecardSection(x: ReportText, view: RunView): string {
  const s = view.summary!;
  const ids = s.ranking.map((r) => r.vendorId);
  const rows = reportMetrics(x).map((m) => [esc(m.label), ...ids.map((id) => esc(m.cell(s.scorecards[id])))]);
  return `<section id="scorecards"><h2>${esc(x.t('report.scorecards.heading'))}</h2>${table(['', ...ids], rows, {
    caption: x.t('report.scorecards.caption'),
    numeric: 'rest',
    rowHeaders: true,
  })}
<p class="hint">${esc(x.t('report.scorecards.hint'))}</p></section>`;
}

export const familyName = (x: ReportText, f: string) => x.family(f);

export function familySection(x: ReportText, view: RunView): string {
  const s = view.summary!;
  const ids = s.ranking.map((r) => r.vendorId);
  const families = Object.keys(s.scorecards[ids[0]]?.families ?? {});
  const metrics = reportMetrics(x).filter((_, k) => [1, 3, 4, 6].includes(k));
  const blocks = families.map((f, i) => {
    const rows = metrics.map((m) => [
      esc(m.label),
      ...ids.map((id) => (s.scorecards[id].families[f] ? esc(m.cell(s.scorecards[id].families[f])) : '-')),
    ]);
    const name = familyName(x, f);
    return `<div class="family"${filterAttrs({ families: [f] })}><h3>${esc(name)}</h3><div class="chart"><canvas id="family-chart-${i}" role="img" aria-label="${esc(x.t('report.families.chart', { family: name }))}"></canvas></div>${table(
      ['', ...ids],
      rows,
      { caption: x.t('report.families.caption', { family: name }), numeric: 'rest', rowHeaders: true },
    )}</div>`;
  });
  return `<section id="families"><h2>${esc(x.t('report.families.heading'))}</h2><p class="hint">${esc(x.t('report.families.hint'))}</p><div class="families">${blocks.join('\n')}</div></section>`;
}

function roleWords(x: ReportText, f: FindingView, titles: ReadonlyMap<string, string>): string {
  if (f.role === null) return '';
  const title = titles.get(`${f.vendorId} ${f.defectId ?? ''}`) ?? f.defectId ?? '';
  if (f.role === 'root') return esc(x.t('report.role.root', { title }));
  if (f.defectId === null) return esc(x.t('report.role.unexplained'));
  return x.html('report.role.consequence', { title }, { root: `<code>${esc(f.rootId ?? '')}</code>` });
}

/** The worst findings first (largest effect on a person's net pay), and how many more the CSV holds. */
export function findingsSection(
  x: ReportText,
  f: { worst: readonly FindingView[]; total: number; titles: ReadonlyMap<string, string> },
): string {
  const rows = f.worst.map((w) => [
    `<code>${esc(w.findingId)}</code>`,
    esc(x.day(w.payday)),
    esc(w.code ? w.code : x.maybe(`kind.${w.kind}`, w.kind)),
    esc(x.money(w.expected)),
    esc(x.money(w.actual)),
    harmWords(x, w),
    roleWords(x, w, f.titles),
    `${findingSentence(x, w)}${w.trace ? traceTable(x, w.trace, lineWords(x, w)) : ''}`,
  ]);
  const attrs = f.worst.map((w) =>
    filterAttrs({ supplier: w.vendorId, families: w.family ? [w.family] : [], defect: w.defectId }),
  );
  const more =
    f.total > f.worst.length
      ? `<p>${esc(x.t('report.findings.more', { shown: x.number(f.worst.length), more: x.number(f.total - f.worst.length) }))}</p>`
      : '';
  const none = f.total === 0 ? `<p>${esc(x.t('report.findings.none'))}</p>` : '';
  const header = [
    x.t('report.col.id'),
    x.t('report.col.payday'),
    x.t('report.col.line'),
    x.t('report.col.reference'),
    x.t('report.col.supplierAmount'),
    x.t('report.col.harm'),
    x.t('report.col.role'),
    x.t('report.col.what'),
  ];
  const body = f.total
    ? table(header, rows, {
        caption: x.t('report.findings.caption'),
        cls: 'findings',
        rowHeaders: true,
        rowAttrs: attrs,
      })
    : '';
  return `<section id="findings"><h2>${esc(x.t('report.findings.heading', { total: x.number(f.total) }))}</h2>${none}${more}${body}</section>`;
}

/** Stub lines something disagrees with, and each supplier's side (the reference stays the judge). */
export function stubsSection(x: ReportText, s: { items: readonly FindingView[]; total: number }): string {
  if (s.total === 0) return '';
  const rows = s.items.map((f) => [
    `<code>${esc(f.findingId)}</code>`,
    esc(x.day(f.payday)),
    esc(lineWords(x, f)),
    esc(x.money(f.stub)),
    esc(x.money(f.expected)),
    esc(x.money(f.actual)),
    esc(stubSide(x, f.check)),
  ]);
  const more =
    s.total > s.items.length
      ? `<p class="hint">${esc(x.t('report.stubs.more', { shown: x.number(s.items.length), total: x.number(s.total) }))}</p>`
      : '';
  const attrs = s.items.map((f) => filterAttrs({ supplier: f.vendorId, families: f.family ? [f.family] : [] }));
  return `<section id="stubs"><h2>${esc(x.t('report.stubs.heading'))}</h2><p>${esc(x.t('report.stubs.intro'))}</p>${table(
    [
      x.t('report.col.id'),
      x.t('report.col.payday'),
      x.t('report.col.line'),
      x.t('report.col.stub'),
      x.t('report.col.reference'),
      x.t('report.col.supplierAmount'),
      x.t('report.col.side'),
    ],
    rows,
    { caption: x.t('report.stubs.caption'), numeric: [3, 4, 5], rowHeaders: true, rowAttrs: attrs },
  )}${more}</section>`;
}

/** The people a supplier harmed most, in dollars over- and under-paid, then by how many findings. */
export function harmedSection(x: ReportText, harmed: readonly HarmedRecord[]): string {
  if (harmed.length === 0) return '';
  const rows = harmed.map((h) => [
    esc(h.vendorId),
    `<code>${esc(h.scenarioId)}</code>`,
    esc(h.family ? familyName(x, h.family) : ''),
    `<span class="under">${esc(x.money(h.underPaid))}</span>`,
    `<span class="over">${esc(x.money(h.overPaid))}</span>`,
    esc(x.number(h.findings)),
  ]);
  const attrs = harmed.map((h) => filterAttrs({ supplier: h.vendorId, families: h.family ? [h.family] : [] }));
  return `<section id="harmed"><h2>${esc(x.t('report.harmed.heading'))}</h2><p class="hint">${esc(x.t('report.harmed.hint', { limit: x.number(HTML_HARMED_LIMIT) }))}</p>${table(
    [
      x.t('report.col.supplier'),
      x.t('report.col.scenario'),
      x.t('report.col.family'),
      x.t('report.col.under'),
      x.t('report.col.over'),
      x.t('report.col.findings'),
    ],
    rows,
    { caption: x.t('report.harmed.caption'), numeric: [3, 4, 5], rowHeaders: true, rowAttrs: attrs },
  )}</section>`;
}

export function pinsSection(x: ReportText, view: RunView): string {
  const p = view.pins;
  const general: Array<[Parameters<ReportText['t']>[0], string]> = [
    ['report.pin.run', view.id],
    ['report.pin.started', x.moment(view.startedAt)],
    ['report.pin.finished', view.finishedAt ? x.moment(view.finishedAt) : '-'],
    ['report.pin.harness', p.harnessVersion],
    ['report.pin.rules', p.rulesEditions.join(', ')],
    ['report.pin.signature', p.signatureVersion === null ? '-' : String(p.signatureVersion)],
    ['report.pin.policyHash', p.policyHash],
    ['report.pin.policy', JSON.stringify(p.tolerancePolicy)],
    ['report.pin.policySource', p.policySource ?? '-'],
    ['report.pin.scenarioSource', p.scenarioSource],
    ['report.pin.scenarios', x.number(p.scenarioCount)],
  ];
  const rows = general.map(([k, v]) => [esc(x.t(k)), `<code>${esc(v)}</code>`]);
  const vendors = p.vendors.map((v) => [
    `<code>${esc(v.id)}</code>`,
    verbatim(v.name),
    esc(v.version ?? '-'),
    esc(v.transport),
    `<code>${esc(v.manifestHash)}</code>`,
  ]);
  const scenarios = p.scenarios.map((s) => [
    `<code>${esc(s.id)}</code>`,
    esc(s.family ? familyName(x, s.family) : ''),
    `<code>${esc(s.file)}</code>`,
    `<code>${esc(s.hash)}</code>`,
    s.refused
      ? `${esc(x.t('report.pins.refused', { code: s.refused.code, message: '' }))}${refusalHtml(x, s.refused)}`
      : '',
  ]);
  return `<section id="pins"><h2>${esc(x.t('report.pins.heading'))}</h2>${table([x.t('report.col.pin'), x.t('report.col.value')], rows, { caption: x.t('report.pins.caption'), rowHeaders: true })}
<h3>${esc(x.t('report.pins.suppliers'))}</h3>${table(
    [
      x.t('report.col.id'),
      x.t('report.col.name'),
      x.t('report.col.version'),
      x.t('report.col.transport'),
      x.t('report.col.manifest'),
    ],
    vendors,
    { caption: x.t('report.pins.suppliers'), rowHeaders: true },
  )}
<h3>${esc(x.t('report.pins.scenarios'))}</h3>${
    p.scenariosListed
      ? table(
          [
            x.t('report.col.id'),
            x.t('report.col.family'),
            x.t('report.col.file'),
            x.t('report.col.hash'),
            x.t('report.col.note'),
          ],
          scenarios,
          { caption: x.t('report.pins.scenarios'), rowHeaders: true },
        )
      : `<p>${esc(x.t('report.pins.many', { count: x.number(p.scenarioCount) }))}</p>`
  }</section>`;
}

/** How the run judged: the policy's origin and the same-answer-twice sample, in words (terminal in English, the report in its language). */
export function howJudged(view: RunView, x?: ReportText): string[] {
  const s = view.summary;
  const t = x ?? null;
  const lines = [
    t
      ? t.t('report.judged.policy', {
          source: policySourceIn(t, view.pins.policySource ?? '-'),
          hash: view.pins.policyHash.slice(0, 12),
        })
      : `Tolerance policy: ${view.pins.policySource ?? 'not recorded'} (sha256 ${view.pins.policyHash.slice(0, 12)}…).`,
  ];
  if (s?.sameAnswer) {
    const counts = { repeated: s.sameAnswer.repeated, requests: s.sameAnswer.requests };
    if (t)
      lines.push(
        s.sameAnswer.rate >= 1
          ? t.t('report.judged.sameAll', counts)
          : t.t('report.judged.sameSample', {
              ...counts,
              rate: t.number(Number((s.sameAnswer.rate * 100).toFixed(1))),
            }),
      );
    else {
      const share =
        s.sameAnswer.rate >= 1 ? 'every request' : `a sample of ${(s.sameAnswer.rate * 100).toFixed(1)} % of requests`;
      lines.push(
        `Same answer twice: ${share} was sent a second time and its answer compared with the first (${s.sameAnswer.repeated} of ${s.sameAnswer.requests} requests).`,
      );
    }
  }
  if (view.partial) {
    const counts = { status: view.status, done: view.workDone, total: view.workTotal };
    lines.push(
      t
        ? t.t('report.judged.partial', { ...counts, status: t.t(`status.${view.status}`) })
        : `Partial: this run is ${view.status} (${view.workDone} of ${view.workTotal} done); its findings so far are not all of them.`,
    );
  }
  return lines;
}

/**
 * Where a run's policy came from, stored in the policy service's English words, in the reader's
 * language when its shape is known (policy.service.ts), else as stored.
 */
export function policySourceIn(x: ReportText, source: string): string {
  if (x.lang === 'en') return source;
  if (source === 'the default policy (every line exact to the cent; none stored)')
    return 'la politique par défaut (chaque ligne exacte au cent près; aucune enregistrée)';
  if (source === 'given with this run') return 'donnée avec cette évaluation';
  const stored = /^the stored policy \(set by (.+) at (\S+)\)$/.exec(source);
  if (stored) return `la politique enregistrée (fixée par ${stored[1]} le ${x.moment(stored[2])})`;
  return source;
}

/** howJudged in the report's language, as HTML: the policy's origin, when it stays in the service's English words, marked lang="en". */
export function judgedHtml(x: ReportText, view: RunView): string[] {
  const [, ...rest] = howJudged(view, x);
  const source = view.pins.policySource ?? '-';
  const said = policySourceIn(x, source);
  const policy = x.html(
    'report.judged.policy',
    { hash: view.pins.policyHash.slice(0, 12) },
    { source: said === source ? `<span lang="en">${esc(source)}</span>` : esc(said) },
  );
  return [policy, ...rest.map(esc)];
}

export function notesSection(x: ReportText, view: RunView): string {
  const s = view.summary!;
  const items = [
    ...judgedHtml(x, view),
    ...s.loadErrors.map((e) => `${esc(x.t('report.notes.loadError', { error: '' }))}<span lang="en">${esc(e)}</span>`),
    ...s.notes.map((n) => `<span lang="en">${esc(n)}</span>`),
    esc(x.t('report.english')),
  ];
  return `<section id="notes"><h2>${esc(x.t('report.notes.heading'))}</h2><ul>${items.map((n) => `<li>${n}</li>`).join('')}</ul></section>`;
}

/** A stored refusal in the report's language; one the catalogues do not know stays English, marked so. */
function refusalHtml(x: ReportText, refused: { message: string }): string {
  const said = refusalIn(x.lang, refused);
  return said === refused.message && x.lang !== 'en' ? `<span lang="en">${esc(said)}</span>` : esc(said);
}
