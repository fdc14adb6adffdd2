/* payproof dashboard: API tokens (admin): create one (shown once), revoke one. */
'use strict';

async function tokensView(created) {
  show(h('h1', {}, t('tokens.heading')), loading());
  const tokens = await api('/api/tokens');
  const role = h(
    'select',
    { id: 'role', name: 'role' },
    ['volunteer', 'procurement', 'auditor', 'admin', 'supplier'].map((r) => h('option', { value: r }, t(`role.${r}`))),
  );
  const vendor = h('input', {
    id: 'token-vendor',
    name: 'vendor',
    autocomplete: 'off',
    'aria-describedby': 'token-vendor-hint',
  });
  const name = h('input', { id: 'token-name', name: 'name', required: true, autocomplete: 'off' });
  const form = h(
    'form',
    {
      onsubmit: async (e) => {
        e.preventDefault();
        const body = { role: role.value, name: name.value, ...(role.value === 'supplier' && { vendor: vendor.value }) };
        const made = await api('/api/tokens', json('POST', body));
        await tokensView(made);
      },
    },
    h('label', { for: 'role' }, t('tokens.role')),
    role,
    h('label', { for: 'token-name' }, t('tokens.name')),
    name,
    h('label', { for: 'token-vendor' }, t('tokens.vendor')),
    h('p', { class: 'hint', id: 'token-vendor-hint' }, t('tokens.vendorHint')),
    vendor,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('tokens.createButton'))),
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
          { role: 'status', class: 'alert success' },
          h('p', {}, t('tokens.shown', { name: created.name })),
          h('code', { id: 'new-token' }, created.token),
        )
      : '',
    table(
      t('tokens.heading'),
      [t('tokens.name'), t('tokens.role'), t('tokens.created'), t('tokens.revoked')],
      tokens.map((tk) => [
        verbatim(tk.name),
        t(`role.${tk.role}`),
        moment(tk.createdAt),
        tk.revokedAt ? moment(tk.revokedAt) : revoke(tk),
      ]),
    ),
    h('h2', {}, t('tokens.create')),
    form,
  );
}
