import { parse } from 'csv-parse/sync';
import type { FindingView } from '../../../src/evaluation/evaluation.types';
import { safeMoney, safeText, startsFormula } from '../../../src/reports/csv-safety';
import { CSV_COLUMNS, discrepanciesCsv } from '../../../src/reports/discrepancies-csv';

const finding = (over: Partial<FindingView>): FindingView => ({
  findingId: 'acme:S-1:0',
  defectId: 'v1:line:CPP:under:amount:-:-',
  role: 'root',
  rootId: 'acme:S-1:0',
  stub: null,
  vendorId: 'acme',
  scenarioId: 'S-1',
  family: 'acting pay',
  kind: 'different',
  severity: 'low',
  payday: '2026-01-28',
  code: 'CPP',
  check: null,
  forPeriod: null,
  expected: '149.02',
  actual: '150.02',
  difference: '1.00',
  netEffect: '-1.00',
  direction: 'under',
  message: 'CPP differs',
  trace: null,
  ...over,
});

describe('discrepancies.csv is safe to open in a spreadsheet (OWASP CSV injection)', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])(
    'prefixes the text cell %j with a quote',
    (text) => {
      expect(safeText(text)).toBe(`'${text}`);
      expect(startsFormula(safeText(text))).toBe(false);
    },
  );

  it('leaves ordinary text alone', () => {
    expect(safeText('acting pay')).toBe('acting pay');
    expect(safeText(null)).toBe('');
  });

  it('writes negative money in accounting notation and refuses anything that is not money in a money column', () => {
    expect(safeMoney('-20.00')).toBe('(20.00)');
    expect(safeMoney('20.00')).toBe('20.00');
    expect(() => safeMoney('=1+1')).toThrow(/not a money amount/);
  });

  it('has no formula-starting cell even when a supplier or scenario name tries to start one', () => {
    const csv = discrepanciesCsv([
      finding({
        vendorId: '=cmd|calc',
        scenarioId: '@evil',
        message: '-1 short',
        difference: '-0.01',
        netEffect: '0.01',
      }),
    ]);
    const rows = parse(csv) as string[][];
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.flat().filter(startsFormula)).toEqual([]);
    expect(rows[1][CSV_COLUMNS.indexOf('supplier')]).toBe("'=cmd|calc");
    expect(rows[1][CSV_COLUMNS.indexOf('difference')]).toBe('(0.01)');
  });
});
