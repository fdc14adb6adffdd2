import { csvRegistersJson } from '../../../src/exchange/exchange-config';
import { readCsvRegister } from '../../../src/exchange/import/csv-register';
import { formatProblem } from '../../../src/exchange/import/import-problem';
import { readJsonAnswer } from '../../../src/exchange/import/json-answer';
import { lineCodeMap } from '../../../src/vendors/protocol';

/** A supplier's own register layout: semicolons, decimal commas, DD.MM.YYYY, numeric wage types. */
const registers = csvRegistersJson.parse({
  delimiter: ';',
  decimalComma: true,
  dateFormat: 'DD.MM.YYYY',
  columns: {
    employeeId: 'EMP',
    payday: 'PAY_DATE',
    lineCode: 'WT',
    periodStart: 'FROM',
    periodEnd: 'TO',
    amount: 'AMOUNT',
    description: 'TEXT',
  },
  totals: { gross: '9000', net: '9900' },
});
const lineCodes = lineCodeMap({ '1000': 'REGULAR', '6000': 'CPP' }, 'vendors/acme/vendor.json');

const HEADER = 'EMP;PAY_DATE;WT;FROM;TO;AMOUNT;TEXT';
const GOOD = [
  'E-1;28.01.2026;1000;01.01.2026;14.01.2026;2639,11;Regular pay',
  'E-1;28.01.2026;1000;18.12.2025;31.12.2025;-30,67;Correction',
  'E-1;28.01.2026;6000;01.01.2026;14.01.2026;149,02;CPP',
  'E-1;28.01.2026;9000;01.01.2026;14.01.2026;2608,44;',
  'E-1;28.01.2026;9900;01.01.2026;14.01.2026;2459,42;',
];

const read = (lines: string[]) =>
  readCsvRegister({ file: 'registers/2026-01-28.csv', text: [HEADER, ...lines].join('\n'), registers, lineCodes });
const problems = (lines: string[]) => read(lines).problems.map(formatProblem);

describe("a CSV register in the supplier's own layout", () => {
  it('becomes one protocol statement per employee and payday, with its own codes, periods and totals', () => {
    const { candidates, problems: found } = read(GOOD);
    expect(found).toEqual([]);
    expect(candidates).toHaveLength(1);
    expect(candidates[0].statement).toEqual({
      employeeId: 'E-1',
      payday: '2026-01-28',
      periodStart: '2026-01-01',
      periodEnd: '2026-01-14',
      lines: [
        { code: '1000', amount: '2639.11', description: 'Regular pay' },
        {
          code: '1000',
          amount: '-30.67',
          description: 'Correction',
          forPeriod: { start: '2025-12-18', end: '2025-12-31' },
        },
        { code: '6000', amount: '149.02', description: 'CPP' },
      ],
      gross: '2608.44',
      net: '2459.42',
    });
  });

  it('refuses a bad date, amount, code and payday with the file, row and column of each', () => {
    expect(
      problems([
        'E-1;28.01.2026;1000;01.01.2026;31.02.2026;2639,11;Regular pay',
        'E-1;28.01.2026;1000;01.01.2026;14.01.2026;2.639,11;Regular pay',
        'E-1;28.01.2026;7777;01.01.2026;14.01.2026;1,00;Unknown',
        'E-1;2026-01-28;6000;01.01.2026;14.01.2026;149,02;CPP',
        'E-1;29.01.2026;6000;01.01.2026;14.01.2026;149,02;CPP',
        'E-1;28.01.2026;1000;01.01.2026;14.01.2026;2639,111;Regular pay',
      ]),
    ).toEqual([
      'registers/2026-01-28.csv, row 2, column "TO": found "31.02.2026", expected a date written DD.MM.YYYY, e.g. "14.01.2026"',
      'registers/2026-01-28.csv, row 3, column "AMOUNT": found "2.639,11", expected an amount with a decimal comma (",") and at most two decimals, no thousands separator, e.g. "1234,56" or "-30,67"',
      expect.stringMatching(
        /^registers\/2026-01-28\.csv, row 4, column "WT": .*7777.*1000, 6000.*totals code \(9000, 9900\)$/,
      ),
      'registers/2026-01-28.csv, row 5, column "PAY_DATE": found "2026-01-28", expected a date written DD.MM.YYYY, e.g. "14.01.2026"',
      expect.stringMatching(
        /^registers\/2026-01-28\.csv, row 6, column "PAY_DATE": found "29\.01\.2026" \(2026-01-29\), which is not a payday/,
      ),
      expect.stringMatching(/^registers\/2026-01-28\.csv, row 7, column "AMOUNT": found "2639,111"/),
    ]);
  });

  it('refuses a header without a mapped column, naming it', () => {
    const found = readCsvRegister({
      file: 'r.csv',
      text: 'EMP;PAY_DATE;WT;FROM;TO;SUM;TEXT\nE-1;28.01.2026;1000;01.01.2026;14.01.2026;1,00;x',
      registers,
      lineCodes,
    }).problems.map(formatProblem);
    expect(found).toEqual([
      'r.csv, row 1, column "AMOUNT": the header has no column "AMOUNT" (vendor.json maps it to amount); the header has: EMP, PAY_DATE, WT, FROM, TO, SUM, TEXT',
    ]);
  });

  it('needs exactly one gross and one net row per statement', () => {
    expect(problems([GOOD[0], GOOD[3], GOOD[3]])).toEqual([
      'registers/2026-01-28.csv, row 4, column "WT": a second gross row (code 9000) for employee E-1 on payday 2026-01-28 (the first is row 3)',
      'registers/2026-01-28.csv, row 2, column "WT": no net row (code 9900) for employee E-1 on payday 2026-01-28 (expected one per statement)',
    ]);
  });

  it('names the row of a row with a different number of cells', () => {
    expect(problems([GOOD[0], 'E-1;28.01.2026;1000'])).toEqual([
      expect.stringMatching(/^registers\/2026-01-28\.csv, row 3: Invalid Record Length/),
    ]);
  });
});

describe('a JSON answer', () => {
  const requests = new Map([['acme.2026-01-28', '2026-01-28']]);
  const answer = (statement: object) =>
    JSON.stringify(
      {
        protocol: 'payproof-vendor/1',
        type: 'payRunResult',
        requestId: 'acme.2026-01-28',
        supplier: { name: 'Acme', version: '1' },
        results: [{ employeeId: 'E-1', status: 'ok', statements: [statement] }],
      },
      null,
      2,
    );
  const statement = {
    employeeId: 'E-1',
    payday: '2026-01-28',
    periodStart: '2026-01-01',
    periodEnd: '2026-01-14',
    lines: [{ code: 'REGULAR', amount: 2639.11, description: 'Regular pay' }],
    gross: '2639.11',
    net: '2639.11',
  };

  it('refuses a schema violation with the line, column and path in the file', () => {
    const found = readJsonAnswer({ file: 'answers/2026-01-28.json', text: answer(statement), requests });
    expect(found.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^answers\/2026-01-28\.json, line 22, column 25, results\[0\]\.statements\[0\]\.lines\[0\]\.amount: found the number 2639\.11, expected money as text/,
      ),
    ]);
  });

  it('refuses an answer for a pay run that was not sent, and a statement for another payday', () => {
    const other = readJsonAnswer({
      file: 'a.json',
      text: answer({ ...statement, lines: [] }),
      requests: new Map([['acme.2026-02-11', '2026-02-11']]),
    });
    expect(other.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^a\.json, line 4, column 16, requestId: found "acme\.2026-01-28", not a pay run of the outbound package/,
      ),
    ]);
    const fixed = { ...statement, payday: '2026-02-11', lines: [] };
    const wrongDay = readJsonAnswer({ file: 'a.json', text: answer(fixed), requests });
    expect(wrongDay.problems.map(formatProblem)).toEqual([
      'a.json, line 16, column 21, results[0].statements[0].payday: found 2026-02-11, expected 2026-01-28: this answer is for the pay run acme.2026-01-28',
    ]);
  });

  it('names the line and column of a syntax error', () => {
    const found = readJsonAnswer({ file: 'a.json', text: '{\n  "protocol": "payproof-vendor/1",\n}', requests });
    expect(found.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^a\.json, line 3, column 1: not valid JSON/),
    ]);
  });
});
