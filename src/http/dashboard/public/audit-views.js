/* payproof dashboard: a supplier's own results and its disputes; disputes and rulings for auditors and procurement. */
'use strict';

const OUTCOME_KEYS = ['supplier-wrong', 'reference-wrong', 'accepted-convention', 'ambiguous-input', 'open'];
const outcomeText = (o) => (o ? t(`outcome.${o}`) : t('disputes.none'));

/** A supplier's runs: its own score and its unexplained findings, never another supplier's. */
async function myRunsView() {
  show(h('h1', {}, t('mine.heading')), loading());
  const runs = await api('/api/supplier/runs');
  show(
    h('h1', {}, t('mine.heading')),
    h('p', {}, t('mine.intro')),
    table(
      t('mine.heading'),
      [t('runs.started'), t('runs.status'), t('mine.score'), t('mine.unexplained')],
      runs.map((r) => [
        h('a', { href: `#/my-runs/${encodeURIComponent(r.id)}` }, moment(r.startedAt)),
        t(`status.${r.status}`),
        r.scorecard ? r.scorecard.score.value : '',
        r.audit ? String(r.audit.unexplained) : '',
      ]),
      [2, 3],
    ),
  );
}

/** One run as its supplier sees it: its defects, each with the ruling in force and a form to dispute it. */
async function myRunView(runId) {
  show(h('h1', {}, t('mine.run')), loading());
  const [run, defects] = await Promise.all([
    api(`/api/supplier/runs/${encodeURIComponent(runId)}`),
    api(`/api/supplier/runs/${encodeURIComponent(runId)}/defects`),
  ]);
  const dispute = (d) => {
    const id = `reason-${d.signature.replace(/[^a-z0-9]/gi, '-')}`;
    const reason = h('textarea', { id, name: 'reason', required: true, rows: 2 });
    const said = h('p', { role: 'status' });
    return h(
      'form',
      {
        onsubmit: async (e) => {
          e.preventDefault();
          const made = await api(
            '/api/disputes',
            json('POST', { runId, signature: d.signature, reason: reason.value }),
          );
          said.textContent = t('mine.disputed', { id: made.id });
        },
      },
      h('label', { for: id }, t('mine.reason')),
      reason,
      h('button', { type: 'submit' }, t('mine.dispute')),
      said,
    );
  };
  show(
    crumbs([[t('mine.heading'), '#/my-runs'], [moment(run.startedAt)]]),
    h('h1', {}, t('mine.run')),
    run.scorecard ? h('p', {}, t('mine.scoreLine', { score: run.scorecard.score.value })) : '',
    run.audit
      ? h('p', {}, t('mine.auditLine', { findings: run.audit.findings, unexplained: run.audit.unexplained }))
      : '',
    table(
      t('mine.defects'),
      [t('mine.defect'), t('mine.findings'), t('mine.people'), t('mine.ruling'), t('mine.dispute')],
      defects.map((d) => [
        h('span', {}, d.title[state.lang], h('br'), h('code', { translate: 'no' }, d.signature)),
        String(d.findings),
        String(d.people),
        outcomeText(d.ruling && d.ruling.outcome),
        dispute(d),
      ]),
      [1, 2],
    ),
  );
}

/** Every dispute the caller may see (a supplier: its own), with the ruling in force. */
async function disputesView() {
  show(h('h1', {}, t('disputes.heading')), loading());
  const all = await api('/api/disputes');
  show(
    h('h1', {}, t('disputes.heading')),
    all.length === 0
      ? h('p', {}, t('disputes.empty'))
      : table(
          t('disputes.heading'),
          [
            t('disputes.opened'),
            t('disputes.supplier'),
            t('disputes.target'),
            t('disputes.status'),
            t('disputes.ruling'),
          ],
          all.map((d) => [
            h('a', { href: `#/disputes/${encodeURIComponent(d.id)}` }, moment(d.createdAt)),
            verbatim(d.vendorId),
            h('code', { translate: 'no' }, d.findingId || d.signature),
            t(`disputes.${d.status}`),
            outcomeText(d.rulings.length ? d.rulings[d.rulings.length - 1].outcome : null),
          ]),
        ),
  );
}

function evidenceList(items) {
  return h(
    'ul',
    {},
    items.map((e) =>
      h(
        'li',
        {},
        e.url ? h('a', { href: e.url, rel: 'noreferrer' }, e.title || e.url) : verbatim(e.title),
        ' ',
        t('rulings.retrieved', { date: day(e.retrieved) }),
        h('blockquote', {}, verbatim(e.quote)),
        e.sha256 ? h('code', { translate: 'no' }, `sha256 ${e.sha256}`) : '',
      ),
    ),
  );
}

/** The ruling form (auditors): outcome, explanation, the rule for "reference wrong", scope, one piece of evidence. */
function rulingForm(disputeId) {
  const field = (id, label, input, hint) => [
    h('label', { for: id }, label),
    hint ? h('p', { class: 'hint' }, hint) : '',
    input,
  ];
  const outcome = h(
    'select',
    { id: 'outcome', name: 'outcome' },
    OUTCOME_KEYS.map((o) => h('option', { value: o }, t(`outcome.${o}`))),
  );
  const explanation = h('textarea', { id: 'explanation', required: true, rows: 3 });
  const rule = h('input', { id: 'rule', autocomplete: 'off' });
  const scope = h(
    'select',
    { id: 'scope' },
    h('option', { value: '' }, t('rulings.scopeDefault')),
    h('option', { value: 'supplier' }, t('rulings.scopeSupplier')),
    h('option', { value: 'all' }, t('rulings.scopeAll')),
  );
  const title = h('input', { id: 'ev-title', autocomplete: 'off' });
  const url = h('input', { id: 'ev-url', type: 'url', autocomplete: 'off' });
  const quote = h('textarea', { id: 'ev-quote', rows: 3 });
  const retrieved = h('input', { id: 'ev-retrieved', type: 'date' });
  const sha = h('input', { id: 'ev-sha', autocomplete: 'off', pattern: '[0-9a-f]{64}' });
  const message = h('p', { role: 'alert', class: 'error' });
  return h(
    'form',
    {
      onsubmit: async (e) => {
        e.preventDefault();
        const evidence = quote.value.trim()
          ? [
              {
                ...(title.value.trim() && { title: title.value.trim() }),
                ...(url.value.trim() && { url: url.value.trim() }),
                quote: quote.value,
                retrieved: retrieved.value,
                ...(sha.value.trim() && { sha256: sha.value.trim() }),
              },
            ]
          : [];
        try {
          await api(
            `/api/disputes/${encodeURIComponent(disputeId)}/rulings`,
            json('POST', {
              outcome: outcome.value,
              explanation: explanation.value,
              ...(rule.value.trim() && { rule: rule.value }),
              ...(scope.value && { scope: scope.value }),
              evidence,
            }),
          );
          await disputeView(disputeId);
        } catch (err) {
          message.replaceChildren(errorText(err));
        }
      },
    },
    h('h2', {}, t('rulings.new')),
    field('outcome', t('rulings.outcome'), outcome),
    field('explanation', t('rulings.explanation'), explanation),
    field('rule', t('rulings.rule'), rule, t('rulings.ruleHint')),
    field('scope', t('rulings.scope'), scope),
    h('h3', {}, t('rulings.evidence')),
    h('p', { class: 'hint' }, t('rulings.evidenceHint')),
    field('ev-title', t('rulings.title'), title),
    field('ev-url', t('rulings.url'), url),
    field('ev-quote', t('rulings.quote'), quote),
    field('ev-retrieved', t('rulings.retrievedLabel'), retrieved),
    field('ev-sha', t('rulings.sha256'), sha),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('rulings.submit'))),
    message,
  );
}

async function disputeView(id) {
  show(h('h1', {}, t('disputes.one')), loading());
  const d = await api(`/api/disputes/${encodeURIComponent(id)}`);
  show(
    crumbs([[t('disputes.heading'), '#/disputes'], [moment(d.createdAt)]]),
    h('h1', {}, t('disputes.one')),
    h(
      'dl',
      {},
      h('dt', {}, t('disputes.supplier')),
      h('dd', {}, verbatim(d.vendorId)),
      h('dt', {}, t('disputes.run')),
      h('dd', {}, verbatim(d.runId)),
      h('dt', {}, t('disputes.target')),
      h('dd', {}, h('code', { translate: 'no' }, d.findingId || d.signature)),
      h('dt', {}, t('disputes.reason')),
      h('dd', {}, verbatim(d.reason)),
      h('dt', {}, t('disputes.status')),
      h('dd', {}, t(`disputes.${d.status}`)),
    ),
    h('h2', {}, t('rulings.heading')),
    d.rulings.length === 0
      ? h('p', {}, t('rulings.none'))
      : h(
          'ol',
          {},
          d.rulings.map((r) =>
            h(
              'li',
              {},
              h(
                'p',
                {},
                h('strong', {}, outcomeText(r.outcome)),
                ' ',
                t('rulings.by', { name: r.byName, when: moment(r.at) }),
              ),
              r.rule ? h('p', {}, t('rulings.ruleFlagged', { rule: r.rule })) : '',
              h('p', {}, verbatim(r.explanation)),
              evidenceList(r.evidence),
            ),
          ),
        ),
    state.me.role === 'auditor' ? rulingForm(d.id) : '',
  );
}
