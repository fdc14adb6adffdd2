/* payproof dashboard: what the reference says about a volunteer's own scenario (a draft, a checked
 * file, a submission): the stub lines checked, then what a correct payroll pays, payday by payday.
 * Sentences are built here from the API's structured fields (verdict, direction, amounts), so they
 * read in the page's language; the trace's rule names, citations and inputs come in both languages
 * (label/labelFr, citation/citationFr, inputs/inputsFr). */
'use strict';

/** "regular pay (REGULAR)", or for a correction "retroactive adjustment (RETRO_ADJUSTMENT) for … to …". */
function stubLineName(c) {
  const name = codeName(c.code);
  return c.forPeriod
    ? t('stub.lineFor', { name, code: c.code, start: day(c.forPeriod.start), end: day(c.forPeriod.end) })
    : t('stub.lineName', { name, code: c.code });
}

/** "Your stub: regular pay (REGULAR) $3,456.12 on April 8, 2026. Correct: $3,612.20. You were under-paid $156.08." */
function stubSentence(c, paydays) {
  const first = t('stub.line', { line: stubLineName(c), stub: money(c.stub), payday: day(c.payday) });
  if (c.verdict === 'not-produced')
    return [first, ' ', t('stub.notProduced', { from: day(paydays.from), to: day(paydays.to) })];
  const verdict =
    c.verdict === 'matches'
      ? h('strong', { class: 'ok' }, t('stub.matches'))
      : h('strong', { class: c.direction }, t(`stub.${c.direction}`, { amount: money(c.netEffect) }));
  const parts = [first, ' ', t('stub.correct', { correct: money(c.correct) }), ' ', verdict];
  if (c.verdict === 'differs' && !c.referenceHasLine) parts.push(' ', t('stub.noLine'));
  return parts;
}

/** A step's inputs, "A = 61752.46; TC = 16452", their names in the page's language when the server gave them. */
function inputsText(s) {
  const inputs = state.lang === 'fr' && s.inputsFr ? s.inputsFr : (s.inputs ?? {});
  return Object.entries(inputs)
    .map(([k, v]) => `${k} = ${v}`)
    .join('; ');
}

/**
 * A step's citation in the page's language: in French, the sources with no French title found are
 * kept in English (citationFrEnglishOnly) and marked lang="en" inside the French sentence.
 */
function citationNode(s) {
  if (state.lang !== 'fr' || !s.citationFr)
    return h('span', { class: 'citation-text' }, ...(state.lang === 'fr' ? [en(s.citation)] : withCodes(s.citation)));
  const parts = [];
  let rest = s.citationFr;
  for (;;) {
    const hits = (s.citationFrEnglishOnly ?? []).map((t) => [rest.indexOf(t), t]).filter(([at]) => at >= 0);
    if (hits.length === 0) break;
    const [at, title] = hits.sort((a, b) => a[0] - b[0])[0];
    parts.push(...withCodes(rest.slice(0, at)), en(title));
    rest = rest.slice(at + title.length);
  }
  parts.push(...withCodes(rest));
  return h('span', { class: 'citation-text' }, ...parts);
}

/** A citation's convention ids ("pay.daily-proration") as code: identifiers, not words. */
function withCodes(text) {
  return text
    .split(/\b([a-z][a-z0-9]*\.[a-z0-9]+(?:[.-][a-z0-9]+)*)\b/)
    .map((part, i) => (i % 2 === 1 ? h('code', {}, part) : part));
}

function traceTable(steps, caption) {
  return table(
    caption,
    [t('trace.step'), t('trace.label'), t('trace.value'), t('trace.inputs'), t('trace.citation')],
    steps.map((s) => [verbatim(s.step), inLang(s.label, s.labelFr), s.value, inputsText(s), citationNode(s)]),
  );
}

/** The same steps as a list, readable in a narrow column: the step, its value, then its inputs and its source. */
function traceList(steps) {
  return h(
    'ol',
    { class: 'trace' },
    steps.map((s) =>
      h(
        'li',
        {},
        h(
          'p',
          {},
          h('strong', {}, verbatim(s.step)),
          state.lang === 'fr' ? ' : ' : ': ',
          inLang(s.label, s.labelFr),
          ' = ',
          h('strong', {}, s.value),
        ),
        // The worksheet's variable names (A, TC, weeklyHours), as the reference writes them.
        s.inputs ? h('p', { class: 'hint inputs' }, inputsText(s)) : '',
        h('p', { class: 'hint citation' }, t('trace.citation'), state.lang === 'fr' ? ' : ' : ': ', citationNode(s)),
      ),
    ),
  );
}

function stubList(stubs) {
  if (stubs.refused)
    return h(
      'div',
      { class: 'alert warning' },
      h('p', {}, t('stub.refused', { code: stubs.refused.code })),
      h('p', {}, inLang(stubs.refused.message, stubs.refused.messageFr)),
    );
  if (stubs.checks.length === 0) return h('p', {}, t('stub.none'));
  return h(
    'ul',
    { class: 'stub' },
    stubs.checks.map((c) =>
      h(
        'li',
        { class: `stub-${c.verdict === 'differs' ? c.direction : c.verdict}` },
        h('p', {}, stubSentence(c, stubs.paydays)),
        h('p', { class: 'hint' }, tn('stub.sourceLabel', { source: verbatim(c.source) })),
        c.trace.length > 0 ? h('details', {}, h('summary', {}, t('stub.trace')), traceList(c.trace)) : '',
      ),
    ),
  );
}

function statementLines(st) {
  if (st.lines.length === 0) return h('p', {}, t('answer.nothing'));
  return table(
    t('answer.period', { start: day(st.periodStart), end: day(st.periodEnd) }),
    [t('answer.line'), t('answer.amount')],
    [
      ...st.lines.map((l) => [
        [
          codeName(l.code),
          ' ',
          h('code', {}, l.code),
          l.forPeriod ? ` ${t('answer.forPeriod', { start: day(l.forPeriod.start), end: day(l.forPeriod.end) })}` : '',
        ],
        money(l.amount),
      ]),
      [codeName('gross'), money(st.gross)],
      [codeName('net'), money(st.net)],
    ],
    [1],
  );
}

function statementList(answer) {
  if (answer.refused)
    return h(
      'div',
      { class: 'alert warning' },
      h('p', {}, t('answer.refused', { code: answer.refused.code })),
      h('p', {}, inLang(answer.refused.message, answer.refused.messageFr)),
    );
  return h(
    'div',
    {},
    h('p', {}, t('answer.statementsIntro')),
    answer.statements.map((st) =>
      h(
        'details',
        { class: 'statement' },
        h('summary', {}, t('answer.payday', { payday: day(st.payday), gross: money(st.gross), net: money(st.net) })),
        statementLines(st),
      ),
    ),
    answer.notes.length > 0
      ? h(
          'div',
          { class: 'alert' },
          h('p', {}, t('answer.notes')),
          h(
            'ul',
            {},
            // The server writes the notes in the page's language (the request's Accept-Language).
            answer.notes.map((n) => h('li', {}, n)),
          ),
        )
      : '',
  );
}

/** One scenario's answer: the stub lines first (the volunteer's question), then the correct statements. */
function answerSection(answer, level = 'h2') {
  const sub = level === 'h2' ? 'h3' : 'h4';
  return h(
    'section',
    { class: 'answer' },
    h(level, {}, tn('answer.scenario', { id: verbatim(answer.scenarioId), title: verbatim(answer.title) })),
    h(sub, {}, t('stub.heading')),
    stubList(answer.stubs),
    h(sub, {}, t('answer.statements')),
    statementList(answer),
  );
}
