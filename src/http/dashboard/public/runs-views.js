/* payproof dashboard: evaluations, scorecards side by side, drill-down supplier → family → scenario → line → trace. */
'use strict';

async function runsView() {
  const runs = await api('/api/runs');
  const rows = runs.map((r) => [
    h('a', { href: `#/runs/${r.id}`, 'aria-label': t('runs.open', { id: r.id }) }, r.id),
    t(`status.${r.status}`),
    r.startedAt,
    `${r.workDone} / ${r.workTotal}`,
  ]);
  show(
    h('h1', {}, t('runs.heading')),
    runs.length
      ? table(t('runs.heading'), [t('runs.id'), t('runs.status'), t('runs.started'), t('runs.progress')], rows)
      : h('p', {}, t('runs.none')),
  );
}

function barChart(label, suppliers, datasets) {
  const canvas = h('canvas', { role: 'img', 'aria-label': label });
  const chart = new window.Chart(canvas, {
    type: 'bar',
    data: { labels: suppliers, datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { title: { display: true, text: label, color: '#1b1b1b' } },
    },
  });
  state.charts.push(chart);
  return h('div', { class: 'chart' }, canvas);
}

async function runView(runId) {
  const run = await api(`/api/runs/${encodeURIComponent(runId)}`);
  const title = t('run.heading', { id: run.id });
  if (!run.summary) {
    show(
      crumbs([[t('nav.runs'), '#/runs'], [title]]),
      h('h1', {}, title),
      h('p', {}, t('run.notFinished', { status: t(`status.${run.status}`), done: run.workDone, total: run.workTotal })),
    );
    return;
  }
  const ranking = run.summary.ranking;
  const cards = ranking.map((r) => ({ ...r, card: run.summary.scorecards[r.vendorId] }));
  const names = cards.map((c) => c.name);
  const scoreChart = h('figure', {}, h('figcaption', {}, t('run.chartCaption')), h('div', { class: 'charts' }));
  show(
    crumbs([[t('nav.runs'), '#/runs'], [title]]),
    h('h1', {}, title),
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
        h(
          'a',
          {
            href: `#/runs/${run.id}/vendors/${encodeURIComponent(c.vendorId)}`,
            'aria-label': t('card.drill', { supplier: c.name }),
          },
          c.name,
        ),
        c.rank,
        c.score,
        `${c.card.scenariosCorrect} / ${c.card.scenarios}`,
        money(c.card.overPaid),
        money(c.card.underPaid),
        c.card.peopleAffected,
        c.card.paysMissed,
        c.card.errors.total,
      ]),
    ),
  );
  const holder = scoreChart.querySelector('.charts');
  holder.append(
    barChart(t('run.chartScore'), names, [
      { label: t('card.score'), data: cards.map((c) => Number(c.score)), backgroundColor: '#26374a' },
    ]),
    barChart(t('run.chartHarm'), names, [
      { label: t('card.overPaid'), data: cards.map((c) => Number(c.card.overPaid)), backgroundColor: '#a8322d' },
      { label: t('card.underPaid'), data: cards.map((c) => Number(c.card.underPaid)), backgroundColor: '#2b6f8a' },
    ]),
  );
}

async function supplierView(runId, vendorId) {
  const run = await api(`/api/runs/${encodeURIComponent(runId)}`);
  const card = run.summary.scorecards[vendorId];
  const name = run.summary.ranking.find((r) => r.vendorId === vendorId)?.name ?? vendorId;
  const title = t('drill.families', { supplier: name });
  const rows = Object.entries(card.families).map(([family, tally]) => [
    h(
      'a',
      { href: `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}/families/${encodeURIComponent(family)}` },
      family,
    ),
    tally.scenarios,
    `${tally.scenariosCorrect} / ${tally.scenarios}`,
    money(tally.harmPerPerson),
    tally.score.value,
  ]);
  show(
    crumbs([[t('nav.runs'), '#/runs'], [t('run.heading', { id: runId }), `#/runs/${runId}`], [name]]),
    h('h1', {}, title),
    table(title, [t('drill.family'), t('drill.scenarios'), t('drill.correct'), t('drill.harm'), t('card.score')], rows),
  );
}

async function familyView(runId, vendorId, family) {
  const [run, findings] = await Promise.all([
    api(`/api/runs/${encodeURIComponent(runId)}`),
    api(`/api/runs/${encodeURIComponent(runId)}/discrepancies?supplier=${encodeURIComponent(vendorId)}`),
  ]);
  const name = run.summary.ranking.find((r) => r.vendorId === vendorId)?.name ?? vendorId;
  const inFamily = run.pins.scenarios.filter((s) => (s.family ?? '(no family)') === family && !s.refused);
  const count = (id) => findings.filter((f) => f.scenarioId === id).length;
  const title = t('drill.scenarioList', { supplier: name, family });
  show(
    crumbs([
      [t('nav.runs'), '#/runs'],
      [t('run.heading', { id: runId }), `#/runs/${runId}`],
      [name, `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}`],
      [family],
    ]),
    h('h1', {}, title),
    table(
      title,
      [t('drill.scenario'), t('drill.findings')],
      inFamily.map((s) => [
        h(
          'a',
          { href: `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}/scenarios/${encodeURIComponent(s.id)}` },
          `${s.id}: ${s.title}`,
        ),
        count(s.id),
      ]),
    ),
  );
}

/** The supplier's name as the run pinned it (the URL holds its id). */
async function supplierName(runId, vendorId) {
  const run = await api(`/api/runs/${encodeURIComponent(runId)}`);
  return run.pins.vendors.find((v) => v.id === vendorId)?.name ?? vendorId;
}

async function scenarioView(runId, vendorId, scenarioId) {
  const name = await supplierName(runId, vendorId);
  const findings = await api(
    `/api/runs/${encodeURIComponent(runId)}/discrepancies?supplier=${encodeURIComponent(vendorId)}&scenario=${encodeURIComponent(scenarioId)}`,
  );
  const title = t('drill.lines', { supplier: name, scenario: scenarioId });
  const base = `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}/scenarios/${encodeURIComponent(scenarioId)}`;
  const family = findings[0]?.family ?? null;
  const trail = [
    [t('nav.runs'), '#/runs'],
    [t('run.heading', { id: runId }), `#/runs/${runId}`],
    [name, `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}`],
  ];
  if (family)
    trail.push([
      family,
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
            t('drill.severity'),
            t('drill.message'),
            t('drill.trace'),
          ],
          findings.map((f, i) => [
            f.payday ?? '',
            f.code ?? f.kind,
            money(f.expected),
            money(f.actual),
            money(f.difference),
            f.severity ?? '',
            f.message,
            f.trace ? h('a', { href: `${base}/lines/${i}` }, t('drill.showTrace')) : '',
          ]),
        ),
  );
}

async function lineView(runId, vendorId, scenarioId, index) {
  const name = await supplierName(runId, vendorId);
  const findings = await api(
    `/api/runs/${encodeURIComponent(runId)}/discrepancies?supplier=${encodeURIComponent(vendorId)}&scenario=${encodeURIComponent(scenarioId)}`,
  );
  const f = findings[Number(index)];
  const title = t('trace.heading', { code: f.code ?? f.kind, payday: f.payday ?? '' });
  const steps = f.trace ?? [];
  show(
    crumbs([
      [t('nav.runs'), '#/runs'],
      [t('run.heading', { id: runId }), `#/runs/${runId}`],
      [name, `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}`],
      [
        scenarioId,
        `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}/scenarios/${encodeURIComponent(scenarioId)}`,
      ],
      [f.code ?? f.kind],
    ]),
    h('h1', {}, title),
    h('p', {}, f.message),
    steps.length === 0
      ? h('p', {}, t('trace.none'))
      : table(
          title,
          [t('trace.step'), t('trace.label'), t('trace.value'), t('trace.inputs'), t('trace.citation')],
          steps.map((s) => [
            s.step,
            s.label,
            s.value,
            Object.entries(s.inputs ?? {})
              .map(([k, v]) => `${k} = ${v}`)
              .join('; '),
            s.citation,
          ]),
        ),
  );
}
