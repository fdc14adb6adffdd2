/* payproof dashboard: one evaluation (live progress, downloads, scorecards side by side), and the drill-down
 * supplier → family → scenario → line → reference trace. */
'use strict';

/** A colour from the stylesheet, so charts and text say a direction in the same colour (app.css). */
const cssColour = (name) => getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim();

function barChart(label, suppliers, datasets) {
  const canvas = h('canvas', { role: 'img', 'aria-label': label });
  window.Chart.defaults.font.family = "'Noto Sans', sans-serif";
  window.Chart.defaults.color = cssColour('ink');
  const chart = new window.Chart(canvas, {
    type: 'bar',
    data: { labels: suppliers, datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { title: { display: true, text: label, color: cssColour('ink') } },
    },
  });
  state.charts.push(chart);
  return h('div', { class: 'chart' }, canvas);
}

function downloads(run) {
  const status = h('div', { 'aria-live': 'polite' });
  const get = (format, ext) => async () => {
    status.replaceChildren(loading('run.downloading'));
    try {
      await download(`/api/runs/${encodeURIComponent(run.id)}/report?format=${format}`, `payproof-${run.id}.${ext}`);
      status.replaceChildren();
    } catch (err) {
      status.replaceChildren(h('p', { class: 'error' }, t('error.generic', { message: '' }), errorText(err)));
    }
  };
  return h(
    'section',
    {},
    h('h2', {}, t('run.downloads')),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: get('html', 'html') }, t('run.downloadHtml')),
      h('button', { type: 'button', onclick: get('csv', 'csv') }, t('run.downloadCsv')),
      h('button', { type: 'button', onclick: get('json', 'json') }, t('run.downloadJson')),
    ),
    status,
  );
}

function runFacts(run) {
  return h(
    'div',
    {},
    h('p', {}, t('run.meta', { started: moment(run.startedAt), status: t(`status.${run.status}`) })),
    h('p', {}, tn('run.suppliers', { names: verbatim(run.pins.vendors.map((v) => v.name).join(', ')) })),
    h('p', { class: 'hint' }, t('run.policy', { hash: run.pins.policyHash.slice(0, 12) })),
  );
}

/** A run still going: its progress, followed live until it ends, then the whole page shows its results. */
function runProgress(run) {
  const bar = h('progress', {
    max: run.workTotal || 1,
    value: run.workDone,
    'aria-label': t('runs.progressLabel', { id: run.id }),
  });
  const text = h('p', { role: 'status' }, t('run.progress', { done: run.workDone, total: run.workTotal }));
  poll(1500, async () => {
    const now = await api(`/api/runs/${encodeURIComponent(run.id)}`);
    bar.value = now.workDone;
    text.textContent = t('run.progress', { done: now.workDone, total: now.workTotal });
    if (now.status === 'running') return true;
    await runView(run.id);
    return false;
  });
  return h('div', {}, bar, text, loading('run.live'));
}

/** The first employees listed on an awaiting run's page (the rest: GET /api/runs/:id/missing). */
const MISSING_SHOWN = 20;

/**
 * A run that waits for exchange suppliers: its deadline (or that it has none), what is missing
 * per supplier, and the first employees with no answer yet, with their paydays.
 */
function runAwaiting(run) {
  const list = h('div', { 'aria-live': 'polite' }, loading('run.awaiting.loading'));
  void api(`/api/runs/${encodeURIComponent(run.id)}/missing?limit=${MISSING_SHOWN}`).then(
    (page) =>
      list.replaceChildren(
        table(
          t('run.awaiting.list', { count: page.items.length, total: page.total }),
          [t('run.awaiting.supplier'), t('run.awaiting.employee'), t('run.awaiting.paydays')],
          // Paydays in the reader's form (« 25 février 2026 »); "; " between them, as a long date has its own comma.
          page.items.map((m) => [verbatim(m.vendorId), verbatim(m.scenarioId), m.paydays.map(day).join('; ')]),
        ),
      ),
    (err) => list.replaceChildren(h('p', { class: 'error' }, t('error.generic', { message: '' }), errorText(err))),
  );
  const counts = Object.entries(run.missing);
  return h(
    'section',
    {},
    h('h2', {}, t('run.awaiting.heading')),
    h(
      'p',
      { id: 'run-deadline' },
      run.supplierDeadline
        ? t('run.awaiting.deadline', { deadline: moment(run.supplierDeadline) })
        : t('run.awaiting.noDeadline'),
    ),
    table(
      t('run.awaiting.counts'),
      [t('run.awaiting.supplier'), t('run.awaiting.employees'), t('run.awaiting.payRuns')],
      counts.map(([vendorId, c]) => [verbatim(vendorId), c.employees, c.payRuns]),
      [1, 2],
    ),
    h('p', { class: 'hint' }, t('run.awaiting.next', { id: run.id })),
    list,
  );
}

async function runView(runId) {
  show(loading());
  const run = await api(`/api/runs/${encodeURIComponent(runId)}`);
  const title = t('run.heading', { id: run.id });
  const top = [crumbs([[t('nav.runs'), '#/runs'], [title]]), h('h1', {}, title), runFacts(run)];
  if (!run.summary) {
    const failed =
      run.status === 'failed' ? h('p', { class: 'error' }, t('run.failed', { error: '' }), en(run.error ?? '')) : '';
    const body =
      run.status === 'running' ? runProgress(run) : run.status === 'awaiting-supplier' ? runAwaiting(run) : failed;
    show(...top, body);
    return;
  }
  const defects = await runDefects(run.id);
  const cards = run.summary.ranking.map((r) => ({ ...r, card: run.summary.scorecards[r.vendorId] }));
  const names = cards.map((c) => c.name);
  const scoreChart = h('figure', {}, h('figcaption', {}, t('run.chartCaption')), h('div', { class: 'charts' }));
  show(
    ...top,
    downloads(run),
    whySummary(run.id, run.summary.ranking, defects),
    h('h2', {}, t('run.scorecards')),
    scoreChart,
    table(
      t('run.scorecards'),
      [
        t('card.supplier'),
        t('card.rank'),
        t('card.score'),
        t('card.correct'),
        t('card.overPaid'),
        t('card.underPaid'),
        t('card.people'),
        t('card.missed'),
        t('card.errors'),
      ],
      cards.map((c) => [
        h('a', { href: `#/runs/${run.id}/vendors/${encodeURIComponent(c.vendorId)}` }, spoken('card.drill', c.name)),
        c.rank,
        c.score,
        `${c.card.scenariosCorrect} / ${c.card.scenarios}`,
        h('span', { class: 'over' }, money(c.card.overPaid)),
        h('span', { class: 'under' }, money(c.card.underPaid)),
        c.card.peopleAffected,
        c.card.paysMissed,
        c.card.errors.total,
      ]),
      [1, 2, 4, 5, 6, 7, 8],
    ),
  );
  scoreChart.querySelector('.charts').append(
    barChart(t('run.chartScore'), names, [
      { label: t('card.score'), data: cards.map((c) => Number(c.score)), backgroundColor: cssColour('brand') },
    ]),
    // Chart.js plots numbers: the amounts become numbers here for drawing only (the table beside holds the exact text).
    barChart(t('run.chartHarm'), names, [
      {
        label: t('card.underPaid'),
        data: cards.map((c) => Number(c.card.underPaid)),
        backgroundColor: cssColour('under-fill'),
      },
      {
        label: t('card.overPaid'),
        data: cards.map((c) => Number(c.card.overPaid)),
        backgroundColor: cssColour('over-fill'),
      },
    ]),
  );
}

const runTitle = (runId) => t('run.heading', { id: runId });
const familyName = (f) => (`family.${f}` in state.messages ? t(`family.${f}`) : f);

/** A supplier in a run: its defects ranked by harm first (the why), then its scenario families. */
async function supplierView(runId, vendorId) {
  show(loading());
  const [run, defects] = await Promise.all([
    api(`/api/runs/${encodeURIComponent(runId)}`),
    runDefects(runId, vendorId),
  ]);
  const card = run.summary.scorecards[vendorId];
  const name = run.summary.ranking.find((r) => r.vendorId === vendorId)?.name ?? vendorId;
  const title = () => tn('drill.families', { supplier: verbatim(name) });
  const rows = Object.entries(card.families).map(([family, tally]) => [
    h(
      'a',
      { href: `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}/families/${encodeURIComponent(family)}` },
      familyName(family),
    ),
    tally.scenarios,
    `${tally.scenariosCorrect} / ${tally.scenarios}`,
    money(tally.harmPerPerson),
    tally.score.value,
  ]);
  show(
    crumbs([[t('nav.runs'), '#/runs'], [runTitle(runId), `#/runs/${runId}`], [verbatim(name)]]),
    h('h1', {}, tn('why.supplierHeading', { supplier: verbatim(name) })),
    h('h2', {}, t('report.why.heading')),
    ...defectTables(runId, name, defects),
    h('h2', {}, title()),
    table(
      title(),
      [t('drill.family'), t('drill.scenarios'), t('drill.correct'), t('drill.harm'), t('card.score')],
      rows,
      [1, 3, 4],
    ),
  );
}

/** Scenario pins per page in a family's list (GET /api/runs/:id/scenarios?family=: any run size). */
const PIN_PAGE = 200;

async function familyView(runId, vendorId, family) {
  show(loading());
  const run = await api(`/api/runs/${encodeURIComponent(runId)}`);
  const name = run.summary.ranking.find((r) => r.vendorId === vendorId)?.name ?? vendorId;
  // A run over a thousand people lists no pins with the run: the family's scenarios come a page at a time,
  // and the supplier's findings are counted per scenario only where the run is small enough to fetch them.
  const counts = run.pins.scenariosListed
    ? await api(
        `/api/runs/${encodeURIComponent(runId)}/discrepancies?supplier=${encodeURIComponent(vendorId)}&family=${encodeURIComponent(family)}`,
      ).then((findings) => findings.reduce((m, f) => m.set(f.scenarioId, (m.get(f.scenarioId) ?? 0) + 1), new Map()))
    : null;
  const title = () => tn('drill.scenarioList', { supplier: verbatim(name), family: familyName(family) });
  const list = h('div', { 'aria-live': 'polite' });
  show(
    crumbs([
      [t('nav.runs'), '#/runs'],
      [runTitle(runId), `#/runs/${runId}`],
      [verbatim(name), `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}`],
      [familyName(family)],
    ]),
    h('h1', {}, title()),
    counts ? '' : h('p', { class: 'hint' }, t('why.familyLarge')),
    list,
  );
  await familyPage({ runId, vendorId, family, title, counts, holder: list, offset: 0 });
}

async function familyPage(p) {
  const { runId, vendorId, family, holder, offset } = p;
  holder.append(loading());
  const q = `family=${encodeURIComponent(family)}&offset=${offset}&limit=${PIN_PAGE}`;
  const page = await api(`/api/runs/${encodeURIComponent(runId)}/scenarios?${q}`);
  holder.querySelector('.loading')?.remove();
  holder.querySelector('button.more')?.remove();
  const headers = [t('drill.scenario'), ...(p.counts ? [t('drill.findings')] : [])];
  const rows = page.items
    .filter((s) => !s.refused)
    .map((s) => [
      h(
        'a',
        { href: `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}/scenarios/${encodeURIComponent(s.id)}` },
        verbatim(`${s.id}: ${s.title}`),
      ),
      ...(p.counts ? [p.counts.get(s.id) ?? 0] : []),
    ]);
  holder.append(table(p.title(), headers, rows, [1]));
  const next = offset + page.items.length;
  if (next < page.total)
    holder.append(
      h(
        'button',
        { type: 'button', class: 'more', onclick: () => familyPage({ ...p, offset: next }) },
        t('why.morePins', { n: Math.min(PIN_PAGE, page.total - next) }),
      ),
    );
}

/** The supplier's name as the run pinned it (the URL holds its id). */
async function supplierName(runId, vendorId) {
  const run = await api(`/api/runs/${encodeURIComponent(runId)}`);
  return run.pins.vendors.find((v) => v.id === vendorId)?.name ?? vendorId;
}

const scenarioFindings = (runId, vendorId, scenarioId) =>
  api(
    `/api/runs/${encodeURIComponent(runId)}/discrepancies?supplier=${encodeURIComponent(vendorId)}&scenario=${encodeURIComponent(scenarioId)}`,
  );

async function scenarioView(runId, vendorId, scenarioId) {
  show(loading());
  const [name, findings] = await Promise.all([
    supplierName(runId, vendorId),
    scenarioFindings(runId, vendorId, scenarioId),
  ]);
  const title = t('drill.lines', { supplier: name, scenario: scenarioId });
  const base = `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}/scenarios/${encodeURIComponent(scenarioId)}`;
  const family = findings[0]?.family ?? null;
  const trail = [
    [t('nav.runs'), '#/runs'],
    [runTitle(runId), `#/runs/${runId}`],
    [name, `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}`],
  ];
  if (family)
    trail.push([
      familyName(family),
      `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}/families/${encodeURIComponent(family)}`,
    ]);
  show(
    crumbs([...trail, [scenarioId]]),
    h('h1', {}, title),
    findings.length === 0
      ? h('p', {}, t('drill.noFindings'))
      : table(
          title,
          [
            t('drill.payday'),
            t('drill.code'),
            t('drill.expected'),
            t('drill.actual'),
            t('drill.difference'),
            t('drill.harmColumn'),
            t('drill.severity'),
            t('drill.message'),
            t('drill.trace'),
          ],
          findings.map((f, i) => [
            day(f.payday),
            f.code ? [codeName(f.code), ' ', h('code', {}, f.code)] : t(`kind.${f.kind}`),
            money(f.expected),
            money(f.actual),
            money(f.difference),
            harm(f.direction, f.netEffect),
            f.severity ? t(`severity.${f.severity}`) : '',
            inLang(f.message, f.messageFr),
            f.trace ? h('a', { href: `${base}/lines/${i}` }, t('drill.showTrace')) : '',
          ]),
          [2, 3, 4],
        ),
  );
}

async function lineView(runId, vendorId, scenarioId, index) {
  show(loading());
  const [name, findings] = await Promise.all([
    supplierName(runId, vendorId),
    scenarioFindings(runId, vendorId, scenarioId),
  ]);
  const f = findings[Number(index)];
  const what = f.code ?? t(`kind.${f.kind}`);
  const title = t('trace.heading', { code: what, payday: day(f.payday) });
  const steps = f.trace ?? [];
  show(
    crumbs([
      [t('nav.runs'), '#/runs'],
      [runTitle(runId), `#/runs/${runId}`],
      [name, `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}`],
      [
        scenarioId,
        `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}/scenarios/${encodeURIComponent(scenarioId)}`,
      ],
      [what],
    ]),
    h('h1', {}, title),
    h('p', {}, inLang(f.message, f.messageFr), ' ', harm(f.direction, f.netEffect)),
    steps.length === 0 ? h('p', {}, t('trace.none')) : traceTable(steps, title),
  );
}
