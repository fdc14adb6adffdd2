/* payproof dashboard, the guided builder (in the spirit of CRA's payroll deductions online calculator):
 * the position chosen from the pay table with its rates, events added through a form with help on every
 * field, and what a correct payroll pays shown as you type (POST /api/scenarios/draft, nothing stored);
 * then download the CSV or submit it. Every problem at once, each beside its field. */
'use strict';

const fieldId = (section, index, column) => `b-${section}-${index}-${column}`;

/** One labelled field with its help (aria-describedby) and a place for its problem. */
function field(section, index, column, model, onChange = check) {
  const id = fieldId(section, index, column);
  const spec = FIELDS[column];
  // A choice always holds one of its options, so what is shown is what the file will say.
  if (spec.type === 'select' && !spec.options().includes(model[column])) model[column] = spec.options()[0] ?? '';
  const attrs = {
    id,
    name: id,
    'aria-describedby': `${id}-help`,
    oninput: (e) => ((model[column] = e.target.value), onChange()),
  };
  const control =
    spec.type === 'select'
      ? h(
          'select',
          attrs,
          spec.options().map((v) => h('option', { value: v, selected: v === model[column] }, spec.name(v))),
        )
      : h('input', {
          ...attrs,
          value: model[column] ?? '',
          type: spec.type === 'date' ? 'date' : 'text',
          inputmode: ['amount', 'number'].includes(spec.type) ? 'decimal' : undefined,
          autocomplete: 'off',
        });
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, t(`field.${column}`)),
    h('p', { class: 'hint', id: `${id}-help` }, t(`help.${column}`)),
    control,
  );
}

/** Classification and step from the pay table, each step shown with its annual rate; or, outside the table, an annual rate. */
function positionFields(section, index, p) {
  const holder = h('div', { class: 'position' });
  const draw = () => {
    const other = !builder.tables.classifications.some((c) => c.classification === p.classification);
    const row = builder.tables.classifications.find((c) => c.classification === p.classification);
    const classId = fieldId(section, index, 'classification');
    const choose = h(
      'select',
      {
        id: classId,
        'aria-describedby': `${classId}-help`,
        onchange: (e) => {
          Object.assign(
            p,
            e.target.value === ''
              ? { classification: '', step: '', annual_rate: '' }
              : { classification: e.target.value, step: '1', annual_rate: '' },
          );
          draw();
          check();
        },
      },
      builder.tables.classifications.map((c) =>
        h('option', { value: c.classification, selected: c.classification === p.classification }, c.classification),
      ),
      h('option', { value: '', selected: other }, t('builder.otherClassification')),
    );
    const stepId = fieldId(section, index, 'step');
    const parts = [
      h('label', { for: classId }, t('field.classification')),
      h('p', { class: 'hint', id: `${classId}-help` }, t('help.classification')),
      choose,
    ];
    if (row)
      parts.push(
        h('label', { for: stepId }, t('field.step')),
        h('p', { class: 'hint', id: `${stepId}-help` }, t('help.step')),
        h(
          'select',
          { id: stepId, 'aria-describedby': `${stepId}-help`, onchange: (e) => ((p.step = e.target.value), check()) },
          row.steps.map((s) =>
            h(
              'option',
              { value: String(s.step), selected: String(s.step) === String(p.step) },
              t('builder.stepRate', { step: s.step, rate: money(s.annualRate) }),
            ),
          ),
        ),
      );
    else parts.push(otherClassification(section, index, p), field(section, index, 'annual_rate', p));
    holder.replaceChildren(...parts);
  };
  draw();
  return holder;
}

/** A classification the pay table does not hold (e.g. EC-05): its name as a label, paid at the annual rate given. */
function otherClassification(section, index, p) {
  const id = fieldId(section, index, 'classification-text');
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, t('field.classificationOther')),
    h('p', { class: 'hint', id: `${id}-help` }, t('help.classificationOther')),
    h('input', {
      id,
      value: p.classification,
      autocomplete: 'off',
      'aria-describedby': `${id}-help`,
      oninput: (e) => ((p.classification = e.target.value.trim().toUpperCase()), check()),
    }),
  );
}

function payTableDetails() {
  const rows = builder.tables.classifications.map((c) => [
    c.classification,
    c.steps.map((s) => `${s.step}: ${money(s.annualRate)}`).join(' · '),
  ]);
  return h(
    'details',
    {},
    h('summary', {}, t('builder.payTable')),
    h('p', { class: 'hint' }, t('builder.payTableSource', { effective: day(builder.tables.effective) })),
    table(t('builder.payTable'), [t('field.classification'), t('builder.stepsRates')], rows),
  );
}

function removeButton(label, list, index) {
  return h('button', { type: 'button', onclick: () => (list.splice(index, 1), builderView()) }, label);
}

function eventFieldset(e, i) {
  return h(
    'fieldset',
    { class: 'event' },
    h('legend', {}, t('builder.eventN', { n: i + 1, kind: t(`record.${e.record}`) })),
    h('p', { class: 'hint' }, t(`recordHelp.${e.record}`)),
    EVENT_KINDS[e.record].map((f) =>
      f === 'position' ? positionFields('events', i, e.position) : field('events', i, f, e.fields),
    ),
    h('div', { class: 'actions' }, removeButton(t('builder.removeEvent', { n: i + 1 }), builder.draft.events, i)),
  );
}

function stubFieldset(x, i) {
  return h(
    'fieldset',
    { class: 'stub-line' },
    h('legend', {}, t('builder.stubN', { n: i + 1 })),
    ['payday', 'line_code', 'amount', 'period_start', 'period_end', 'source'].map((f) => field('expected', i, f, x)),
    h('div', { class: 'actions' }, removeButton(t('builder.removeStub', { n: i + 1 }), builder.draft.expected, i)),
  );
}

function adder() {
  const kind = h(
    'select',
    { id: 'b-add-kind', 'aria-describedby': 'b-add-help' },
    Object.keys(EVENT_KINDS).map((k) => h('option', { value: k }, t(`record.${k}`))),
  );
  return h(
    'div',
    { class: 'field' },
    h('label', { for: 'b-add-kind' }, t('builder.addKind')),
    h('p', { class: 'hint', id: 'b-add-help' }, t('builder.addHelp')),
    kind,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          onclick: () => (
            builder.draft.events.push(newEvent(kind.value)),
            builderView(`b-events-${builder.draft.events.length - 1}`)
          ),
        },
        t('builder.addEvent'),
      ),
    ),
  );
}

async function builderView(focus) {
  if (!builder.tables) {
    show(h('h1', {}, t('builder.heading')), loading());
    builder.tables = await api('/api/scenarios/pay-tables');
  }
  builder.draft ??= JSON.parse(sessionStorage.getItem('payproof.draft') || 'null') ?? newDraft(builder.tables.paydays);
  const d = builder.draft;
  const preview = h(
    'section',
    { id: 'preview', 'aria-labelledby': 'preview-heading' },
    h('h2', { id: 'preview-heading' }, t('builder.preview')),
    h('div', { id: 'preview-body', 'aria-live': 'polite' }),
  );
  const result = h('div', { id: 'result', 'aria-live': 'polite' });
  show(
    h('h1', {}, t('builder.heading')),
    h('p', {}, t('builder.intro')),
    h(
      'div',
      { class: 'builder' },
      h(
        'form',
        { id: 'builder', onsubmit: (e) => e.preventDefault() },
        h(
          'fieldset',
          {},
          h('legend', {}, t('builder.about')),
          ['scenario', 'title', 'description', 'family', 'first_payday', 'last_payday'].map((f) =>
            field('scenario', 0, f, d.scenario, () =>
              f.endsWith('payday') ? builderView(fieldId('scenario', 0, f)) : check(),
            ),
          ),
        ),
        h(
          'fieldset',
          {},
          h('legend', {}, t('builder.employee')),
          h('p', { class: 'hint' }, t('builder.employeeHelp')),
          positionFields('employee', 0, d.employee.position),
          payTableDetails(),
          [
            'province',
            'pension_group',
            'federal_claim_code',
            'provincial_claim_code',
            'union_dues',
            'weekly_hours',
            'employee_id',
          ].map((f) => field('employee', 0, f, d.employee)),
        ),
        h('h2', {}, t('builder.events')),
        d.events.length === 0 ? h('p', {}, t('builder.noEvents')) : d.events.map(eventFieldset),
        adder(),
        h('h2', {}, t('builder.stub')),
        h('p', {}, t('builder.stubHelp')),
        d.expected.map(stubFieldset),
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            {
              type: 'button',
              onclick: () => (
                d.expected.push(newStubLine()),
                builderView(fieldId('expected', d.expected.length - 1, 'payday'))
              ),
            },
            t('builder.addStub'),
          ),
        ),
        h('h2', {}, t('builder.finish')),
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            {
              type: 'button',
              onclick: () =>
                saveBlob(new Blob([draftCsv(d).text], { type: 'text/csv' }), `${d.scenario.scenario || 'my-pay'}.csv`),
            },
            t('builder.download'),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'primary',
              onclick: () =>
                sendSubmission(
                  new Blob([draftCsv(d).text], { type: 'text/csv' }),
                  `${d.scenario.scenario || 'my-pay'}.csv`,
                  result,
                ),
            },
            t('builder.submit'),
          ),
        ),
        result,
      ),
      preview,
    ),
  );
  const target = focus && (document.getElementById(focus) || document.querySelector(`[id^="${focus}"]`));
  if (target) target.focus();
  check(0);
}
