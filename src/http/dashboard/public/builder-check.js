/* payproof dashboard, the guided builder's live check: the draft's CSV goes to the reference as it is
 * typed (POST /api/scenarios/draft; nothing is stored), and what comes back is shown: every problem at
 * once, each beside the field it came from and in a summary that links to it, or what a correct payroll
 * pays with the stub lines checked. */
'use strict';

const checking = { timer: null, sent: 0 };

/** The field a problem at a CSV row and column came from (a position's cells are its classification, step or rate). */
function fieldFor(rowFrom, e) {
  const from = e.row === undefined ? undefined : rowFrom(e.row);
  if (!from || !e.column) return undefined;
  const [section, index] = from;
  const ids = [
    e.column,
    e.column === 'classification' ? 'classification-text' : null,
    e.column === 'scenario' ? 'scenario' : null,
  ]
    .filter(Boolean)
    .map((c) => fieldId(section, index, c));
  return ids.map((id) => document.getElementById(id)).find(Boolean);
}

function clearProblems() {
  document.querySelectorAll('#builder .field-error').forEach((el) => el.remove());
  document.querySelectorAll('#builder [aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
}

/** Each problem beside its field (aria-invalid, described by the problem) and in a summary of links. */
function showProblems(errors, rowFrom) {
  const items = errors.map((e, i) => {
    const el = fieldFor(rowFrom, e);
    // The problem is said twice (beside its field, in the summary): a node is in one place only, so twice made.
    const text = () => problemText(e);
    if (el) {
      const id = `${el.id}-error-${i}`;
      el.closest('.field, .position')?.append(h('p', { class: 'field-error', id }, text()));
      el.setAttribute('aria-invalid', 'true');
      el.setAttribute('aria-describedby', `${el.getAttribute('aria-describedby') ?? ''} ${id}`.trim());
    }
    const label = el ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
    return h(
      'li',
      {},
      el
        ? h(
            'a',
            { href: `#${el.id}`, onclick: (ev) => (ev.preventDefault(), el.focus()) },
            label ? `${label}: ` : '',
            text(),
          )
        : text(),
    );
  });
  return h(
    'div',
    { class: 'alert danger', id: 'problems' },
    h('h3', {}, t('builder.problems', { count: errors.length })),
    h('ul', {}, items),
  );
}

/** Sends the draft after a pause in typing; an answer that comes after a newer request is dropped. */
function check(delay = 500) {
  clearTimeout(checking.timer);
  sessionStorage.setItem('payproof.draft', JSON.stringify(builder.draft));
  checking.timer = setTimeout(async () => {
    const body = document.getElementById('preview-body');
    if (!body) return;
    const sent = ++checking.sent;
    const { text, rowFrom } = draftCsv(builder.draft);
    body.replaceChildren(loading('builder.checking'));
    try {
      const answer = await api('/api/scenarios/draft', json('POST', { fileName: 'draft.csv', text, lang: state.lang }));
      if (sent !== checking.sent) return;
      clearProblems();
      body.replaceChildren(
        ...(answer.valid
          ? [h('p', { class: 'ok' }, t('builder.valid')), ...answer.answers.map((a) => answerSection(a, 'h3'))]
          : [showProblems(answer.errors, rowFrom)]),
      );
    } catch (err) {
      if (sent === checking.sent)
        body.replaceChildren(h('p', { class: 'error' }, t('error.generic', { message: errorString(err) })));
    }
  }, delay);
}
