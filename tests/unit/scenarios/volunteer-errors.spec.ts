import { scenariosFromCsv } from '../../../src/scenarios/csv-scenarios';
import { formatLoadError } from '../../../src/scenarios/load-error';
import { ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';

/**
 * One test per class of mistake a volunteer makes in a scenario file, each asserting the
 * exact message they see (issue 4: the file, row, column, the value found and what was expected).
 */
const HEADER =
  'scenario,record,title,description,first_payday,last_payday,employee_id,province,federal_claim_code,provincial_claim_code,pension_group,classification,step,union_dues,effective,end,entered';
const SCENARIO = 'MY-PAY,scenario,My own pay,"Leave without pay, one week",2026-01-14,2026-02-11,,,,,,,,,,,';
const EMPLOYEE = 'MY-PAY,employee,,,,,E1,ON,1,1,PSSA-2,AS-02,1,27.84,,,';
const LEAVE = 'MY-PAY,leave without pay,,,,,,,,,,,,,2026-01-05,2026-01-09,2026-01-02';
const ROWS = [SCENARIO, EMPLOYEE, LEAVE];

function load(text: string) {
  return scenariosFromCsv('my-pay.csv', text);
}

function messages(text: string): string[] {
  const result = load(text);
  if (result.ok) throw new Error('expected the file to be refused, it loaded');
  return result.errors.map(formatLoadError);
}

const csv = (rows: string[], header = HEADER, eol = '\n') => [header, ...rows].join(eol) + eol;
const SAVE_AS =
  'To save it the standard way: in Excel choose File > Save As, "CSV UTF-8 (Comma delimited)"; in LibreOffice choose File > Save As, "Text CSV", character set "Unicode (UTF-8)", field delimiter ",".';

describe('what a volunteer sees', () => {
  it('reads a file saved by Excel: byte-order mark, CRLF, trailing blank lines, a quoted comma', () => {
    const result = load(`\uFEFF${csv(ROWS, HEADER, '\r\n')}\r\n\r\n,,,,,,,,,,,,,,,,\r\n`);
    expect(result.ok && result.scenarios.map((s) => [s.id, s.description, s.events.length])).toEqual([
      ['MY-PAY', 'Leave without pay, one week', 1],
    ]);
  });

  it('reads column names typed with capitals and spaces, and ignores empty unnamed columns', () => {
    const header = HEADER.replace('first_payday', 'First Payday').replace('last_payday', 'last-payday');
    const result = load(
      csv(
        ROWS.map((r) => `${r},,`),
        `${header},,`,
      ),
    );
    expect(result.ok && result.scenarios[0].payRuns).toEqual({ from: '2026-01-14', to: '2026-02-11' });
  });

  it('names a misspelt column and lists the known ones', () => {
    expect(messages(csv(ROWS, HEADER.replace('effective', 'efective')))).toEqual([
      'my-pay.csv, row 1, column "efective": unknown column "efective"; the known columns are: scenario, record, id, title, description, family, tags, conventions, first_payday, last_payday, employee_id, province, federal_claim_code, federal_claim_amount, provincial_claim_code, provincial_claim_amount, pension_group, weekly_hours, union_dues, classification, step, annual_rate, hire_date, department, effective, end, entered, signed, applies_to, percent, hours, day_type, multiplier, allowance, amount, payday, line_code, period_start, period_end, source',
    ]);
  });

  it('says where the column names are when a title row is above them', () => {
    expect(messages(`My pay in 2026${','.repeat(16)}\n${csv(ROWS)}`)).toEqual([
      'my-pay.csv, row 1: the column names must be in row 1, but they are in row 2: delete the rows above them',
    ]);
  });

  it('points at a value typed in a column with no name', () => {
    expect(
      messages(
        csv(
          [SCENARIO, `${EMPLOYEE},oops`, LEAVE].map((r, i) => (i === 1 ? r : `${r},`)),
          `${HEADER},`,
        ),
      ),
    ).toEqual([
      'my-pay.csv, row 3, column "R": found "oops" in a column with no name in the header row; name the column or move the value',
    ]);
  });

  it('reads a French-locale file: semicolons, decimal commas and spaces between thousands', () => {
    const french = csv(
      ROWS.map((r) => r.replace('"Leave without pay, one week"', 'Congé sans solde').split(',').join(';')),
      HEADER.split(',').join(';'),
    ).replace('27.84', '1\u00a0027,84');
    const result = load(french);
    expect(result.ok && [result.scenarios[0].employee.unionDues.toString(), result.scenarios[0].description]).toEqual([
      '1027.84',
      'Congé sans solde',
    ]);
  });

  it('refuses a French-locale file it cannot read, saying how to save it', () => {
    const broken = csv(
      [SCENARIO.replace('"Leave without pay, one week"', 'Leave'), EMPLOYEE, `${LEAVE};`].map((r) =>
        r.split(',').join(';'),
      ),
      HEADER.split(',').join(';'),
    );
    expect(messages(broken)).toEqual([
      `my-pay.csv, row 4: this row has a different number of cells than the header (18 cells; the header has 17): a stray or missing delimiter, or a cell with a comma that is not in quotes (read as semicolon-delimited). ${SAVE_AS}`,
    ]);
  });

  it('refuses a tab-delimited file, saying how to save it', () => {
    expect(
      messages(
        csv(
          ROWS.map((r) => r.replace('"Leave without pay, one week"', 'Leave').split(',').join('\t')),
          HEADER.split(',').join('\t'),
        ),
      ),
    ).toEqual([
      `my-pay.csv, row 1: the columns are separated by tabs (a "Text (Tab delimited)" file), not commas. ${SAVE_AS}`,
    ]);
  });

  it('refuses a UTF-16 file ("Unicode Text")', () => {
    const utf16AsRead = Buffer.from(`\uFEFF${csv(ROWS)}`, 'utf16le').toString('utf8');
    expect(messages(utf16AsRead)).toEqual([
      `my-pay.csv: this file is not UTF-8 text (it looks like UTF-16, which Excel calls "Unicode Text"). ${SAVE_AS}`,
    ]);
  });

  it('refuses accented letters saved in another encoding, naming the row', () => {
    const windows1252AsRead = Buffer.from(csv(ROWS).replace('My own pay', 'Ma paye d\u00e9cembre'), 'latin1').toString(
      'utf8',
    );
    expect(messages(windows1252AsRead)).toEqual([
      `my-pay.csv, row 2: this row has characters that are not UTF-8 (accented letters such as é saved in another encoding). ${SAVE_AS}`,
    ]);
  });

  it('points at an unquoted comma that splits a cell', () => {
    expect(
      messages(
        csv([SCENARIO.replace('"Leave without pay, one week"', 'Leave without pay, one week'), EMPLOYEE, LEAVE]),
      ),
    ).toEqual([
      'my-pay.csv, row 2: this row has a different number of cells than the header (18 cells; the header has 17): a stray or missing delimiter, or a cell with a comma that is not in quotes',
    ]);
  });

  it('names the file, row, column and value of an impossible date', () => {
    expect(messages(csv([SCENARIO, EMPLOYEE, LEAVE.replace('2026-01-09', '2026-02-30')]))).toEqual([
      'my-pay.csv, row 4, column "end": 2026-02-30 is not a date: February 2026 has only 28 days',
    ]);
  });

  it('explains a date a spreadsheet reformatted', () => {
    expect(messages(csv([SCENARIO, EMPLOYEE, LEAVE.replace('2026-01-05', '1/5/2026')]))).toEqual([
      'my-pay.csv, row 4, column "effective": 1/5/2026 is not a date (expected YYYY-MM-DD, e.g. 2026-01-14). Your spreadsheet may have changed the date\'s format: set the column\'s format to Text and type the date as YYYY-MM-DD.',
    ]);
  });

  it('explains an amount with a decimal comma in a comma file', () => {
    expect(messages(csv([SCENARIO, EMPLOYEE.replace('27.84', '"27,84"'), LEAVE]))).toEqual([
      'my-pay.csv, row 3, column "union_dues": 27,84 is not an amount of money (expected digits with an optional "." and at most two decimals, e.g. 50.00). In this file decimals take a point: write 27.84.',
    ]);
  });

  it('explains an amount with a thousands separator or a dollar sign', () => {
    expect(messages(csv([SCENARIO, EMPLOYEE.replace('27.84', '"1,027.84"'), LEAVE]))).toEqual([
      'my-pay.csv, row 3, column "union_dues": 1,027.84 is not an amount of money (expected digits with an optional "." and at most two decimals, e.g. 50.00). Write it without the thousands separator: 1027.84.',
    ]);
    expect(messages(csv([SCENARIO, EMPLOYEE.replace('27.84', '$27.84'), LEAVE]))).toEqual([
      'my-pay.csv, row 3, column "union_dues": $27.84 is not an amount of money (expected digits with an optional "." and at most two decimals, e.g. 50.00). Write it without the currency sign: 27.84.',
    ]);
  });

  it('names the cell to fill in when a required value is missing', () => {
    expect(messages(csv([SCENARIO, EMPLOYEE, LEAVE.replace(',2026-01-02', ',')]))).toEqual([
      'my-pay.csv, row 4, column "entered": missing (expected a date, e.g. 2026-01-14)',
    ]);
  });

  it('names the scenario column when the scenario id is not an id', () => {
    expect(messages(csv(ROWS.map((r) => r.replace(/^MY-PAY/, 'my pay'))))).toEqual([
      'my-pay.csv, row 2, column "scenario": "my pay" is not an id (expected up to 64 letters, digits, ".", "_" or "-", starting with a letter or digit, e.g. e1)',
    ]);
  });

  it('says when a scenario has two employee rows', () => {
    expect(messages(csv([SCENARIO, EMPLOYEE, EMPLOYEE, LEAVE]))).toEqual([
      'my-pay.csv, row 4, column "record": scenario "MY-PAY" already has an employee row (row 3); give it only one',
    ]);
  });

  it('loads nothing from a file with an error, naming only the bad row', () => {
    const other = ROWS.map((r) => r.replace(/^MY-PAY/, 'OTHER'));
    const result = load(csv([...ROWS, ...other.slice(0, 2), other[2].replace('2026-01-02', 'soon')]));
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ file: 'my-pay.csv', row: 7, column: 'entered' })],
    });
  });
});

describe('JSON scenario files', () => {
  const catalog = new ScenarioCatalog();
  const json = {
    id: 'MY-PAY',
    title: 'My own pay',
    payRuns: { from: '2026-01-14', to: '2026-02-11' },
    employee: {
      id: 'E1',
      province: 'ON',
      td1: { federal: { code: 1 }, provincial: { code: 1 } },
      pensionGroup: 'PSSA-2',
      classification: 'AS-02',
      step: 1,
    },
    events: [{ id: 'lwop', kind: 'leaveWithoutPay', start: '2026-01-05', end: '2026-01-09', entered: '2026-01-02' }],
  };

  it('are accepted as well as CSV, and give the same scenario', () => {
    const fromJson = catalog.parseFile('my-pay.json', JSON.stringify(json));
    const fromCsv = catalog.parseFile(
      'my-pay.csv',
      [
        'scenario,record,id,title,first_payday,last_payday,employee_id,province,federal_claim_code,provincial_claim_code,pension_group,classification,step,effective,end,entered',
        'MY-PAY,scenario,,My own pay,2026-01-14,2026-02-11,,,,,,,,,,',
        'MY-PAY,employee,,,,,E1,ON,1,1,PSSA-2,AS-02,1,,,',
        'MY-PAY,leave without pay,lwop,,,,,,,,,,,2026-01-05,2026-01-09,2026-01-02',
      ].join('\n'),
    );
    expect(fromJson.ok && fromJson.scenarios).toEqual(fromCsv.ok && fromCsv.scenarios);
    expect(fromJson.ok).toBe(true);
  });

  it('name the field path, the value found and what was expected', () => {
    const result = catalog.parseFile(
      'my-pay.json',
      JSON.stringify({ ...json, events: [{ ...json.events[0], end: '2026-02-30' }] }),
    );
    expect(!result.ok && result.errors.map(formatLoadError)).toEqual([
      'my-pay.json: events[0].end: 2026-02-30 is not a date: February 2026 has only 28 days',
    ]);
  });
});

describe('scenario ids across a folder', () => {
  it('refuses an id used in an earlier file, and loads nothing from the later file', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'payproof-ids-'));
    writeFileSync(path.join(dir, 'a.csv'), csv(ROWS));
    writeFileSync(path.join(dir, 'b.csv'), csv([...ROWS, ...ROWS.map((r) => r.replace(/^MY-PAY/, 'OTHER'))]));
    const load = await new ScenarioCatalog().load(dir);
    expect(load.files.map((f) => path.basename(f))).toEqual(['a.csv', 'b.csv']);
    expect(load.scenarios.map((s) => `${path.basename(s.file)} ${s.scenario.id}`)).toEqual(['a.csv MY-PAY']);
    expect(load.errors.map((e) => `${path.basename(e.file)}: ${e.message}`)).toEqual([
      `b.csv: scenario id "MY-PAY" is already used in ${load.files[0]}; ids must be unique across the catalogue`,
    ]);
  });
});
