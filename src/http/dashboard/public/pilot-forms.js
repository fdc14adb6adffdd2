/* payproof dashboard: the pilots' forms (create a pilot, record a run as its next round) and the pilot
 * choice of the start-run form (runs-list.js); the pages themselves are in pilot-views.js. */
'use strict';

function addRoundForm(name) {
  const input = h('input', { id: 'round-run', name: 'runId', required: true, 'aria-describedby': 'round-run-help' });
  const message = h('p', { role: 'status' });
  return h(
    'form',
    {
      onsubmit: async (e) => {
        e.preventDefault();
        try {
          const r = await api(
            `/api/pilots/${encodeURIComponent(name)}/rounds`,
            json('POST', { runId: input.value.trim() }),
          );
          message.textContent = t('pilot.recorded', { run: r.runId, round: r.round, pilot: r.pilot });
          await pilotView(name);
        } catch (err) {
          message.replaceChildren(h('span', { class: 'error' }, t('error.generic', { message: '' }), errorText(err)));
        }
      },
    },
    h('h2', {}, t('pilot.addRound')),
    h('label', { for: 'round-run' }, t('pilot.run')),
    h('p', { class: 'hint', id: 'round-run-help' }, t('pilot.addRoundHint')),
    input,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('pilot.addRound'))),
    message,
  );
}

function createPilotForm() {
  const name = h('input', { id: 'pilot-name', name: 'name', required: true, 'aria-describedby': 'pilot-name-help' });
  const description = h('input', { id: 'pilot-description', name: 'description' });
  const message = h('p', { role: 'status' });
  return h(
    'form',
    {
      onsubmit: async (e) => {
        e.preventDefault();
        try {
          await api(
            '/api/pilots',
            json('POST', { name: name.value.trim(), description: description.value.trim() || undefined }),
          );
          location.hash = `#/pilots/${encodeURIComponent(name.value.trim())}`;
        } catch (err) {
          message.replaceChildren(h('span', { class: 'error' }, t('error.generic', { message: '' }), errorText(err)));
        }
      },
    },
    h('h2', {}, t('pilot.create')),
    h('label', { for: 'pilot-name' }, t('pilot.name')),
    h('p', { class: 'hint', id: 'pilot-name-help' }, t('pilot.nameHint')),
    name,
    h('label', { for: 'pilot-description' }, t('pilot.description')),
    description,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('pilot.create'))),
    message,
  );
}

/**
 * The start-run form's pilot choice (runs-list.js): the pilots to choose from, and after the run is
 * started, recording it as the chosen pilot's next round (POST /api/pilots/:name/rounds).
 */
async function pilotChoice() {
  const pilots = await api('/api/pilots');
  const select = h(
    'select',
    { id: 'start-pilot', name: 'pilot', 'aria-describedby': 'start-pilot-help' },
    h('option', { value: '' }, t('start.pilotNone')),
    pilots.map((p) => h('option', { value: p.name }, p.name)),
  );
  return {
    field: pilots.length
      ? h(
          'div',
          {},
          h('label', { for: 'start-pilot' }, t('start.pilot')),
          h('p', { class: 'hint', id: 'start-pilot-help' }, t('start.pilotHelp')),
          select,
        )
      : null,
    record: async (runId) =>
      select.value ? api(`/api/pilots/${encodeURIComponent(select.value)}/rounds`, json('POST', { runId })) : undefined,
  };
}
