import { formatLoadError } from '../../../src/scenarios/load-error';
import { readCsvTable } from '../../../src/scenarios/csv-table';

const KNOWN = ['scenario', 'record', 'effective', 'amount', 'description'];
const REQUIRED = ['scenario', 'record'];

function read(text: string) {
  return readCsvTable('my-pay.csv', text, KNOWN, REQUIRED);
}

describe('readCsvTable', () => {
  it('reads a UTF-8 byte-order mark, CRLF line ends, trailing blank lines and quoted commas', () => {
    const result = read('\uFEFFscenario,record,description\r\nS1,profile,"Acting, then promoted"\r\n\r\n\r\n');
    expect(result).toEqual({
      ok: true,
      table: {
        file: 'my-pay.csv',
        columns: ['scenario', 'record', 'description'],
        rows: [{ row: 2, cells: { scenario: 'S1', record: 'profile', description: 'Acting, then promoted' } }],
        decimalComma: false,
      },
    });
  });

  it('numbers rows as a spreadsheet does, and skips rows whose cells are all empty', () => {
    const result = read('scenario,record\nS1,profile\n,\nS1,hire\n');
    expect(result.ok && result.table.rows.map((r) => r.row)).toEqual([2, 4]);
  });

  it('names the unknown column and lists the known ones', () => {
    const result = read('scenario,record,efective\nS1,hire,2026-01-01\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatLoadError)).toEqual([
      'my-pay.csv, row 1, column "efective": unknown column "efective"; the known columns are: scenario, record, effective, amount, description',
    ]);
  });

  it('says which required column is missing', () => {
    const result = read('scenario,effective\nS1,2026-01-01\n');
    expect(!result.ok && result.errors.map(formatLoadError)).toEqual([
      'my-pay.csv, row 1: the header has no "record" column; the known columns are: scenario, record, effective, amount, description',
    ]);
  });

  it('reads a semicolon-delimited file (French-locale spreadsheet) and flags its decimal commas', () => {
    const result = read('scenario;record;amount\nS1;expected;1234,56\n');
    expect(result.ok && result.table.decimalComma).toBe(true);
    expect(result.ok && result.table.rows[0].cells.amount).toBe('1234,56');
  });

  it('points at the row with a stray, unquoted comma', () => {
    const result = read('scenario,record,description\nS1,profile,ok\nS1,hire,Hired, then moved\n');
    expect(!result.ok && result.errors.map(formatLoadError)).toEqual([
      'my-pay.csv, row 3: this row has a different number of cells than the header (4 cells; the header has 3): a stray or missing delimiter, or a cell with a comma that is not in quotes',
    ]);
  });

  it('refuses an empty file plainly', () => {
    expect(read('\uFEFF\n').ok).toBe(false);
    const result = read('  \n');
    expect(!result.ok && formatLoadError(result.errors[0])).toBe(
      'my-pay.csv: the file is empty; it needs a header row and at least one data row',
    );
  });
});
