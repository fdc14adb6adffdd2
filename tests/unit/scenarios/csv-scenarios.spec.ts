import { scenariosFromCsv } from '../../../src/scenarios/csv-scenarios';
import { formatLoadError } from '../../../src/scenarios/load-error';

const HEADER =
  'scenario,record,id,title,description,family,first_payday,last_payday,employee_id,province,federal_claim_code,provincial_claim_code,pension_group,classification,step,effective,end,entered,hours,day_type,signed,applies_to,percent,annual_rate';
const ROWS = [
  'ACT-1,scenario,,Acting entered late,"An AS-02, acting AS-04",acting pay,2026-01-14,2026-04-08,,,,,,,,,,,,,,,,',
  'ACT-1,employee,,,,,,,E1,ON,1,1,PSSA-2,AS-02,1,,,,,,,,,',
  'ACT-1,acting,a1,,,,,,,,,,,AS-04,1,2026-01-29,2026-03-04,2026-02-26,,,,,,',
  'ACT-1,overtime,,,,,,,,,,,,,,2026-02-07,,2026-02-09,3.5,firstDayOfRest,,,,',
  'ACT-1,rate revision,r1,,,,,,,,,,,,,2026-01-01,,2026-03-01,,,2026-02-15,AS,,',
  'ACT-1,rate revision,r1,,,,,,,,,,,AS-02,1,,,,,,,,,70000.00',
  'ACT-1,rate revision,r1,,,,,,,,,,,AS-04,1,,,,,,,,,82000.00',
];

function load(rows: string[], header = HEADER) {
  return scenariosFromCsv('my-pay.csv', [header, ...rows].join('\n'));
}

function errorsOf(rows: string[], header?: string): string[] {
  const result = load(rows, header);
  if (result.ok) throw new Error('expected errors, the file loaded');
  return result.errors.map(formatLoadError);
}

describe('scenarios from CSV', () => {
  it('builds a scenario from its rows, merging the rows of one rate revision', () => {
    const result = load(ROWS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [s] = result.scenarios;
    expect(s.id).toBe('ACT-1');
    expect(s.description).toBe('An AS-02, acting AS-04');
    expect(s.employee.position).toEqual({ kind: 'table', classification: 'AS-02', step: 1 });
    expect(s.events.map((e) => e.kind).sort()).toEqual(['acting', 'overtime', 'rateRevision']);
    const revision = s.events.find((e) => e.kind === 'rateRevision');
    expect(
      revision?.kind === 'rateRevision' &&
        revision.change.kind === 'table' &&
        revision.change.rates.map((r) => r.annualRate.toString()),
    ).toEqual(['70000.00', '82000.00']);
    const overtime = s.events.find((e) => e.kind === 'overtime');
    expect(overtime?.id).toBe('row5');
  });

  it('names the row and column of an impossible date', () => {
    const rows = [...ROWS];
    rows[2] = rows[2].replace('2026-01-29', '2026-02-30');
    expect(errorsOf(rows)).toEqual([
      expect.stringMatching(/^my-pay\.csv, row 4, column "effective": 2026-02-30 is not a date/),
    ]);
  });

  it('names the cell to fill in when a required value is missing', () => {
    const rows = [...ROWS];
    rows[1] = rows[1].replace(',ON,', ',,');
    expect(errorsOf(rows)).toEqual([expect.stringMatching(/^my-pay\.csv, row 3, column "province": missing/)]);
  });

  it('refuses an unknown kind of row, listing the kinds it knows', () => {
    const rows = [...ROWS, 'ACT-1,promotion,,,,,,,,,,,,,,2026-02-01,,2026-02-01,,,,,,'];
    expect(errorsOf(rows)).toEqual([
      'my-pay.csv, row 9, column "record": found "promotion"; expected one of scenario, employee, expected, hire, termination, rate revision, step increment, acting, overtime, leave without pay, allowance, transfer, td1 change, province change',
    ]);
  });

  it('reports a value typed in a column that kind of row does not use', () => {
    const rows = [...ROWS];
    rows[3] = rows[3].replace(',3.5,', ',3.5,').replace('ACT-1,overtime,,,,,', 'ACT-1,overtime,,,,,2026-01-14');
    expect(errorsOf(rows)).toEqual([
      'my-pay.csv, row 5, column "first_payday": this column is not used on an overtime row; leave it empty (found "2026-01-14"; an overtime row uses: id, entered, effective, hours, day_type, multiplier)',
    ]);
  });

  it('says when a scenario has no scenario row', () => {
    expect(errorsOf(ROWS.slice(1))).toEqual([
      'my-pay.csv, row 2, column "record": scenario "ACT-1" has no scenario row (record = scenario) with its title and paydays',
    ]);
  });

  it('loads nothing from a file with an error, even the scenarios that were fine', () => {
    const other = ROWS.map((r) => r.replace(/^ACT-1/, 'ACT-2'));
    other[2] = other[2].replace('2026-01-29', 'soon');
    const result = load([...ROWS, ...other]);
    expect(result.ok).toBe(false);
  });

  it('reads amounts with a decimal comma from a semicolon-delimited file', () => {
    const semicolon = [HEADER, ...ROWS]
      .map((line) =>
        line
          .replace(/"[^"]*"/, 'An AS-02 acting AS-04')
          .split(',')
          .join(';'),
      )
      .join('\n')
      .replace('70000.00', '70000,50');
    const result = scenariosFromCsv('fr.csv', semicolon);
    expect(result.ok).toBe(true);
    const revision = result.ok ? result.scenarios[0].events.find((e) => e.kind === 'rateRevision') : undefined;
    expect(
      revision?.kind === 'rateRevision' &&
        revision.change.kind === 'table' &&
        revision.change.rates[0].annualRate.toString(),
    ).toBe('70000.50');
  });
});
