/* payproof dashboard, shared parts: state, messages, formats, DOM building, API calls, layout.
 * Plain JavaScript, no build step; the scripts share one global scope (index.html loads them in order).
 * The API token is kept in sessionStorage (this tab only) and sent as "Authorization: Bearer"; every
 * string shown comes from i18n/en.json or i18n/fr.json. Text from the API is inserted as text, never
 * HTML; English sentences the server still writes are marked lang="en" so a French page declares them. */
'use strict';

const state = {
  lang: localStorage.getItem('payproof.lang') === 'fr' ? 'fr' : 'en',
  messages: {},
  me: null,
  charts: [],
  /** Bumped on every page shown: a poll started for one page stops once another is shown. */
  page: 0,
};

function t(key, params = {}) {
  const text = state.messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** The same message as nodes: a placeholder may be an element (a name kept verbatim, an amount in colour). */
function tn(key, params = {}) {
  const text = state.messages[key] ?? key;
  return text
    .split(/(\{\w+\})/)
    .map((part) => {
      const m = /^\{(\w+)\}$/.exec(part);
      return m ? (params[m[1]] ?? '') : part;
    })
    .filter((part) => part !== '');
}

/**
 * A link or button text whose visible part is a name kept as typed, with the rest of the message
 * for screen readers only ("Families for <name>"): no aria-label, so the name keeps translate="no".
 */
function spoken(key, name, params = {}) {
  return tn(key, { ...params, name: verbatim(name) }).map((part) =>
    typeof part === 'string' ? h('span', { class: 'sr-only' }, part) : part,
  );
}

/** A count with its plural ("1 scenario", "3 scénarios") from the catalogues' count.* keys. */
function counted(n, noun) {
  const form = new Intl.PluralRules(locale()).select(n) === 'one' ? 'one' : 'other';
  return t(`count.${noun}.${form}`, { n });
}

const locale = () => (state.lang === 'fr' ? 'fr-CA' : 'en-CA');

/** Money from its decimal text, exactly (Intl formats a decimal string without a float): "$3,456.12" / "3 456,12 $". */
function money(text) {
  if (text === null || text === undefined || text === '') return '';
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'CAD' }).format(String(text));
}

/** A calendar day, 2026-04-08 → "April 8, 2026" / "8 avril 2026" (no time zone shifts it). */
function day(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** A moment (a run's start), in the reader's time zone: "April 8, 2026, 2:05 p.m." */
function moment(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
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

/** Text the server wrote in English (validator errors, trace rule texts): declared so, for screen readers and translators. */
const en = (text) => h('span', { lang: 'en' }, text);

/** A text the server gives in both languages (message and messageFr, label and labelFr): the page's, else the English marked as such. */
const inLang = (english, french) => (state.lang === 'fr' ? (french ? french : en(english)) : english);
/** A server error in the page's language: its messageFr on a French page when it has one (issue 19), else its English marked as such. */
const errorText = (err) => inLang(err.message, err.body && err.body.messageFr);
/** The same as plain text, for a sentence that quotes it. */
const errorString = (err) => (state.lang === 'fr' && err.body && err.body.messageFr) || err.message;
/** Names and ids as typed (supplier names, scenario ids and titles): never translated. */
const verbatim = (text) => h('span', { translate: 'no' }, text);

let captions = 0;

/**
 * A table that scrolls sideways inside its own focusable region on a narrow screen (WCAG 1.4.10, 2.1.1).
 * The region is named by the caption (aria-labelledby), so a caption may hold nodes: a supplier's name
 * kept as typed (translate="no") stays so for screen readers too.
 */
function table(caption, headers, rows, numeric = []) {
  const cls = (i) => (numeric.includes(i) ? 'num' : undefined);
  const id = `caption-${(captions += 1)}`;
  return h(
    'div',
    { class: 'table-wrap', role: 'region', tabindex: 0, 'aria-labelledby': id },
    h(
      'table',
      {},
      h('caption', { id }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headers.map((x, i) => h('th', { scope: 'col', class: cls(i) }, x)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((cells) =>
          h(
            'tr',
            {},
            cells.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', { class: cls(i) }, c))),
          ),
        ),
      ),
    ),
  );
}

/** Which way a person was harmed, in one colour per direction everywhere: under-paid red, over-paid amber-brown. */
function harm(direction, amount) {
  if (direction !== 'under' && direction !== 'over') return t('dir.none');
  // The direction says which way; the amount is shown without its sign ("under-paid $10.00", not "-$10.00").
  const size = String(amount ?? '0').replace(/^-/, '');
  return h('span', { class: direction }, t(`dir.${direction}`, { amount: money(size) }));
}

const loading = (key = 'loading') => h('p', { class: 'loading', role: 'status' }, t(key));

const token = () => sessionStorage.getItem('payproof.token');

/** Every call says the page's language (Accept-Language), so the sentences the server writes come in it. */
async function api(path, options = {}) {
  const headers = { authorization: `Bearer ${token()}`, 'accept-language': state.lang, ...(options.headers || {}) };
  const res = await fetch(path, { ...options, headers });
  const body = (res.headers.get('content-type') || '').includes('json') ? await res.json() : await res.text();
  if (!res.ok)
    throw Object.assign(new Error(body && body.message ? body.message : res.statusText), { status: res.status, body });
  return body;
}

const json = (method, body) => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** Saves what an API answers as a file (the token goes in the header, so a plain link cannot carry it). */
async function download(path, fileName) {
  const res = await fetch(path, { headers: { authorization: `Bearer ${token()}` } });
  if (!res.ok) throw new Error((await res.json().catch(() => ({}))).message || res.statusText);
  saveBlob(await res.blob(), fileName);
}

function saveBlob(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Calls `step` every `ms` while the page it was started for is shown and `step` returns true. */
function poll(ms, step) {
  const page = state.page;
  const tick = async () => {
    if (page !== state.page) return;
    // A failed request (the network, a restart) is tried again at the next tick.
    const again = await step().catch(() => true);
    if (again && page === state.page) setTimeout(tick, ms);
  };
  setTimeout(tick, ms);
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
  document.getElementById('nav').setAttribute('aria-label', t('nav.label'));
}

function show(...nodes) {
  state.charts.forEach((c) => c.destroy());
  state.charts = [];
  document.getElementById('main').replaceChildren(...nodes);
}

/** Replaces what a page shows without leaving it (a poll's update): same page, charts redrawn. */
function refresh(holder, ...nodes) {
  holder.replaceChildren(...nodes);
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

/** A pay line code in words ("CPP" → "Canada Pension Plan"), or the code itself when there is no word for it. */
function codeName(code) {
  const key = `code.${code}`;
  return key in state.messages ? t(key) : code;
}
