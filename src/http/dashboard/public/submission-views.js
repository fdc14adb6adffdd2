/* payproof dashboard: the submission form, submissions, and one submission: what the reference says
 * about it, then how each supplier paid it (updated live while the suppliers are paying). */
'use strict';

/** A problem in the page's language: from its code (privacy), else the validator's words in English or French. */
function problemText(e) {
  if (e.code === 'PERSONAL_INFORMATION')
    return t(e.inFileName ? 'privacy.fileName' : 'privacy.cell', { what: t(`privacy.kind.${e.kind}`) });
  return inLang(e.message, e.messageFr);
}

function errorsTable(errors) {
  return table(
    t('sub.errors'),
    [t('submit.row'), t('submit.column'), t('submit.problem')],
    errors.map((e) => [
      e.row ?? (e.inFileName ? t('submit.fileRow') : ''),
      e.column ? verbatim(e.column) : '',
      problemText(e),
    ]),
  );
}

/** What an upload's refusal says: personal information (nothing kept), problems to fix, or the failure itself. */
function refusal(err) {
  const details = (err.body && err.body.details) || {};
  if (details.stored === false)
    return [h('div', { class: 'alert danger' }, h('p', {}, t('submit.refused'))), errorsTable(details.errors)];
  if (details.submission)
    return [
      h('p', { class: 'error' }, t('submit.invalid', { count: details.submission.errors.length })),
      errorsTable(details.submission.errors),
    ];
  return [h('p', { class: 'error' }, t('submit.failed', { message: errorString(err) }))];
}

/** Sends a file (an upload, or the guided builder's CSV) and shows where it went, or why it was refused. */
async function sendSubmission(blob, fileName, result) {
  result.replaceChildren(loading('submit.sending'));
  const data = new FormData();
  data.append('file', blob, fileName);
  try {
    const sub = await api('/api/submissions', { method: 'POST', body: data });
    location.hash = `#/submissions/${encodeURIComponent(sub.id)}`;
  } catch (err) {
    result.replaceChildren(...refusal(err));
  }
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
  const result = h('div', { id: 'result', 'aria-live': 'polite' });
  const form = h(
    'form',
    {
      onsubmit: (e) => {
        e.preventDefault();
        return sendSubmission(file.files[0], file.files[0].name, result);
      },
    },
    h('label', { for: 'file' }, t('submit.file')),
    file,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('submit.send'))),
  );
  show(
    h('h1', {}, t('submit.heading')),
    h('p', { id: 'submit-intro' }, t('submit.intro')),
    h('p', {}, h('a', { href: '#/build' }, t('submit.builderLink'))),
    form,
    result,
  );
}

async function submissionsView() {
  show(h('h1', {}, t('subs.heading')), loading());
  const subs = await api('/api/submissions');
  show(
    h('h1', {}, t('subs.heading')),
    subs.length === 0
      ? h('p', {}, t('subs.none'))
      : table(
          t('subs.heading'),
          [t('subs.file'), t('subs.status'), t('subs.received')],
          subs.map((s) => [
            h('a', { href: `#/submissions/${s.id}` }, spoken('subs.open', s.fileName)),
            t(`status.${s.status}`),
            moment(s.receivedAt),
          ]),
        ),
  );
}

/** One supplier, as the person paid would say it: net pay right or wrong on each payday, the line detail folded away. */
function supplierAccount(s, paydays) {
  // A node can be in one place only: each sentence gets its own copy of the name.
  const supplier = () => verbatim(s.name);
  if (s.exact) return h('p', { class: 'ok' }, tn('account.exactShort', { supplier: supplier() }));
  if (s.lines.some((l) => l.kind === 'error'))
    return h('p', { class: 'error' }, tn('account.error', { supplier: supplier() }));
  const pays = s.lines.filter((l) => NET_KINDS.includes(l.kind));
  const lines = s.lines.filter((l) => !NET_KINDS.includes(l.kind) && l.kind !== 'gross');
  return h(
    'div',
    {},
    h('p', {}, tn('account.summary', { supplier: supplier(), wrong: pays.length, paydays })),
    h('p', {}, tn('account.totals', { under: amountIn('under', s.underPaid), over: amountIn('over', s.overPaid) })),
    h(
      'ul',
      {},
      pays.map((l) =>
        h(
          'li',
          {},
          tn('account.net', {
            payday: day(l.payday),
            supplier: supplier(),
            actual: money(l.actual ?? '0.00'),
            expected: money(l.expected),
          }),
          ' ',
          harm(l.direction, l.netEffect),
        ),
      ),
    ),
    lines.length > 0
      ? h(
          'details',
          {},
          h('summary', {}, t('account.allLines', { count: lines.length })),
          h(
            'ul',
            {},
            lines.map((l) =>
              h(
                'li',
                {},
                `${day(l.payday)}, `,
                tn('account.lineShort', {
                  code: codeName(l.code ?? l.kind),
                  actual: money(l.actual),
                  expected: money(l.expected),
                }),
              ),
            ),
          ),
        )
      : '',
  );
}

/** The findings that are money in or out of the person's pocket on a payday (harm.ts). */
const NET_KINDS = ['net', 'missed-pay', 'unexpected-pay'];
const amountIn = (direction, amount) => h('span', { class: direction }, money(amount));

async function accountSections(id) {
  const account = await api(`/api/submissions/${encodeURIComponent(id)}/account`);
  return account.scenarios.flatMap((sc) =>
    sc.suppliers.map((s) =>
      h('section', { class: 'account card' }, h('h3', {}, verbatim(s.name)), supplierAccount(s, sc.paydays)),
    ),
  );
}

async function submissionView(id) {
  show(loading());
  const sub = await api(`/api/submissions/${encodeURIComponent(id)}`);
  const status = h('div', { id: 'status', role: 'status' });
  const accounts = h('div', { class: 'cards', id: 'accounts' });
  const setStatus = async (current) => {
    status.replaceChildren(h('p', {}, t('sub.status', { status: t(`status.${current.status}`) })));
    if (current.status === 'accepted') status.append(loading('sub.pending'));
    if (current.status === 'evaluated') accounts.replaceChildren(...(await accountSections(id)));
  };
  show(
    crumbs([[t('nav.submissions'), '#/submissions'], [verbatim(sub.fileName)]]),
    h('h1', {}, tn('sub.heading', { file: verbatim(sub.fileName) })),
    status,
    sub.status === 'invalid' ? errorsTable(sub.errors) : '',
    ...(sub.answers ?? []).map((a) => answerSection(a)),
    sub.status === 'accepted' || sub.status === 'evaluated' ? h('h2', {}, t('sub.account')) : '',
    accounts,
  );
  await setStatus(sub);
  // The suppliers pay in the background: the page follows the submission until they are done, without a reload.
  if (sub.status === 'accepted')
    poll(1500, async () => {
      // The list carries each status without the answers (one submission read alone runs the reference).
      const now = (await api('/api/submissions')).find((x) => x.id === id);
      if (!now || now.status !== 'evaluated') return true;
      await setStatus(now);
      status.append(h('p', { class: 'ok' }, t('sub.evaluatedNow')));
      return false;
    });
}
