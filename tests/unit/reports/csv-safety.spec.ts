import { parse } from 'csv-parse/sync';
import type { FindingView } from '../../../src/evaluation/evaluation.types';
import { safeMoney, safeText, startsFormula } from '../../../src/reports/csv-safety';
import { CSV_COLUMNS, csvHeader, discrepanciesCsv } from '../../../src/reports/discrepancies-csv';

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
    const csv = discrepanciesCsv('r1', [
      finding({
        vendorId: '=cmd|calc',
        scenarioId: '@evil',
        message: '-1 short',
        difference: '-0.01',
        netEffect: '0.01',
      }),
    ]);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.flat().filter(startsFormula)).toEqual([]);
    expect(rows[1][CSV_COLUMNS.indexOf('supplier')]).toBe("'=cmd|calc");
    expect(rows[1][CSV_COLUMNS.indexOf('difference')]).toBe('(0.01)');
  });
});

describe('discrepancies.csv for an English or a French-Canadian spreadsheet (issue 19)', () => {
  const f = finding({ difference: '-1234.50', netEffect: '1234.50', expected: '2000.00', actual: '765.50' });

  it('starts with a BOM, so a spreadsheet reads it as UTF-8', () => {
    expect(discrepanciesCsv('r1', [f]).startsWith('\uFEFF')).toBe(true);
    expect(discrepanciesCsv('r1', [f], 'fr').startsWith('\uFEFF')).toBe(true);
  });

  it('has the run, finding, defect, role and root of every finding', () => {
    const [header, row] = parse(discrepanciesCsv('r1', [f]), { bom: true }) as string[][];
    const cell = (name: string) => row[header.indexOf(name)];
    expect([cell('run_id'), cell('finding_id'), cell('defect_id'), cell('role'), cell('root_finding_id')]).toEqual([
      'r1',
      'acme:S-1:0',
      'v1:line:CPP:under:amount:-:-',
      'root',
      'acme:S-1:0',
    ]);
  });

  it('writes the French-Canadian variant with semicolons, decimal commas, French names and sentences, and no formula', () => {
    const csv = discrepanciesCsv('r1', [f, finding({ vendorId: '=cmd', message: '+1' })], 'fr');
    const rows = parse(csv, { bom: true, delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual(csvHeader('fr'));
    expect(rows[0]).toContain('montant_référence');
    const cell = (name: string) => rows[1][CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number])];
    expect([cell('reference_amount'), cell('supplier_amount'), cell('difference')]).toEqual([
      '2000,00',
      '765,50',
      '(1234,50)',
    ]);
    expect(cell('message')).toMatch(
      /^Régime de pensions du Canada \(CPP\) le 28 janvier 2026 : la référence verse 2\s000,00\s\$, le fournisseur 765,50\s\$\.$/,
    );
    expect(rows.flat().filter(startsFormula)).toEqual([]);
  });
});
