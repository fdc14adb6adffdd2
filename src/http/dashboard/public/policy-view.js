/* payproof dashboard: the tolerance policy new runs use (GET/PUT /api/policy), edited as a form: each
 * tolerance a line code, an amount and its reason; the severity thresholds. Procurement edits; an
 * auditor reads. */
'use strict';

const POLICY_SUBJECTS = () => [...LINE_CODES, 'GROSS', 'NET'];

function toleranceFieldset(row, i, rows, redraw) {
  const id = (name) => `tol-${i}-${name}`;
  const input = (name, attrs = {}) =>
    h('input', {
      id: id(name),
      value: row[name],
      autocomplete: 'off',
      'aria-describedby': `${id(name)}-help`,
      oninput: (e) => (row[name] = e.target.value),
      ...attrs,
    });
  const labelled = (name, key, control) => [
    h('label', { for: id(name) }, t(`policy.${key}`)),
    h('p', { class: 'hint', id: `${id(name)}-help` }, t(`policy.${key}Help`)),
    control,
  ];
  const code = h(
    'select',
    { id: id('code'), 'aria-describedby': `${id('code')}-help`, onchange: (e) => (row.code = e.target.value) },
    POLICY_SUBJECTS().map((c) =>
      h(
        'option',
        { value: c, selected: c === row.code },
        `${codeName(['GROSS', 'NET'].includes(c) ? c.toLowerCase() : c)} (${c})`,
      ),
    ),
  );
  return h(
    'fieldset',
    {},
    h('legend', {}, t('policy.tolerance', { n: i + 1 })),
    labelled('code', 'code', code),
    labelled('amount', 'amount', input('amount', { inputmode: 'decimal' })),
    labelled('reason', 'reason', input('reason')),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => (rows.splice(i, 1), redraw()) }, t('policy.remove', { n: i + 1 })),
    ),
  );
}

async function policyView() {
  show(h('h1', {}, t('policy.heading')), loading());
  const current = await api('/api/policy');
  const rows = Object.entries(current.policy.tolerances ?? {}).map(([code, tol]) => ({
    code,
    amount: tol.amount,
    reason: tol.reason,
  }));
  const severity = { ...current.policy.severity };
  const canEdit = state.me.role === 'procurement';
  const list = h('div', {});
  const message = h('div', { 'aria-live': 'polite' });
  const redraw = () =>
    list.replaceChildren(
      ...(rows.length ? rows.map((r, i) => toleranceFieldset(r, i, rows, redraw)) : [h('p', {}, t('policy.none'))]),
    );
  redraw();
  const threshold = (name) => [
    h('label', { for: `sev-${name}` }, t(`policy.${name}`)),
    h('p', { class: 'hint', id: `sev-${name}-help` }, t(`policy.${name}Help`)),
    h('input', {
      id: `sev-${name}`,
      value: severity[name],
      inputmode: 'decimal',
      'aria-describedby': `sev-${name}-help`,
      oninput: (e) => (severity[name] = e.target.value),
    }),
  ];
  const save = async (e) => {
    e.preventDefault();
    message.replaceChildren(loading());
    const tolerances = Object.fromEntries(rows.map((r) => [r.code, { amount: r.amount.trim(), reason: r.reason }]));
    try {
      await api('/api/policy', json('PUT', { tolerances, severity }));
      await policyView();
      document.getElementById('policy-message').replaceChildren(h('p', { class: 'ok' }, t('policy.saved')));
    } catch (err) {
      message.replaceChildren(h('div', { class: 'alert danger' }, h('p', {}, errorText(err))));
    }
  };
  show(
    h('h1', {}, t('policy.heading')),
    h('p', {}, t('policy.intro')),
    h(
      'p',
      { class: 'hint' },
      current.updatedAt
        ? tn('policy.updated', { when: moment(current.updatedAt), who: verbatim(current.updatedBy ?? '') })
        : t('policy.never'),
    ),
    h('div', { id: 'policy-message', role: 'status' }),
    h(
      'form',
      { id: 'policy', onsubmit: save },
      h(
        'fieldset',
        { disabled: !canEdit },
        h('legend', {}, t('nav.policy')),
        list,
        canEdit
          ? h(
              'div',
              { class: 'actions' },
              h(
                'button',
                {
                  type: 'button',
                  onclick: () => (rows.push({ code: 'FEDERAL_TAX', amount: '0.01', reason: '' }), redraw()),
                },
                t('policy.add'),
              ),
            )
          : '',
      ),
      h(
        'fieldset',
        { disabled: !canEdit },
        h('legend', {}, t('policy.severity')),
        threshold('high'),
        threshold('medium'),
      ),
      canEdit ? h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('policy.save'))) : '',
      message,
    ),
  );
}
