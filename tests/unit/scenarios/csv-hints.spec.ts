import { cellHint, plainAmount } from '../../../src/scenarios/cell-hints';
import { formatLoadError } from '../../../src/scenarios/load-error';
import { scenariosFromCsv } from '../../../src/scenarios/csv-scenarios';

const HEADER =
  'scenario,record,id,title,first_payday,last_payday,employee_id,province,federal_claim_code,provincial_claim_code,pension_group,classification,step,annual_rate,payday,line_code,amount,source';
const SCENARIO = 'S1,scenario,,A volunteer,2026-03-25,2026-05-06,,,,,,,,,,,,';
const EMPLOYEE = 'S1,employee,,,,,E-1,ON,1,1,PSSA-2,AS-02,1,,,,,';
const STUB = 'S1,expected,,,,,,,,,,,,,2026-04-08,REGULAR,2639.11,stub';

const messages = (rows: string[]) => {
  const r = scenariosFromCsv('my-pay.csv', [HEADER, ...rows].join('\n'));
  return r.ok ? [] : r.errors.map(formatLoadError);
};

describe('hints that are right for a CSV file, and take one round to follow', () => {
  it.each([
    ['$3,456.12', '3456.12'],
    ['3 456,12 $', '3456.12'],
    ['3\u00a0456,12\u00a0$', '3456.12'],
    ['1,027.84', '1027.84'],
    ['27,84', '27.84'],
    ['$27.84', '27.84'],
  ])('%s is written %s', (typed, fixed) => {
    expect(plainAmount(typed)).toBe(fixed);
    expect(cellHint(typed)).toContain(` ${fixed}.`);
  });

  it('a currency sign and a thousands separator are named in one hint whose value the validator takes', () => {
    const [message] = messages([SCENARIO, EMPLOYEE, STUB.replace('2639.11', '"$2,639.11"')]);
    expect(message).toContain('Write it without the currency sign or the thousands separator: 2639.11.');
    expect(messages([SCENARIO, EMPLOYEE, STUB])).toEqual([]);
  });

  it('names the CSV column, not the JSON field, when a classification is not in the pay table', () => {
    const [message] = messages([SCENARIO, EMPLOYEE.replace('AS-02,1,', 'EC-05,1,'), STUB]);
    expect(message).toMatch(/^my-pay\.csv, row 3, column "classification": EC-05 is not in the PA pay table/);
    expect(message).toContain('or give annual_rate instead');
    expect(message).not.toContain('annualRate');
  });

  it('names first_payday..last_payday when a stub payday is outside them', () => {
    const [message] = messages([SCENARIO, EMPLOYEE, STUB.replace('2026-04-08', '2026-06-03')]);
    expect(message).toContain('2026-06-03 is outside first_payday..last_payday');
  });

  it('reports every problem of a file in one round: a value in the wrong column and a bad value elsewhere', () => {
    const wrongColumn = EMPLOYEE.replace('PSSA-2,AS-02,1,,', 'PSSA-2,AS-02,1,,2026-04-08');
    const all = messages([SCENARIO, wrongColumn, STUB.replace('2639.11', '"2639,115"')]);
    expect(all).toEqual([
      expect.stringMatching(/^my-pay\.csv, row 3, column "payday": this column is not used on an employee row/),
      expect.stringMatching(/^my-pay\.csv, row 4, column "amount": 2639,115 is not an amount of money/),
    ]);
  });
});
