import { fullScenarioJson } from '../../unit/scenario/full-scenario';
import type { CliCase } from '../corpus.types';

/** JSON scenario files, each broken one way, through `payproof scenarios validate`: exit 1, the path of the problem on stdout. */
type Json = Record<string, any>;

function json(id: string, content: string, says: string | RegExp, exit = 1): CliCase {
  return {
    id: `json/${id}`,
    area: 'json',
    door: 'cli',
    files: { 'pay.json': content },
    args: ['scenarios', 'validate', '{dir}/pay.json'],
    exit,
    stream: exit === 1 ? 'stdout' : 'stderr',
    says,
  };
}

function changed(change: (s: Json) => void): string {
  const s = fullScenarioJson();
  change(s);
  return JSON.stringify(s);
}

const overtime = (s: Json) => s.events.find((e: Json) => e.kind === 'overtime');

export const JSON_CASES: CliCase[] = [
  json('not-json', '{ "id": "x",\n  "title" "t" }', /pay\.json: this is not valid JSON at line 2, column 11 \(/),
  json('trailing-comma', '{ "id": "x", }', /pay\.json: this is not valid JSON at line 1, column 14 \(/),
  json('empty-list', '[]', /pay\.json: no scenario to read: .*pay\.json has no scenario in it/, 2),
  json('a-number', '42', 'pay.json: scenario: found the number 42, expected an object'),
  json('null', 'null', 'pay.json: scenario: found null, expected an object'),
  json(
    'missing-id',
    changed((s) => delete s.id),
    'pay.json: id: missing (expected an id, e.g. e1)',
  ),
  json(
    'money-as-number',
    changed((s) => (s.employee.unionDues = 28.5)),
    'pay.json: employee.unionDues: found the number 28.5, expected an amount of money written as text, e.g. "50.00"',
  ),
  json(
    'unknown-field',
    changed((s) => (s.employee.salary = '1')),
    'pay.json: employee.salary: unexpected field (expected only:',
  ),
  json(
    'unknown-event-kind',
    changed((s) => (s.events[0].kind = 'promotion')),
    'pay.json: events[0].kind: promotion is not an event kind (expected one of hire, termination',
  ),
  json(
    'events-not-a-list',
    changed((s) => (s.events = { hire: true })),
    'pay.json: events: found an object, expected a list ([ … ])',
  ),
  json(
    'payruns-missing',
    changed((s) => delete s.payRuns),
    'pay.json: payRuns: missing (expected an object ({ … }))',
  ),
  json(
    'date-as-number',
    changed((s) => (s.payRuns.from = 20260128)),
    'pay.json: payRuns.from: found the number 20260128, expected a date written as text, e.g. "2026-01-14"',
  ),
  json(
    'hours-as-number',
    changed((s) => (overtime(s).hours = 3)),
    /pay\.json: events\[\d+\]\.hours: found the number 3, expected a number of hours written as text, e.g\. "3\.5"/,
  ),
  json(
    'claim-code-x',
    changed((s) => (s.employee.td1.federal = { code: 'X' })),
    'pay.json: employee.td1.federal.code: found the text "X", expected a TD1 claim code',
  ),
  json(
    'title-200000-chars',
    changed((s) => (s.title = 't'.repeat(200_000))),
    'pay.json: title: 200000 characters, more than the 200 allowed',
  ),
  json(
    'dues-too-large',
    changed((s) => (s.employee.unionDues = '99999999999999999999.99')),
    'pay.json: employee.unionDues: 99999999999999999999.99 is more than 38332.31',
  ),
  json(
    'overtime-2100',
    changed((s) => (overtime(s).date = '2100-01-06')),
    /pay\.json: events\[\d+\]\.date: 2100-01-06 is after 2027-12-31/,
  ),
  json(
    '1001-events',
    changed((s) => {
      const ot = overtime(s);
      s.events = [s.events[0], ...Array.from({ length: 1000 }, (_, i) => ({ ...ot, id: `ot-${i}` }))];
    }),
    /^[^\n]*pay\.json: events: 1001 events, more than the 1000 allowed in one scenario/,
  ),
  json(
    'second-of-two-bad',
    JSON.stringify([fullScenarioJson(), { ...fullScenarioJson(), id: 'second', title: '' }]),
    'pay.json: [1] title: found empty text, expected a title',
  ),
  json(
    'same-id-twice',
    JSON.stringify([fullScenarioJson(), fullScenarioJson()]),
    'pay.json: scenario id "as02-full-year-2026" is already used in this file',
  ),
  json(
    'deeply-nested',
    `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    /pay\.json: (scenario: found a list|\[0\] scenario: found a list|this is not valid JSON)/,
  ),
  json(
    'annual-rate-as-money-with-3-decimals',
    changed((s) => {
      const hire = s.events[0];
      delete hire.classification;
      delete hire.step;
      hire.annualRate = '68849.001';
    }),
    'pay.json: events[0].annualRate: 68849.001 is not an amount of money (expected digits with an optional "." and at most two decimals',
  ),
];
