/* payproof dashboard, the guided builder's model: what a scenario holds, the form's fields (each with
 * its help in the catalogues: field.<column> and help.<column>), and the CSV file it becomes. The CSV
 * is the one truth: the builder sends it to the reference as it is typed, offers it for download, and
 * submits it; each problem the server finds at a row and column is shown at the field it came from. */
'use strict';

const FAMILIES = [
  'late HR entries',
  'acting pay',
  'retroactive collective-agreement pay',
  'leave without pay',
  'termination and departures',
  'overpayment recovery',
  'new hires and transfers',
  'statutory maximums',
  'allowances and premiums',
];
const PROVINCES = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'];
const CLAIM_CODES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'E'];
const LINE_CODES = [
  'REGULAR',
  'ACTING',
  'OVERTIME',
  'ALLOWANCE_BILINGUALISM',
  'LWOP',
  'RETRO_ADJUSTMENT',
  'RECOVERY',
  'CPP',
  'CPP2',
  'EI',
  'QPP',
  'QPP2',
  'QPIP',
  'FEDERAL_TAX',
  'PROVINCIAL_TAX',
  'PENSION',
  'DISABILITY_INSURANCE',
  'DEATH_BENEFIT',
  'UNION_DUES',
];

/** Each field: how it is typed, and for a choice, its values and how each is named (a catalogue key prefix, or as is). */
const FIELDS = {
  scenario: { type: 'text' },
  title: { type: 'text' },
  description: { type: 'text' },
  family: { type: 'select', options: () => ['', ...FAMILIES], name: (v) => (v ? t(`family.${v}`) : t('builder.none')) },
  first_payday: { type: 'select', options: () => builder.tables.paydays, name: day },
  last_payday: { type: 'select', options: () => builder.tables.paydays, name: day },
  employee_id: { type: 'text' },
  province: { type: 'select', options: () => PROVINCES, name: (v) => `${t(`province.${v}`)} (${v})` },
  federal_claim_code: { type: 'select', options: () => CLAIM_CODES, name: (v) => v },
  provincial_claim_code: { type: 'select', options: () => CLAIM_CODES, name: (v) => v },
  pension_group: { type: 'select', options: () => ['PSSA-1', 'PSSA-2', 'none'], name: (v) => t(`pension.${v}`) },
  union_dues: { type: 'amount' },
  annual_rate: { type: 'amount' },
  weekly_hours: { type: 'number' },
  effective: { type: 'date' },
  end: { type: 'date' },
  entered: { type: 'date' },
  signed: { type: 'date' },
  hours: { type: 'number' },
  day_type: {
    type: 'select',
    options: () => ['workday', 'firstDayOfRest', 'secondDayOfRest'],
    name: (v) => t(`dayType.${v}`),
  },
  allowance: { type: 'select', options: () => ['bilingualism'], name: (v) => t(`allowance.${v}`) },
  amount: { type: 'amount' },
  percent: { type: 'number' },
  applies_to: { type: 'text' },
  department: { type: 'text' },
  step: { type: 'number' },
  payday: { type: 'select', options: () => paydaysInDraft(), name: day },
  line_code: { type: 'select', options: () => LINE_CODES, name: (v) => `${codeName(v)} (${v})` },
  period_start: { type: 'date' },
  period_end: { type: 'date' },
  source: { type: 'text' },
};

/** The event rows a volunteer can add, and their fields ('position' is classification and step, or an annual rate). */
const EVENT_KINDS = {
  acting: ['effective', 'end', 'position', 'entered'],
  'leave without pay': ['effective', 'end', 'entered'],
  overtime: ['effective', 'hours', 'day_type', 'entered'],
  hire: ['effective', 'position', 'department', 'entered'],
  termination: ['end', 'entered'],
  allowance: ['allowance', 'effective', 'end', 'amount', 'entered'],
  'step increment': ['effective', 'step', 'entered'],
  'rate revision': ['effective', 'signed', 'entered', 'applies_to', 'percent'],
  transfer: ['effective', 'department', 'entered'],
  'td1 change': ['effective', 'federal_claim_code', 'provincial_claim_code', 'entered'],
  'province change': ['effective', 'province', 'entered'],
};

/** The template's column order (test-payrolls/template.csv). */
const COLUMNS = [
  'scenario',
  'record',
  'id',
  'title',
  'description',
  'family',
  'first_payday',
  'last_payday',
  'employee_id',
  'province',
  'federal_claim_code',
  'provincial_claim_code',
  'pension_group',
  'weekly_hours',
  'union_dues',
  'classification',
  'step',
  'annual_rate',
  'department',
  'effective',
  'end',
  'entered',
  'signed',
  'applies_to',
  'percent',
  'hours',
  'day_type',
  'allowance',
  'amount',
  'payday',
  'line_code',
  'period_start',
  'period_end',
  'source',
];

const builder = {
  tables: null,
  draft: null,
};

/** A new draft: regular pay in an AS-02 step 1 position, over the first ten paydays of the latest year the reference pays. */
function newDraft(paydays) {
  const year = paydays[paydays.length - 1].slice(0, 4);
  const first = paydays.findIndex((p) => p.startsWith(year));
  return {
    scenario: {
      scenario: 'my-pay',
      title: '',
      description: '',
      family: '',
      first_payday: paydays[first],
      last_payday: paydays[first + 9],
    },
    employee: {
      employee_id: 'E-1',
      province: 'ON',
      federal_claim_code: '1',
      provincial_claim_code: '1',
      pension_group: 'PSSA-2',
      union_dues: '',
      weekly_hours: '',
      position: { classification: 'AS-02', step: '1', annual_rate: '' },
    },
    events: [],
    expected: [],
  };
}

function newEvent(kind) {
  const fields = Object.fromEntries(EVENT_KINDS[kind].filter((f) => f !== 'position').map((f) => [f, '']));
  if (kind === 'overtime') fields.day_type = 'workday';
  if (kind === 'allowance') fields.allowance = 'bilingualism';
  if (kind === 'td1 change') Object.assign(fields, { federal_claim_code: '1', provincial_claim_code: '1' });
  if (kind === 'province change') fields.province = 'QC';
  return { record: kind, fields, position: { classification: 'AS-02', step: '1', annual_rate: '' } };
}

function newStubLine() {
  return {
    payday: paydaysInDraft()[0] ?? '',
    line_code: 'REGULAR',
    amount: '',
    period_start: '',
    period_end: '',
    source: t('builder.defaultSource'),
  };
}

/** The paydays between the draft's first and last (the stub lines' choices). */
function paydaysInDraft() {
  const { first_payday: from, last_payday: to } = builder.draft.scenario;
  return builder.tables.paydays.filter((p) => (!from || p >= from) && (!to || p <= to));
}

/** A position's cells: from the pay table (classification, step) or, outside it, a classification and an annual rate. */
function positionCells(p) {
  return p.annual_rate
    ? { classification: p.classification, annual_rate: p.annual_rate }
    : { classification: p.classification, step: p.step };
}

/** The draft as rows of cells, each remembering which part of the form it came from. */
function draftRows(d) {
  const id = d.scenario.scenario.trim();
  const hired = d.events.some((e) => e.record === 'hire');
  const { position, ...employee } = d.employee;
  const rows = [
    { from: ['scenario', 0], cells: { ...d.scenario, scenario: id, record: 'scenario' } },
    {
      from: ['employee', 0],
      cells: { scenario: id, record: 'employee', ...employee, ...(hired ? {} : positionCells(position)) },
    },
    ...d.events.map((e, i) => ({
      from: ['events', i],
      cells: {
        scenario: id,
        record: e.record,
        id: `${e.record.replace(/\s+/g, '-')}-${i + 1}`,
        ...e.fields,
        ...(EVENT_KINDS[e.record].includes('position') ? positionCells(e.position) : {}),
      },
    })),
    ...d.expected.map((x, i) => ({ from: ['expected', i], cells: { scenario: id, record: 'expected', ...x } })),
  ];
  return rows;
}

/** RFC 4180: a cell with a comma, a quote or a line break goes in double quotes, its quotes doubled. */
const csvCell = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The CSV file (only the columns used, in the template's order) and where each of its rows came from. */
function draftCsv(d) {
  const rows = draftRows(d);
  const used = COLUMNS.filter((c) => rows.some((r) => (r.cells[c] ?? '').toString().trim() !== ''));
  const lines = [
    used.join(','),
    ...rows.map((r) => used.map((c) => csvCell(String(r.cells[c] ?? '').trim())).join(',')),
  ];
  return { text: `${lines.join('\r\n')}\r\n`, rowFrom: (row) => rows[row - 2]?.from };
}
