/* payproof dashboard: plain JavaScript, no build step. The API token is kept in
 * sessionStorage (this tab only) and sent as "Authorization: Bearer"; every string shown
 * comes from i18n/en.json or i18n/fr.json. Text from the API is inserted as text, never HTML. */
'use strict';

const state = { lang: localStorage.getItem('payproof.lang') === 'fr' ? 'fr' : 'en', messages: {}, me: null, charts: [] };

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
  return h('table', {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c)))))));
}

const token = () => sessionStorage.getItem('payproof.token');

async function api(path, options = {}) {
  const headers = { authorization: `Bearer ${token()}`, ...(options.headers || {}) };
  const res = await fetch(path, { ...options, headers });
  const body = (res.headers.get('content-type') || '').includes('json') ? await res.json() : await res.text();
  if (!res.ok) throw Object.assign(new Error(body && body.message ? body.message : res.statusText), { status: res.status, body });
  return body;
}

async function loadMessages() {
  state.messages = await (await fetch(`/i18n/${state.lang}.json`)).json();
  document.documentElement.lang = state.lang;
  document.title = `payproof: ${t('app.tagline')}`;
  document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
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
  if (state.me.role !== 'admin') links.push(['#/submissions', state.me.role === 'volunteer' ? t('nav.submissions') : t('subs.heading')]);
  nav.append(h('ul', {}, links.map(([href, text]) => h('li', {}, h('a', { href }, text))),
    h('li', {}, h('span', { class: 'who' }, t('role.label', { name: state.me.name, role: t(`role.${state.me.role}`) }))),
    h('li', {}, h('button', { type: 'button', onclick: signOut }, t('nav.signout')))));
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
  return h('nav', { 'aria-label': t('breadcrumb.label'), class: 'crumbs' },
    h('ol', {}, items.map(([text, href], i) => h('li', {}, i === items.length - 1 ? h('span', { 'aria-current': 'page' }, text) : h('a', { href }, text)))));
}

/* ---------- views ---------- */

function loginView() {
  const input = h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', required: true });
  const message = h('p', { role: 'alert', class: 'error', id: 'login-error' });
  const form = h('form', { onsubmit: async (e) => {
    e.preventDefault();
    sessionStorage.setItem('payproof.token', input.value.trim());
    try { state.me = await api('/api/me'); renderNav(); location.hash = home(); } catch (err) { sessionStorage.removeItem('payproof.token'); message.textContent = t('login.failed', { message: err.message }); }
  } }, h('label', { for: 'token' }, t('login.token')), input, h('button', { type: 'submit' }, t('login.submit')), message);
  show(h('h1', {}, t('login.heading')), h('p', {}, t('login.intro')), form);
  input.focus();
}

function home() {
  if (!state.me) return '#/login';
  if (state.me.role === 'volunteer') return '#/submit';
  return state.me.role === 'admin' ? '#/tokens' : '#/runs';
}

async function runsView() {
  const runs = await api('/api/runs');
  const rows = runs.map((r) => [h('a', { href: `#/runs/${r.id}`, 'aria-label': t('runs.open', { id: r.id }) }, r.id), t(`status.${r.status}`), r.startedAt, `${r.workDone} / ${r.workTotal}`]);
  show(h('h1', {}, t('runs.heading')), runs.length ? table(t('runs.heading'), [t('runs.id'), t('runs.status'), t('runs.started'), t('runs.progress')], rows) : h('p', {}, t('runs.none')));
}

function money(text) {
  return text === null || text === undefined ? '' : new Intl.NumberFormat(state.lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency: 'CAD' }).format(Number(text));
}

function barChart(label, suppliers, datasets) {
  const canvas = h('canvas', { role: 'img', 'aria-label': label });
  const chart = new window.Chart(canvas, {
    type: 'bar',
    data: { labels: suppliers, datasets },
    options: { animation: false, responsive: true, maintainAspectRatio: false, plugins: { title: { display: true, text: label, color: '#1b1b1b' } } },
  });
  state.charts.push(chart);
  return h('div', { class: 'chart' }, canvas);
}

async function runView(runId) {
  const run = await api(`/api/runs/${encodeURIComponent(runId)}`);
  const title = t('run.heading', { id: run.id });
  if (!run.summary) {
    show(crumbs([[t('nav.runs'), '#/runs'], [title]]), h('h1', {}, title), h('p', {}, t('run.notFinished', { status: t(`status.${run.status}`), done: run.workDone, total: run.workTotal })));
    return;
  }
  const ranking = run.summary.ranking;
  const cards = ranking.map((r) => ({ ...r, card: run.summary.scorecards[r.vendorId] }));
  const names = cards.map((c) => c.name);
  const scoreChart = h('figure', {}, h('figcaption', {}, t('run.chartCaption')), h('div', { class: 'charts' }));
  show(crumbs([[t('nav.runs'), '#/runs'], [title]]), h('h1', {}, title), h('h2', {}, t('run.scorecards')), scoreChart,
    table(t('run.scorecards'), [t('card.supplier'), t('card.rank'), t('card.score'), t('card.correct'), t('card.overPaid'), t('card.underPaid'), t('card.people'), t('card.missed'), t('card.errors')],
      cards.map((c) => [h('a', { href: `#/runs/${run.id}/vendors/${encodeURIComponent(c.vendorId)}`, 'aria-label': t('card.drill', { supplier: c.name }) }, c.name), c.rank, c.score,
        `${c.card.scenariosCorrect} / ${c.card.scenarios}`, money(c.card.overPaid), money(c.card.underPaid), c.card.peopleAffected, c.card.paysMissed, c.card.errors.total])));
  const holder = scoreChart.querySelector('.charts');
  holder.append(
    barChart(t('run.chartScore'), names, [{ label: t('card.score'), data: cards.map((c) => Number(c.score)), backgroundColor: '#26374a' }]),
    barChart(t('run.chartHarm'), names, [
      { label: t('card.overPaid'), data: cards.map((c) => Number(c.card.overPaid)), backgroundColor: '#a8322d' },
      { label: t('card.underPaid'), data: cards.map((c) => Number(c.card.underPaid)), backgroundColor: '#2b6f8a' },
    ]));
}

async function supplierView(runId, vendorId) {
  const run = await api(`/api/runs/${encodeURIComponent(runId)}`);
  const card = run.summary.scorecards[vendorId];
  const name = run.summary.ranking.find((r) => r.vendorId === vendorId)?.name ?? vendorId;
  const title = t('drill.families', { supplier: name });
  const rows = Object.entries(card.families).map(([family, tally]) => [
    h('a', { href: `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}/families/${encodeURIComponent(family)}` }, family),
    tally.scenarios, `${tally.scenariosCorrect} / ${tally.scenarios}`, money(tally.harmPerPerson), tally.score.value]);
  show(crumbs([[t('nav.runs'), '#/runs'], [t('run.heading', { id: runId }), `#/runs/${runId}`], [name]]), h('h1', {}, title),
    table(title, [t('drill.family'), t('drill.scenarios'), t('drill.correct'), t('drill.harm'), t('card.score')], rows));
}

async function familyView(runId, vendorId, family) {
  const [run, findings] = await Promise.all([api(`/api/runs/${encodeURIComponent(runId)}`), api(`/api/runs/${encodeURIComponent(runId)}/discrepancies?supplier=${encodeURIComponent(vendorId)}`)]);
  const name = run.summary.ranking.find((r) => r.vendorId === vendorId)?.name ?? vendorId;
  const inFamily = run.pins.scenarios.filter((s) => (s.family ?? '(no family)') === family && !s.refused);
  const count = (id) => findings.filter((f) => f.scenarioId === id).length;
  const title = t('drill.scenarioList', { supplier: name, family });
  show(crumbs([[t('nav.runs'), '#/runs'], [t('run.heading', { id: runId }), `#/runs/${runId}`], [name, `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}`], [family]]), h('h1', {}, title),
    table(title, [t('drill.scenario'), t('drill.findings')], inFamily.map((s) => [
      h('a', { href: `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}/scenarios/${encodeURIComponent(s.id)}` }, `${s.id}: ${s.title}`), count(s.id)])));
}

/** The supplier's name as the run pinned it (the URL holds its id). */
async function supplierName(runId, vendorId) {
  const run = await api(`/api/runs/${encodeURIComponent(runId)}`);
  return run.pins.vendors.find((v) => v.id === vendorId)?.name ?? vendorId;
}

async function scenarioView(runId, vendorId, scenarioId) {
  const name = await supplierName(runId, vendorId);
  const findings = await api(`/api/runs/${encodeURIComponent(runId)}/discrepancies?supplier=${encodeURIComponent(vendorId)}&scenario=${encodeURIComponent(scenarioId)}`);
  const title = t('drill.lines', { supplier: name, scenario: scenarioId });
  const base = `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}/scenarios/${encodeURIComponent(scenarioId)}`;
  const family = findings[0]?.family ?? null;
  const trail = [[t('nav.runs'), '#/runs'], [t('run.heading', { id: runId }), `#/runs/${runId}`], [name, `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}`]];
  if (family) trail.push([family, `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}/families/${encodeURIComponent(family)}`]);
  show(crumbs([...trail, [scenarioId]]), h('h1', {}, title), findings.length === 0 ? h('p', {}, t('drill.noFindings')) :
    table(title, [t('drill.payday'), t('drill.code'), t('drill.expected'), t('drill.actual'), t('drill.difference'), t('drill.severity'), t('drill.message'), t('drill.trace')],
      findings.map((f, i) => [f.payday ?? '', f.code ?? f.kind, money(f.expected), money(f.actual), money(f.difference), f.severity ?? '', f.message,
        f.trace ? h('a', { href: `${base}/lines/${i}` }, t('drill.showTrace')) : ''])));
}

async function lineView(runId, vendorId, scenarioId, index) {
  const name = await supplierName(runId, vendorId);
  const findings = await api(`/api/runs/${encodeURIComponent(runId)}/discrepancies?supplier=${encodeURIComponent(vendorId)}&scenario=${encodeURIComponent(scenarioId)}`);
  const f = findings[Number(index)];
  const title = t('trace.heading', { code: f.code ?? f.kind, payday: f.payday ?? '' });
  const steps = f.trace ?? [];
  show(crumbs([[t('nav.runs'), '#/runs'], [t('run.heading', { id: runId }), `#/runs/${runId}`], [name, `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}`],
    [scenarioId, `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}/scenarios/${encodeURIComponent(scenarioId)}`], [f.code ?? f.kind]]),
  h('h1', {}, title), h('p', {}, f.message),
  steps.length === 0 ? h('p', {}, t('trace.none')) : table(title, [t('trace.step'), t('trace.label'), t('trace.value'), t('trace.inputs'), t('trace.citation')],
    steps.map((s) => [s.step, s.label, s.value, Object.entries(s.inputs ?? {}).map(([k, v]) => `${k} = ${v}`).join('; '), s.citation])));
}

function errorsTable(errors) {
  return table(t('sub.errors'), [t('submit.row'), t('submit.column'), t('submit.problem')], errors.map((e) => [e.row ?? '', e.column ?? '', e.message]));
}

function submitView() {
  const file = h('input', { id: 'file', name: 'file', type: 'file', accept: '.csv,.json', required: true, 'aria-describedby': 'submit-intro' });
  const result = h('div', { id: 'result', role: 'status' });
  const form = h('form', { onsubmit: async (e) => {
    e.preventDefault();
    result.replaceChildren(h('p', {}, t('submit.sending')));
    const data = new FormData();
    data.append('file', file.files[0]);
    try {
      const sub = await api('/api/submissions', { method: 'POST', body: data });
      result.replaceChildren(h('p', { class: 'ok' }, t('submit.accepted', { scenarios: sub.scenarioIds.join(', ') })),
        h('p', {}, h('a', { href: `#/submissions/${sub.id}` }, t('subs.open', { file: sub.fileName }))));
    } catch (err) {
      const sub = err.body && err.body.details && err.body.details.submission;
      result.replaceChildren(...(sub ? [h('p', { class: 'error' }, t('submit.invalid', { count: sub.errors.length })), errorsTable(sub.errors)] : [h('p', { class: 'error' }, t('submit.failed', { message: err.message }))]));
    }
  } }, h('label', { for: 'file' }, t('submit.file')), file, h('button', { type: 'submit' }, t('submit.send')));
  show(h('h1', {}, t('submit.heading')), h('p', { id: 'submit-intro' }, t('submit.intro')), form, result);
}

async function submissionsView() {
  const subs = await api('/api/submissions');
  show(h('h1', {}, t('subs.heading')), subs.length === 0 ? h('p', {}, t('subs.none')) : table(t('subs.heading'), [t('subs.file'), t('subs.status'), t('subs.received')],
    subs.map((s) => [h('a', { href: `#/submissions/${s.id}`, 'aria-label': t('subs.open', { file: s.fileName }) }, s.fileName), t(`status.${s.status}`), s.receivedAt])));
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
  const harm = (l) => (l.direction === 'over' ? t('account.over', { amount: money(l.netEffect) }) : l.direction === 'under' ? t('account.under', { amount: money(l.netEffect) }) : t('account.none'));
  const say = (l) => {
    if (l.kind === 'error') return t('account.error', { supplier });
    if (l.kind === 'missed-pay') return `${t('account.missed', { supplier, payday: l.payday, expected: money(l.expected) })} ${harm(l)}`;
    const line = t('account.line', { supplier, payday: l.payday ?? '', code: codeName(l.code ?? l.kind), actual: money(l.actual), expected: money(l.expected) });
    // The harm to the person is their net pay's: said once per payday, on the net line, not on every line that makes it up.
    return l.kind === 'net' ? `${line} ${harm(l)}` : line;
  };
  return h('div', {}, h('p', {}, t('account.differs', { supplier, count: s.lines.length })), h('ul', {}, s.lines.map((l) => h('li', {}, say(l)))));
}

async function submissionView(id) {
  const sub = await api(`/api/submissions/${encodeURIComponent(id)}`);
  const parts = [crumbs([[t('nav.submissions'), '#/submissions'], [sub.fileName]]), h('h1', {}, t('sub.heading', { file: sub.fileName })), h('p', {}, t('sub.status', { status: t(`status.${sub.status}`) }))];
  if (sub.status === 'invalid') parts.push(errorsTable(sub.errors));
  if (sub.status === 'accepted') parts.push(h('p', {}, t('sub.pending')));
  if (sub.status === 'evaluated') {
    const account = await api(`/api/submissions/${encodeURIComponent(id)}/account`);
    parts.push(h('h2', {}, t('sub.account')), ...account.scenarios.flatMap((sc) => sc.suppliers.map((s) =>
      h('section', { class: 'account' }, h('h3', {}, `${s.name}: ${sc.scenarioId}`), accountList(s)))));
  }
  show(...parts);
}

async function tokensView(created) {
  const tokens = await api('/api/tokens');
  const role = h('select', { id: 'role', name: 'role' }, ['volunteer', 'procurement', 'auditor', 'admin'].map((r) => h('option', { value: r }, t(`role.${r}`))));
  const name = h('input', { id: 'token-name', name: 'name', required: true, autocomplete: 'off' });
  const form = h('form', { onsubmit: async (e) => {
    e.preventDefault();
    const made = await api('/api/tokens', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: role.value, name: name.value }) });
    await tokensView(made);
  } }, h('label', { for: 'role' }, t('tokens.role')), role, h('label', { for: 'token-name' }, t('tokens.name')), name, h('button', { type: 'submit' }, t('tokens.createButton')));
  const revoke = (tk) => h('button', { type: 'button', 'aria-label': t('tokens.revokeLabel', { name: tk.name }), onclick: async () => { await api(`/api/tokens/${tk.id}`, { method: 'DELETE' }); await tokensView(); } }, t('tokens.revoke'));
  show(h('h1', {}, t('tokens.heading')),
    created ? h('div', { role: 'status', class: 'ok' }, h('p', {}, t('tokens.shown', { name: created.name })), h('code', { id: 'new-token' }, created.token)) : '',
    table(t('tokens.heading'), [t('tokens.name'), t('tokens.role'), t('tokens.created'), t('tokens.revoked')],
      tokens.map((tk) => [tk.name, t(`role.${tk.role}`), tk.createdAt, tk.revokedAt ?? revoke(tk)])),
    h('h2', {}, t('tokens.create')), form);
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
  if (!token()) { if (location.hash !== '#/login') { location.hash = '#/login'; return; } }
  else if (!state.me) {
    try { state.me = await api('/api/me'); } catch { sessionStorage.removeItem('payproof.token'); location.hash = '#/login'; return; }
  }
  renderNav();
  const hash = location.hash || home();
  const found = ROUTES.map(([re, view]) => [re.exec(hash), view]).find(([m]) => m);
  if (!found) { location.hash = home(); return; }
  const [match, view] = found;
  try {
    await view(...match.slice(1).map(decodeURIComponent));
  } catch (err) {
    show(h('p', { class: 'error', role: 'alert' }, err.status === 403 ? t('error.forbidden') : t('error.generic', { message: err.message })));
  }
  const heading = document.querySelector('main h1');
  if (heading && !document.activeElement?.matches('input')) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
}

document.getElementById('lang').addEventListener('click', async () => {
  state.lang = state.lang === 'en' ? 'fr' : 'en';
  localStorage.setItem('payproof.lang', state.lang);
  await loadMessages();
  await route();
});
window.addEventListener('hashchange', route);
loadMessages().then(route);
