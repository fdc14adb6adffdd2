/* payproof dashboard: pilots (runs grouped as rounds), each with its suppliers' trends, the round-over-round
 * table of defects fixed, still open, new and came back, and its decision brief (docs/pilots.md). */
'use strict';

/** A line chart of one figure per supplier, round by round (Chart.js, as the run page's bar charts). */
function pilotChart(label, view, pick) {
  const rounds = [...new Set(view.trends.flatMap((s) => s.points.map((p) => p.round)))].sort((a, b) => a - b);
  const canvas = h('canvas', { role: 'img', 'aria-label': label });
  const styles = ['circle', 'rect', 'rectRot', 'triangle'];
  const chart = new window.Chart(canvas, {
    type: 'line',
    data: {
      labels: rounds.map((r) => t('pilot.round', { round: r })),
      datasets: view.trends.map((s, i) => ({
        label: s.name,
        pointStyle: styles[i % styles.length],
        pointRadius: 5,
        // Chart.js draws from numbers: these are pixel heights, the figures themselves are in the table below.
        data: rounds.map((r) => {
          const p = s.points.find((q) => q.round === r);
          return p ? Number(pick(p)) : null;
        }),
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      // From zero, so a trend is not drawn steeper than it is.
      scales: { y: { beginAtZero: true } },
      plugins: { title: { display: true, text: label } },
    },
  });
  state.charts.push(chart);
  return h('div', { class: 'chart' }, canvas);
}

function pilotTrendTable(view) {
  const rows = view.trends.flatMap((s) =>
    s.points.map((p) => [
      h('span', {}, verbatim(s.name), ` · ${t('pilot.round', { round: p.round })}`),
      p.score,
      money(p.overPaid),
      money(p.underPaid),
      String(p.peopleAffected),
      `${p.paysMissed}/${p.expectedPaydays}`,
      p.defects === null ? '—' : String(p.defects),
    ]),
  );
  const headers = [
    'pilot.supplier',
    'pilot.score',
    'pilot.overPaid',
    'pilot.underPaid',
    'pilot.people',
    'pilot.paysMissed',
    'pilot.defects',
  ];
  return table(
    t('pilot.trends'),
    headers.map((k) => t(k)),
    rows,
    [1, 2, 3, 4, 5, 6],
  );
}

function changeNotice(c, change) {
  return change === 'policy'
    ? t('pilot.changed.policy', { subjects: c.policySubjects.join(', ') })
    : t(`pilot.changed.${change}`);
}

/** One round against the one before: every supplier's defects with what happened to them. */
function pilotComparison(view, c) {
  const name = (id) => view.trends.find((s) => s.vendorId === id)?.name ?? id;
  // A defect an auditor ruled "reference wrong" is out of the score, not still open (src/pilots/carry-rulings.ts).
  const shown = (x) => (x.ruling?.outcome === 'reference-wrong' && x.status !== 'fixed' ? 'reference-wrong' : x.status);
  const ruling = (r) => {
    const made = { outcome: t(`outcome.${r.outcome}`), date: day(r.at.slice(0, 10)), by: r.by };
    return r.round === null ? t('pilot.rulingOutside', made) : t('pilot.ruling', { ...made, round: r.round });
  };
  const status = (x) => {
    const label = t(`pilot.status.${shown(x)}`, { round: x.lastSeenRound ?? '' });
    return x.ruling ? `${label}; ${ruling(x.ruling)}` : label;
  };
  const order = { regressed: 0, new: 1, open: 2, 'reference-wrong': 3, fixed: 4 };
  const rows = c.suppliers.flatMap((s) =>
    [...s.changes]
      .sort((a, b) => order[shown(a)] - order[shown(b)])
      .map((x) => [
        verbatim(name(s.vendorId)),
        h('span', { class: `change ${shown(x)}` }, status(x)),
        x.defect.title[state.lang],
        money(x.defect.overPaid),
        money(x.defect.underPaid),
        String(x.defect.people),
      ]),
  );
  const caption =
    c.previousRound === null
      ? t('pilot.first', { round: c.round })
      : t('pilot.against', { round: c.round, previous: c.previousRound });
  const notCompared = c.suppliers.flatMap((s) =>
    s.notComparable.map((n) =>
      h(
        'li',
        {},
        verbatim(name(s.vendorId)),
        ': ',
        t('pilot.notCompared', { title: n.defect.title[state.lang], reason: t(`pilot.reason.${n.reason}`) }),
      ),
    ),
  );
  return h(
    'section',
    {},
    h('h2', {}, caption),
    c.changed.map((change) => h('p', { class: 'notice' }, changeNotice(c, change))),
    table(
      caption,
      ['pilot.supplier', 'pilot.change', 'pilot.defect', 'pilot.overPaid', 'pilot.underPaid', 'pilot.people'].map((k) =>
        t(k),
      ),
      rows,
      [3, 4, 5],
    ),
    notCompared.length ? h('ul', {}, notCompared) : null,
  );
}

async function pilotView(name) {
  show(loading());
  const view = await api(`/api/pilots/${encodeURIComponent(name)}`);
  const rounds = table(
    t('pilot.rounds'),
    [t('pilot.rounds'), t('pilot.run'), t('pilot.started'), t('pilot.status')],
    view.rounds.map((r) => [
      String(r.round),
      h('a', { href: `#/runs/${r.runId}` }, verbatim(r.runId)),
      moment(r.startedAt),
      t(`status.${r.status}`),
    ]),
  );
  const brief = (lang) => () =>
    download(`/api/pilots/${encodeURIComponent(name)}/brief?lang=${lang}`, `${name}-brief.${lang}.html`);
  const last = view.comparisons[view.comparisons.length - 1];
  // Charts are drawn once the page is shown: show() lets go of the charts of the page before.
  const charts = h('div', { class: 'charts' });
  // In one div: h() leaves out the parts a page does not have (null), show() would print them.
  show(
    h(
      'div',
      {},
      crumbs([
        [t('pilot.heading'), '#/pilots'],
        [name, `#/pilots/${encodeURIComponent(name)}`],
      ]),
      h('h1', {}, verbatim(name)),
      view.description ? h('p', {}, verbatim(view.description)) : null,
      rounds,
      view.trends.length ? h('section', {}, h('h2', {}, t('pilot.trends')), charts, pilotTrendTable(view)) : null,
      last ? pilotComparison(view, last) : null,
      h(
        'div',
        {},
        view.comparisons
          .slice(0, -1)
          .reverse()
          .map((c) =>
            h(
              'details',
              {},
              h(
                'summary',
                {},
                c.previousRound === null
                  ? t('pilot.first', { round: c.round })
                  : t('pilot.against', { round: c.round, previous: c.previousRound }),
              ),
              pilotComparison(view, c),
            ),
          ),
      ),
      last
        ? h(
            'div',
            { class: 'actions' },
            h('button', { type: 'button', onclick: brief('en') }, t('pilot.briefEn')),
            h('button', { type: 'button', onclick: brief('fr') }, t('pilot.briefFr')),
          )
        : null,
      state.me.role === 'procurement' ? addRoundForm(name) : null,
    ),
  );
  charts.append(
    pilotChart(t('pilot.chart.harm'), view, (p) => p.harm),
    pilotChart(t('pilot.chart.score'), view, (p) => p.score),
  );
}

async function pilotsView() {
  show(loading());
  const pilots = await api('/api/pilots');
  show(
    h(
      'div',
      {},
      h('h1', {}, t('pilot.heading')),
      h('p', {}, t('pilot.intro')),
      pilots.length
        ? table(
            t('pilot.heading'),
            [t('pilot.name'), t('pilot.rounds'), t('pilot.created'), t('pilot.description')],
            pilots.map((p) => [
              h('a', { href: `#/pilots/${encodeURIComponent(p.name)}` }, verbatim(p.name)),
              String(p.rounds),
              moment(p.createdAt),
              verbatim(p.description),
            ]),
            [1],
          )
        : h('p', {}, t('pilot.none')),
      state.me.role === 'procurement' ? createPilotForm() : null,
    ),
  );
}
