import type { CliCase } from '../corpus.types';
import { changed, COLUMNS, csvText, goodRows, Row } from './scenario-csv';

/** Scenario CSV files, each broken one way, through `payproof scenarios validate`: exit 1 and the problem on stdout. */
function csv(id: string, text: string | Buffer, says: string | RegExp, exit = 1): CliCase {
  return {
    id: `csv/${id}`,
    area: 'csv',
    door: 'cli',
    files: { 'pay.csv': text },
    args: ['scenarios', 'validate', '{dir}/pay.csv'],
    exit,
    stream: exit === 1 ? 'stdout' : 'stderr',
    says,
  };
}

const employee = (rows: Row[]) => rows[1];
const overtime = (rows: Row[]) => rows[2];
const GOOD = csvText(goodRows());
const [HEADER, ...BODY] = GOOD.trimEnd().split('\n');

export const CSV_CASES: CliCase[] = [
  csv('empty-file', '', 'pay.csv: the file is empty; it needs a header row and at least one data row'),
  csv('only-blank-lines', '\n\n\r\n', 'pay.csv: the file is empty'),
  csv('header-only', `${HEADER}\n`, /pay\.csv: no scenario to read: .*pay\.csv has no scenario in it/, 2),
  csv('utf-16', Buffer.from(`\uFEFF${GOOD}`, 'utf16le'), 'pay.csv: this file is not UTF-8 text (it looks like UTF-16'),
  csv(
    'nul-byte',
    GOOD.replace('My pay in 2026', 'My pay\u0000 in 2026'),
    'pay.csv, row 2, column "title": this cell holds a NUL byte (character code 0)',
  ),
  csv(
    'windows-1252',
    Buffer.from(GOOD.replace('My pay in 2026', 'Mon salaire \u00e9t\u00e9'), 'latin1'),
    'pay.csv, row 2: this row has characters that are not UTF-8',
  ),
  csv('tab-delimited', GOOD.replaceAll(',', '\t'), 'pay.csv, row 1: the columns are separated by tabs'),
  csv(
    'unknown-column',
    GOOD.replace('effective', 'efective'),
    'pay.csv, row 1, column "efective": unknown column "efective"; the known columns are: scenario, record',
  ),
  csv(
    'column-twice',
    GOOD.replace('description', 'title'),
    'pay.csv, row 1, column "title": column "title" appears twice',
  ),
  csv('no-record-column', GOOD.replace('record', 'kind'), 'the header has no "record" column'),
  csv('title-row-above', `My pay\n${GOOD}`, 'pay.csv, row 1: the column names must be in row 1, but they are in row 2'),
  csv(
    'text-after-closing-quote',
    GOOD.replace('My pay in 2026', '"My" pay'),
    'pay.csv, row 2, column "title": this cell has text after its closing quote',
  ),
  csv(
    'quote-in-middle',
    GOOD.replace('My pay in 2026', 'My "own" pay'),
    'pay.csv, row 2, column "title": this cell has a quote in the middle of its text',
  ),
  csv(
    'quote-never-closed',
    GOOD.replace('My pay in 2026', '"My pay'),
    'pay.csv, row 2, column "title": this cell opens a quote that is never closed',
  ),
  csv(
    'extra-cell',
    [HEADER, `${BODY[0]},extra`, ...BODY.slice(1)].join('\n'),
    /pay\.csv, row 2: this row has a different number of cells than the header \(\d+ cells; the header has \d+\)/,
  ),
  csv(
    'value-in-unnamed-column',
    [`${HEADER},`, `${BODY[0]},stray`, ...BODY.slice(1).map((r) => `${r},`)].join('\n'),
    /pay\.csv, row 2, column "[A-Z]+": found "stray" in a column with no name/,
  ),
  csv(
    'no-scenario-id',
    changed((r) => delete overtime(r).scenario),
    'pay.csv, row 4, column "scenario": empty: every row needs the id of the scenario it belongs to',
  ),
  csv(
    'unknown-record',
    changed((r) => (overtime(r).record = 'promotion')),
    'pay.csv, row 4, column "record": found "promotion"; expected one of scenario, employee, expected',
  ),
  csv(
    'no-scenario-row',
    changed((r) => r.splice(0, 1)),
    'has no scenario row (record = scenario) with its title and paydays',
  ),
  csv(
    'no-employee-row',
    changed((r) => r.splice(1, 1)),
    'has no employee row (record = employee)',
  ),
  csv(
    'two-employee-rows',
    changed((r) => r.push({ ...employee(r) })),
    'pay.csv, row 6, column "record": scenario "MY-PAY" already has an employee row (row 3); give it only one',
  ),
  csv(
    'cell-not-used-here',
    changed((r) => (overtime(r).province = 'ON')),
    'pay.csv, row 4, column "province": this column is not used on an overtime row; leave it empty (found "ON"',
  ),
  csv(
    'not-a-date',
    changed((r) => (overtime(r).effective = 'soon')),
    'pay.csv, row 4, column "effective": soon is not a date (expected YYYY-MM-DD',
  ),
  csv(
    'february-30',
    changed((r) => (overtime(r).effective = '2026-02-30')),
    'pay.csv, row 4, column "effective": 2026-02-30 is not a date: February 2026 has only 28 days',
  ),
  csv(
    'date-reformatted',
    changed((r) => (overtime(r).effective = '20/01/2026')),
    /row 4, column "effective": 20\/01\/2026 is not a date .*set the column's format to Text and type the date as YYYY-MM-DD/,
  ),
  csv(
    'decimal-comma',
    changed((r) => (employee(r).union_dues = '27,84')),
    /row 3, column "union_dues": .*27,84.*In this file decimals take a point: write 27\.84/,
  ),
  csv(
    'thousands-separator',
    changed((r) => {
      employee(r).annual_rate = '68,849.00';
      delete employee(r).step;
      delete employee(r).classification;
    }),
    /row 3, column "annual_rate": .*Write it without the thousands separator: 68849\.00/,
  ),
  csv(
    'currency-sign',
    changed((r) => (employee(r).union_dues = '$27.84')),
    /row 3, column "union_dues": .*Write it without the currency sign: 27\.84/,
  ),
  csv(
    'negative-dues',
    changed((r) => (employee(r).union_dues = '-5.00')),
    'row 3, column "union_dues": -5.00 is not an amount of money (expected digits with an optional "." and at most two decimals',
  ),
  csv(
    'dues-too-large',
    changed((r) => (employee(r).union_dues = '99999999999999999999.99')),
    'pay.csv, row 3, column "union_dues": 99999999999999999999.99 is more than 38332.31 (the most one pay can hold',
  ),
  csv(
    'first-payday-not-payday',
    changed((r) => (r[0].first_payday = '2026-01-15')),
    'row 2, column "first_payday": 2026-01-15 is not a payday (expected a federal payday, e.g. 2026-01-14 or 2026-01-28)',
  ),
  csv(
    'last-before-first',
    changed((r) => (r[0].last_payday = '2025-12-31')),
    'row 2, column "last_payday": 2025-12-31 is before from 2026-01-14',
  ),
  csv(
    'payday-2027',
    changed((r) => (r[0].last_payday = '2027-01-13')),
    'row 2, column "last_payday": 2027-01-13 is after the paydays payproof has rules for (expected a payday from 2025-01-15 to 2026-12-30',
  ),
  csv(
    'payday-2024',
    changed((r) => (r[0].first_payday = '2024-12-18')),
    'row 2, column "first_payday": 2024-12-18 is before the paydays payproof has rules for (expected a payday from 2025-01-15 to 2026-12-30',
  ),
  csv(
    'weekly-hours-40',
    changed((r) => (employee(r).weekly_hours = '40')),
    'row 3, column "weekly_hours": found 40 hours, expected more than 0 and at most 37.5',
  ),
  csv(
    'weekly-hours-0',
    changed((r) => (employee(r).weekly_hours = '0')),
    'row 3, column "weekly_hours": found 0 hours, expected more than 0 and at most 37.5',
  ),
  csv(
    'overtime-in-1900',
    changed((r) => (overtime(r).effective = '1900-01-03')),
    'row 4, column "effective": 1900-01-03 is before 2014-04-23 (expected a date from 2014-04-23 to 2027-12-31',
  ),
  csv(
    'overtime-in-2100',
    changed((r) => (overtime(r).effective = '2100-01-06')),
    'row 4, column "effective": 2100-01-06 is after 2027-12-31 (expected a date from 2014-04-23 to 2027-12-31',
  ),
  csv(
    'entered-in-1900',
    changed((r) => (overtime(r).entered = '1900-01-01')),
    'row 4, column "entered": 1900-01-01 is before 2014-04-23',
  ),
  csv(
    'hire-before-2014',
    changed((r) => {
      delete employee(r).classification;
      delete employee(r).step;
      r.push({
        scenario: 'MY-PAY',
        record: 'hire',
        id: 'h',
        effective: '2010-09-07',
        entered: '2014-05-01',
        classification: 'AS-02',
        step: '1',
      });
    }),
    /^[^\n]*row 6, column "effective": 2010-09-07 is before 2014-04-23 .*give the employee a hire_date instead of a hire event/,
  ),
  csv(
    'acting-ends-2040',
    changed((r) =>
      r.push({
        scenario: 'MY-PAY',
        record: 'acting',
        id: 'a',
        effective: '2026-02-02',
        end: '2040-01-01',
        entered: '2026-01-05',
        classification: 'AS-04',
        step: '1',
      }),
    ),
    'row 6, column "end": 2040-01-01 is after 2031-12-31',
  ),
  csv(
    'title-200000-chars',
    changed((r) => (r[0].title = 'x'.repeat(200_000))),
    'row 2, column "title": 200000 characters, more than the 200 allowed (expected a short title on one line)',
  ),
  csv(
    'description-5000-chars',
    changed((r) => (r[0].description = 'y'.repeat(5_000))),
    'row 2, column "description": 5000 characters, more than the 2000 allowed',
  ),
  csv(
    '25-tags',
    changed((r) => (r[0].tags = Array.from({ length: 25 }, (_, i) => `t${i}`).join('|'))),
    'row 2, column "tags": 25 tags, more than the 20 allowed in one scenario',
  ),
  csv(
    'overtime-25-hours',
    changed((r) => (overtime(r).hours = '25')),
    'row 4, column "hours": found 25 hours, expected more than 0 and at most 24 hours in one day',
  ),
  csv(
    'multiplier-2.5',
    changed((r) => {
      delete overtime(r).day_type;
      overtime(r).multiplier = '2.5';
    }),
    'row 4, column "multiplier": 2.5 is more than 2.0 (double time is the highest overtime rate)',
  ),
  csv(
    'day-type-and-multiplier',
    changed((r) => (overtime(r).multiplier = '1.5')),
    'pay.csv, row 4: gives both day_type and multiplier (expected exactly one of them)',
  ),
  csv(
    'no-day-type-nor-multiplier',
    changed((r) => delete overtime(r).day_type),
    'pay.csv, row 4: gives neither day_type nor multiplier',
  ),
  csv(
    'unknown-day-type',
    changed((r) => (overtime(r).day_type = 'holiday')),
    'row 4, column "day_type": holiday is not a day type (expected one of workday, firstDayOfRest, secondDayOfRest)',
  ),
  csv(
    'classification-not-in-table',
    changed((r) => (employee(r).classification = 'ZZ-09')),
    'row 3, column "classification": ZZ-09 is not in the PA pay table',
  ),
  csv(
    'step-out-of-range',
    changed((r) => (employee(r).step = '7')),
    'row 3, column "step": AS-02 has no step 7 (expected 1 to 3)',
  ),
  csv(
    'step-as-words',
    changed((r) => (employee(r).step = 'two')),
    'row 3, column "step": found the text "two", expected a step number',
  ),
  csv(
    'annual-rate-too-large',
    changed((r) => {
      delete employee(r).step;
      delete employee(r).classification;
      employee(r).annual_rate = '5000000.00';
    }),
    'row 3, column "annual_rate": 5000000.00 is more than 1000000.00',
  ),
  csv(
    'step-and-annual-rate',
    changed((r) => {
      delete employee(r).classification;
      employee(r).annual_rate = '70000.00';
    }),
    'row 3, column "step": found step 1 together with annual_rate',
  ),
  csv(
    'unknown-province',
    changed((r) => (employee(r).province = 'XX')),
    'row 3, column "province": XX is not a province or territory code (expected one of',
  ),
  csv(
    'claim-code-11',
    changed((r) => (employee(r).federal_claim_code = '11')),
    'row 3, column "federal_claim_code": found the number 11, expected a TD1 claim code: a whole number from 0 to 10, or "E"',
  ),
  csv(
    'unknown-pension-group',
    changed((r) => (employee(r).pension_group = 'PSSA-3')),
    'row 3, column "pension_group": PSSA-3 is not a pension group (expected one of PSSA-1, PSSA-2, none)',
  ),
  csv(
    'acting-end-before-start',
    changed((r) =>
      r.push({
        scenario: 'MY-PAY',
        record: 'acting',
        id: 'a',
        effective: '2026-02-20',
        end: '2026-02-10',
        entered: '2026-01-05',
        classification: 'AS-04',
        step: '1',
      }),
    ),
    'row 6, column "end": 2026-02-10 is before start 2026-02-20',
  ),
  csv(
    'two-hires',
    changed((r) => {
      const hire = {
        scenario: 'MY-PAY',
        record: 'hire',
        effective: '2026-01-05',
        entered: '2026-01-02',
        classification: 'AS-02',
        step: '1',
      };
      delete employee(r).classification;
      delete employee(r).step;
      r.push({ ...hire, id: 'h1' }, { ...hire, id: 'h2' });
    }),
    'a second hire event (expected at most one; the first is events[1])',
  ),
  csv(
    'event-id-twice',
    changed((r) => r.push({ ...overtime(r), effective: '2026-01-21' })),
    'ot1 is already the id of events[0] (expected every event id to be different)',
  ),
  csv(
    'percent-150',
    changed((r) =>
      r.push({
        scenario: 'MY-PAY',
        record: 'rate revision',
        id: 'r',
        effective: '2026-02-01',
        entered: '2026-02-02',
        signed: '2026-01-30',
        applies_to: 'PA',
        percent: '150',
      }),
    ),
    /row 6.*found 150, expected a percent more than 0 and at most 100/,
  ),
  csv(
    'expected-outside-payruns',
    changed((r) => (r[3].payday = '2026-04-08')),
    'row 5, column "payday": 2026-04-08 is outside first_payday..last_payday (expected a payday from 2026-01-14 to 2026-03-11)',
  ),
  csv(
    'unknown-line-code',
    changed((r) => (r[3].line_code = 'BONUS')),
    'row 5, column "line_code": BONUS is not a pay line code (expected one of',
  ),
  csv(
    'expected-amount-too-large',
    changed((r) => (r[3].amount = '5000000.00')),
    'row 5, column "amount": 5000000.00 is more than 1000000.00',
  ),
  csv(
    'id-too-long',
    changed((r) => r.forEach((row) => (row.scenario = 'S'.repeat(80)))),
    /row 2, column "scenario": "S+…" is not an id \(expected up to 64 letters/,
  ),
  csv(
    'empty-source',
    changed((r) => delete r[3].source),
    'row 5, column "source": missing (expected where the amount comes from',
  ),
];

/** Catalogue-level cases: a folder, a file past the size limit, an id used twice. */
export const CATALOGUE_CASES: CliCase[] = [
  {
    id: 'csv/same-id-in-two-files',
    area: 'csv',
    door: 'cli',
    files: { 'cat/a.csv': GOOD, 'cat/b.csv': GOOD },
    args: ['scenarios', 'validate', '{dir}/cat'],
    exit: 1,
    stream: 'stdout',
    says: /b\.csv: scenario id "MY-PAY" is already used in .*a\.csv; ids must be unique across the catalogue/,
  },
  {
    id: 'csv/file-over-16-mb',
    area: 'csv',
    door: 'cli',
    files: { 'big.csv': Buffer.alloc(17 * 1024 * 1024, 'a') },
    args: ['scenarios', 'validate', '{dir}/big.csv'],
    exit: 1,
    stream: 'stdout',
    says: 'big.csv: the file is 17.0 MB (17825792 bytes), over the limit of 16 MB for one scenario file',
  },
  {
    id: 'csv/folder-without-scenarios',
    area: 'csv',
    door: 'cli',
    files: { 'cat/notes.txt': 'not a scenario' },
    args: ['scenarios', 'validate', '{dir}/cat'],
    exit: 2,
    says: /cat: no scenario files here \(expected \.csv or \.json files\)/,
  },
  {
    id: 'csv/no-such-path',
    area: 'csv',
    door: 'cli',
    args: ['scenarios', 'validate', '{dir}/nothing.csv'],
    exit: 2,
    says: /nothing\.csv: no such file or folder \(expected a scenario \.csv or \.json file, or a folder of them\)/,
  },
];

export { COLUMNS };
