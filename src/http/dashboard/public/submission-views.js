/* payproof dashboard: the submission form, submissions and a volunteer's account, tokens (admin). */
'use strict';

function errorsTable(errors) {
  return table(
    t('sub.errors'),
    [t('submit.row'), t('submit.column'), t('submit.problem')],
    errors.map((e) => [e.row ?? '', e.column ?? '', e.message]),
  );
}

function submitView() {
  const file = h('input', {
    id: 'file',
    name: 'file',
    type: 'file',
    accept: '.csv,.json',
    required: true,
    'aria-describedby': 'submit-intro',
  });
  const result = h('div', { id: 'result', role: 'status' });
  const form = h(
    'form',
    {
      onsubmit: async (e) => {
        e.preventDefault();
        result.replaceChildren(h('p', {}, t('submit.sending')));
        const data = new FormData();
        data.append('file', file.files[0]);
        try {
          const sub = await api('/api/submissions', { method: 'POST', body: data });
          result.replaceChildren(
            h('p', { class: 'ok' }, t('submit.accepted', { scenarios: sub.scenarioIds.join(', ') })),
            h('p', {}, h('a', { href: `#/submissions/${sub.id}` }, t('subs.open', { file: sub.fileName }))),
          );
        } catch (err) {
          const sub = err.body && err.body.details && err.body.details.submission;
          result.replaceChildren(
            ...(sub
              ? [h('p', { class: 'error' }, t('submit.invalid', { count: sub.errors.length })), errorsTable(sub.errors)]
              : [h('p', { class: 'error' }, t('submit.failed', { message: err.message }))]),
          );
        }
      },
    },
    h('label', { for: 'file' }, t('submit.file')),
    file,
    h('button', { type: 'submit' }, t('submit.send')),
  );
  show(h('h1', {}, t('submit.heading')), h('p', { id: 'submit-intro' }, t('submit.intro')), form, result);
}

async function submissionsView() {
  const subs = await api('/api/submissions');
  show(
    h('h1', {}, t('subs.heading')),
    subs.length === 0
      ? h('p', {}, t('subs.none'))
      : table(
          t('subs.heading'),
          [t('subs.file'), t('subs.status'), t('subs.received')],
          subs.map((s) => [
            h('a', { href: `#/submissions/${s.id}`, 'aria-label': t('subs.open', { file: s.fileName }) }, s.fileName),
            t(`status.${s.status}`),
            s.receivedAt,
          ]),
        ),
  );
}

/** A pay line code in words ("CPP" → "Canada Pension Plan"), or the code itself when there is no word for it. */
function codeName(code) {
  const key = `code.${code}`;
  return key in state.messages ? t(key) : code;
}

/** A supplier's account in the page's language, from the figures (the API's own sentences are English). */
function accountList(s) {
  const supplier = s.name;
  if (s.exact) return h('p', {}, t('account.exact', { supplier }));
  const harm = (l) =>
    l.direction === 'over'
      ? t('account.over', { amount: money(l.netEffect) })
      : l.direction === 'under'
        ? t('account.under', { amount: money(l.netEffect) })
        : t('account.none');
  const say = (l) => {
    if (l.kind === 'error') return t('account.error', { supplier });
    if (l.kind === 'missed-pay')
      return `${t('account.missed', { supplier, payday: l.payday, expected: money(l.expected) })} ${harm(l)}`;
    const line = t('account.line', {
      supplier,
      payday: l.payday ?? '',
      code: codeName(l.code ?? l.kind),
      actual: money(l.actual),
      expected: money(l.expected),
    });
    // The harm to the person is their net pay's: said once per payday, on the net line, not on every line that makes it up.
    return l.kind === 'net' ? `${line} ${harm(l)}` : line;
  };
  return h(
    'div',
    {},
    h('p', {}, t('account.differs', { supplier, count: s.lines.length })),
    h(
      'ul',
      {},
      s.lines.map((l) => h('li', {}, say(l))),
    ),
  );
}

async function submissionView(id) {
  const sub = await api(`/api/submissions/${encodeURIComponent(id)}`);
  const parts = [
    crumbs([[t('nav.submissions'), '#/submissions'], [sub.fileName]]),
    h('h1', {}, t('sub.heading', { file: sub.fileName })),
    h('p', {}, t('sub.status', { status: t(`status.${sub.status}`) })),
  ];
  if (sub.status === 'invalid') parts.push(errorsTable(sub.errors));
  if (sub.status === 'accepted') parts.push(h('p', {}, t('sub.pending')));
  if (sub.status === 'evaluated') {
    const account = await api(`/api/submissions/${encodeURIComponent(id)}/account`);
    parts.push(
      h('h2', {}, t('sub.account')),
      ...account.scenarios.flatMap((sc) =>
        sc.suppliers.map((s) =>
          h('section', { class: 'account' }, h('h3', {}, `${s.name}: ${sc.scenarioId}`), accountList(s)),
        ),
      ),
    );
  }
  show(...parts);
}

async function tokensView(created) {
  const tokens = await api('/api/tokens');
  const role = h(
    'select',
    { id: 'role', name: 'role' },
    ['volunteer', 'procurement', 'auditor', 'admin'].map((r) => h('option', { value: r }, t(`role.${r}`))),
  );
  const name = h('input', { id: 'token-name', name: 'name', required: true, autocomplete: 'off' });
  const form = h(
    'form',
    {
      onsubmit: async (e) => {
        e.preventDefault();
        const made = await api('/api/tokens', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ role: role.value, name: name.value }),
        });
        await tokensView(made);
      },
    },
    h('label', { for: 'role' }, t('tokens.role')),
    role,
    h('label', { for: 'token-name' }, t('tokens.name')),
    name,
    h('button', { type: 'submit' }, t('tokens.createButton')),
  );
  const revoke = (tk) =>
    h(
      'button',
      {
        type: 'button',
        'aria-label': t('tokens.revokeLabel', { name: tk.name }),
        onclick: async () => {
          await api(`/api/tokens/${tk.id}`, { method: 'DELETE' });
          await tokensView();
        },
      },
      t('tokens.revoke'),
    );
  show(
    h('h1', {}, t('tokens.heading')),
    created
      ? h(
          'div',
          { role: 'status', class: 'ok' },
          h('p', {}, t('tokens.shown', { name: created.name })),
          h('code', { id: 'new-token' }, created.token),
        )
      : '',
    table(
      t('tokens.heading'),
      [t('tokens.name'), t('tokens.role'), t('tokens.created'), t('tokens.revoked')],
      tokens.map((tk) => [tk.name, t(`role.${tk.role}`), tk.createdAt, tk.revokedAt ?? revoke(tk)]),
    ),
    h('h2', {}, t('tokens.create')),
    form,
  );
}
