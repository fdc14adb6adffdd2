/* payproof dashboard, shared parts: state, messages, DOM building, API calls, layout.
 * Plain JavaScript, no build step; the scripts share one global scope (index.html loads them in order).
 * The API token is kept in sessionStorage (this tab only) and sent as "Authorization: Bearer"; every
 * string shown comes from i18n/en.json or i18n/fr.json. Text from the API is inserted as text, never HTML. */
'use strict';

const state = {
  lang: localStorage.getItem('payproof.lang') === 'fr' ? 'fr' : 'en',
  messages: {},
  me: null,
  charts: [],
};

function t(key, params = {}) {
  const text = state.messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** h('a', { href: '#/' }, 'text', child): an element; strings become text nodes. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function table(caption, headers, rows) {
  return h(
    'table',
    {},
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headers.map((x) => h('th', { scope: 'col' }, x)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((cells) =>
        h(
          'tr',
          {},
          cells.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c))),
        ),
      ),
    ),
  );
}

const token = () => sessionStorage.getItem('payproof.token');

async function api(path, options = {}) {
  const headers = { authorization: `Bearer ${token()}`, ...(options.headers || {}) };
  const res = await fetch(path, { ...options, headers });
  const body = (res.headers.get('content-type') || '').includes('json') ? await res.json() : await res.text();
  if (!res.ok)
    throw Object.assign(new Error(body && body.message ? body.message : res.statusText), { status: res.status, body });
  return body;
}

async function loadMessages() {
  state.messages = await (await fetch(`/i18n/${state.lang}.json`)).json();
  document.documentElement.lang = state.lang;
  document.title = `payproof: ${t('app.tagline')}`;
  document.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n);
  });
  const button = document.getElementById('lang');
  button.textContent = t('lang.switch');
  button.setAttribute('lang', state.lang === 'en' ? 'fr' : 'en');
  button.setAttribute('aria-label', t('lang.switchLabel'));
}

function renderNav() {
  const nav = document.getElementById('nav');
  nav.replaceChildren();
  if (!state.me) return;
  const links = [];
  if (state.me.role === 'procurement' || state.me.role === 'auditor') links.push(['#/runs', t('nav.runs')]);
  if (state.me.role === 'volunteer' || state.me.role === 'procurement') links.push(['#/submit', t('nav.submit')]);
  if (state.me.role === 'admin') links.push(['#/tokens', t('nav.tokens')]);
  if (state.me.role !== 'admin')
    links.push(['#/submissions', state.me.role === 'volunteer' ? t('nav.submissions') : t('subs.heading')]);
  nav.append(
    h(
      'ul',
      {},
      links.map(([href, text]) => h('li', {}, h('a', { href }, text))),
      h(
        'li',
        {},
        h('span', { class: 'who' }, t('role.label', { name: state.me.name, role: t(`role.${state.me.role}`) })),
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

function show(...nodes) {
  state.charts.forEach((c) => c.destroy());
  state.charts = [];
  const main = document.getElementById('main');
  main.replaceChildren(...nodes);
}

function crumbs(items) {
  return h(
    'nav',
    { 'aria-label': t('breadcrumb.label'), class: 'crumbs' },
    h(
      'ol',
      {},
      items.map(([text, href], i) =>
        h('li', {}, i === items.length - 1 ? h('span', { 'aria-current': 'page' }, text) : h('a', { href }, text)),
      ),
    ),
  );
}

function money(text) {
  return text === null || text === undefined
    ? ''
    : new Intl.NumberFormat(state.lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency: 'CAD' }).format(
        Number(text),
      );
}
