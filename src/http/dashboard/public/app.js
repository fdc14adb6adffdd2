/* payproof dashboard: sign-in, the menu, routing and the language switch (the other scripts come first). */
'use strict';

function loginView() {
  const input = h('input', {
    id: 'token',
    name: 'token',
    type: 'password',
    autocomplete: 'off',
    required: true,
    'aria-describedby': 'login-help',
  });
  const message = h('p', { role: 'alert', class: 'error', id: 'login-error' });
  const form = h(
    'form',
    {
      onsubmit: async (e) => {
        e.preventDefault();
        sessionStorage.setItem('payproof.token', input.value.trim());
        try {
          state.me = await api('/api/me');
          renderNav();
          location.hash = home();
        } catch (err) {
          sessionStorage.removeItem('payproof.token');
          message.textContent = t('login.failed', { message: err.message });
        }
      },
    },
    h('label', { for: 'token' }, t('login.token')),
    h('p', { class: 'hint', id: 'login-help' }, t('login.intro')),
    input,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('login.submit'))),
    message,
  );
  show(h('h1', {}, t('login.heading')), form);
  input.focus();
}

function home() {
  if (!state.me) return '#/login';
  if (state.me.role === 'volunteer') return '#/build';
  if (state.me.role === 'supplier') return '#/my-runs';
  return state.me.role === 'admin' ? '#/tokens' : '#/runs';
}

/** The menu for the signed-in role: only the pages that role may use. */
function renderNav() {
  const nav = document.getElementById('nav');
  nav.replaceChildren();
  if (!state.me) return;
  const role = state.me.role;
  const links = [];
  if (role === 'procurement' || role === 'auditor')
    links.push(['#/runs', t('nav.runs')], ['#/pilots', t('nav.pilots')], ['#/policy', t('nav.policy')]);
  if (role === 'supplier') links.push(['#/my-runs', t('nav.mine')]);
  if (role === 'supplier' || role === 'auditor' || role === 'procurement')
    links.push(['#/disputes', t('nav.disputes')]);
  if (role !== 'admin' && role !== 'supplier') links.push(['#/build', t('nav.build')]);
  if (role === 'volunteer' || role === 'procurement') links.push(['#/submit', t('nav.submit')]);
  if (role === 'admin') links.push(['#/tokens', t('nav.tokens')]);
  if (role !== 'admin' && role !== 'supplier')
    links.push(['#/submissions', role === 'volunteer' ? t('nav.submissions') : t('subs.heading')]);
  const here = (location.hash || '').split('/').slice(0, 2).join('/');
  nav.append(
    h(
      'ul',
      {},
      links.map(([href, text]) =>
        h('li', {}, h('a', { href, 'aria-current': href === here ? 'page' : undefined }, text)),
      ),
      h(
        'li',
        {},
        h('span', { class: 'who' }, tn('role.label', { name: verbatim(state.me.name), role: t(`role.${role}`) })),
      ),
      h('li', {}, h('button', { type: 'button', onclick: signOut }, t('nav.signout'))),
    ),
  );
}

function signOut() {
  sessionStorage.removeItem('payproof.token');
  state.me = null;
  location.hash = '#/login';
  route();
}

const ROUTES = [
  [/^#\/login$/, loginView],
  [/^#\/runs$/, runsView],
  [/^#\/policy$/, policyView],
  [/^#\/pilots$/, pilotsView],
  [/^#\/pilots\/([^/]+)$/, pilotView],
  [/^#\/runs\/([^/]+)$/, runView],
  [/^#\/runs\/([^/]+)\/vendors\/([^/]+)$/, supplierView],
  [/^#\/runs\/([^/]+)\/vendors\/([^/]+)\/families\/([^/]+)$/, familyView],
  [/^#\/runs\/([^/]+)\/vendors\/([^/]+)\/defects\/([^/]+)$/, defectView],
  [/^#\/runs\/([^/]+)\/vendors\/([^/]+)\/scenarios\/([^/]+)$/, scenarioView],
  [/^#\/runs\/([^/]+)\/vendors\/([^/]+)\/scenarios\/([^/]+)\/lines\/(\d+)$/, lineView],
  [/^#\/build$/, () => builderView()],
  [/^#\/submit$/, submitView],
  [/^#\/tokens$/, () => tokensView()],
  [/^#\/submissions$/, submissionsView],
  [/^#\/submissions\/([^/]+)$/, submissionView],
  [/^#\/my-runs$/, myRunsView],
  [/^#\/my-runs\/([^/]+)$/, myRunView],
  [/^#\/disputes$/, disputesView],
  [/^#\/disputes\/([^/]+)$/, disputeView],
];

/**
 * One route at a time, in the order the hash changed: a slow view (the builder loads the pay
 * tables) must not paint over the page the reader went to next.
 */
let routing = Promise.resolve();
function route() {
  routing = routing.then(routeNow, routeNow);
  return routing;
}

async function routeNow() {
  state.page += 1;
  if (!token()) {
    if (location.hash !== '#/login') {
      location.hash = '#/login';
      return;
    }
  } else if (!state.me) {
    try {
      state.me = await api('/api/me');
    } catch {
      sessionStorage.removeItem('payproof.token');
      location.hash = '#/login';
      return;
    }
  }
  renderNav();
  const hash = location.hash || home();
  const found = ROUTES.map(([re, view]) => [re.exec(hash), view]).find(([m]) => m);
  if (!found) {
    location.hash = home();
    return;
  }
  const [match, view] = found;
  try {
    await view(...match.slice(1).map(decodeURIComponent));
  } catch (err) {
    show(
      h(
        'p',
        { class: 'error', role: 'alert' },
        err.status === 403 ? t('error.forbidden') : [t('error.generic', { message: '' }), errorText(err)],
      ),
    );
  }
  const heading = document.querySelector('main h1');
  if (heading && !document.activeElement?.matches('input, select, textarea')) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

document.getElementById('lang').addEventListener('click', async () => {
  state.lang = state.lang === 'en' ? 'fr' : 'en';
  localStorage.setItem('payproof.lang', state.lang);
  await loadMessages();
  await route();
});
window.addEventListener('hashchange', route);
loadMessages().then(route);
