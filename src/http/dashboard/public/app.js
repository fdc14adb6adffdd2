/* payproof dashboard: sign-in, routing and the language switch (common.js, runs-views.js and submission-views.js come first). */
'use strict';

function loginView() {
  const input = h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', required: true });
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
    input,
    h('button', { type: 'submit' }, t('login.submit')),
    message,
  );
  show(h('h1', {}, t('login.heading')), h('p', {}, t('login.intro')), form);
  input.focus();
}

function home() {
  if (!state.me) return '#/login';
  if (state.me.role === 'volunteer') return '#/submit';
  return state.me.role === 'admin' ? '#/tokens' : '#/runs';
}

/* ---------- routing ---------- */

const ROUTES = [
  [/^#\/login$/, loginView],
  [/^#\/runs$/, runsView],
  [/^#\/runs\/([^/]+)$/, runView],
  [/^#\/runs\/([^/]+)\/vendors\/([^/]+)$/, supplierView],
  [/^#\/runs\/([^/]+)\/vendors\/([^/]+)\/families\/([^/]+)$/, familyView],
  [/^#\/runs\/([^/]+)\/vendors\/([^/]+)\/scenarios\/([^/]+)$/, scenarioView],
  [/^#\/runs\/([^/]+)\/vendors\/([^/]+)\/scenarios\/([^/]+)\/lines\/(\d+)$/, lineView],
  [/^#\/submit$/, submitView],
  [/^#\/tokens$/, () => tokensView()],
  [/^#\/submissions$/, submissionsView],
  [/^#\/submissions\/([^/]+)$/, submissionView],
];

async function route() {
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
        err.status === 403 ? t('error.forbidden') : t('error.generic', { message: err.message }),
      ),
    );
  }
  const heading = document.querySelector('main h1');
  if (heading && !document.activeElement?.matches('input')) {
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
