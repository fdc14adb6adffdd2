/* payproof dashboard: the evaluation runs, each with its suppliers, scenario count and scores, and their
 * progress live; procurement starts a run here (suppliers, the catalogue it pays, the tolerance policy). */
'use strict';

/** Suppliers best first with their scores (a finished run), or their names (a run still going, from its pins). */
function runSuppliers(run, pins) {
  if (run.summary) return run.summary.ranking.map((r) => `${r.name} (${r.score})`).join(', ');
  return (pins?.vendors ?? []).map((v) => v.name).join(', ');
}

function runScenarios(run, pins) {
  const card = run.summary && Object.values(run.summary.scorecards)[0];
  return card ? card.scenarios : (pins?.scenarios.length ?? '');
}

function progressCell(run) {
  const label = t('runs.progressLabel', { id: run.id });
  return [
    h('progress', { max: run.workTotal || 1, value: run.workDone, 'aria-label': label }),
    h('span', { class: 'hint' }, ` ${t('runs.progressOf', { done: run.workDone, total: run.workTotal })}`),
  ];
}

async function runsTable() {
  const runs = await api('/api/runs');
  // A run still going has no summary yet: its suppliers come from its pins.
  const pins = Object.fromEntries(
    await Promise.all(
      runs
        .filter((r) => !r.summary)
        .map(async (r) => [r.id, (await api(`/api/runs/${encodeURIComponent(r.id)}`)).pins]),
    ),
  );
  const rows = runs.map((r) => [
    h('a', { href: `#/runs/${r.id}` }, spoken('runs.open', r.id)),
    t(`status.${r.status}`),
    moment(r.startedAt),
    verbatim(runSuppliers(r, pins[r.id])),
    runScenarios(r, pins[r.id]),
    progressCell(r),
  ]);
  const going = runs.some((r) => r.status === 'running');
  return {
    going,
    node: runs.length
      ? table(
          t('runs.heading'),
          [
            t('runs.id'),
            t('runs.status'),
            t('runs.started'),
            t('runs.suppliers'),
            t('runs.scenarios'),
            t('runs.progress'),
          ],
          rows,
          [4],
        )
      : h('p', {}, t('runs.none')),
  };
}

async function startRunForm(onStarted) {
  const [suppliers, catalogue, policy, pilot] = await Promise.all([
    api('/api/suppliers'),
    api('/api/scenarios'),
    api('/api/policy'),
    pilotChoice(),
  ]);
  const families = [...new Set(catalogue.scenarios.map((s) => s.family ?? ''))].filter(Boolean);
  const boxes = suppliers.map((s) =>
    h('input', { type: 'checkbox', id: `sup-${s.id}`, value: s.id, checked: !s.awaiting }),
  );
  const tolerances = Object.keys(policy.policy.tolerances ?? {}).length;
  const radio = (value, text, checked) =>
    h(
      'div',
      { class: 'check' },
      h('input', { type: 'radio', name: 'policy', id: `policy-${value}`, value, checked }),
      h('label', { for: `policy-${value}` }, text),
    );
  const message = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'submit' }, t('start.button'));
  const form = h(
    'form',
    {
      id: 'start-run',
      onsubmit: async (e) => {
        e.preventDefault();
        const vendors = boxes.filter((b) => b.checked).map((b) => b.value);
        if (vendors.length === 0) return message.replaceChildren(h('p', { class: 'error' }, t('start.noSupplier')));
        const exact = form.querySelector('input[name="policy"]:checked').value === 'exact';
        button.disabled = true;
        message.replaceChildren(loading('start.starting'));
        try {
          const run = await api('/api/runs', json('POST', { vendors, ...(exact ? { policy: {} } : {}) }));
          const round = await pilot.record(run.id);
          message.replaceChildren(
            h('p', { class: 'ok' }, t('start.started', { id: run.id })),
            round
              ? h('p', { class: 'ok' }, t('pilot.recorded', { run: run.id, round: round.round, pilot: round.pilot }))
              : null,
          );
          await onStarted();
        } catch (err) {
          message.replaceChildren(h('p', { class: 'error' }, t('error.generic', { message: '' }), errorText(err)));
        } finally {
          button.disabled = false;
        }
      },
    },
    h(
      'fieldset',
      {},
      h('legend', {}, t('start.suppliers')),
      h('p', { class: 'hint' }, t('start.suppliersHelp')),
      suppliers.map((s, i) =>
        h(
          'div',
          { class: 'check' },
          boxes[i],
          h('label', { for: `sup-${s.id}` }, verbatim(`${s.name} (${s.id}, ${s.version ?? '?'})`)),
          s.awaiting ? h('p', { class: 'hint' }, t('start.awaitingImport')) : null,
        ),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('start.catalogue')),
      h(
        'p',
        {},
        t('start.catalogueText', {
          scenarios: counted(catalogue.scenarios.length, 'scenario'),
          families: families.length,
        }),
      ),
      h(
        'details',
        {},
        h('summary', {}, t('start.catalogueFamilies')),
        h(
          'ul',
          {},
          families.map((f) => h('li', {}, t(`family.${f}`) === `family.${f}` ? verbatim(f) : t(`family.${f}`))),
        ),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('start.policy')),
      radio(
        'current',
        t('start.policyCurrent', {
          summary: tolerances ? t('start.policySummary', { count: tolerances }) : t('policy.none'),
        }),
        true,
      ),
      radio('exact', t('start.policyExact'), false),
      h('p', {}, h('a', { href: '#/policy' }, t('nav.policy'))),
    ),
    pilot.field,
    h('div', { class: 'actions' }, button),
    message,
  );
  return form;
}

async function runsView() {
  show(h('h1', {}, t('runs.heading')), loading());
  const list = h('div', { id: 'runs' });
  const live = h('p', { class: 'hint', id: 'runs-live', role: 'status' });
  let following = false;
  const update = async () => {
    const { going, node } = await runsTable();
    list.replaceChildren(node);
    live.textContent = going ? t('runs.live') : '';
    return going;
  };
  // While a run is going, the list follows it (one poll at a time), without a reload.
  const follow = async () => {
    if (!(await update()) || following) return;
    following = true;
    poll(1500, async () => (following = await update()));
  };
  const start = state.me.role === 'procurement' ? [h('h2', {}, t('start.heading')), await startRunForm(follow)] : [];
  show(h('h1', {}, t('runs.heading')), live, list, ...start);
  await follow();
}
