import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'csv-parse/sync';
import { Money } from '../../../src/domain/money';
import { computeDeductions, type ClaimCode, type ProvinceCode } from '../../../src/domain/reference/deductions';
import { itUnless } from '../../setup/skip';
import { code } from './helpers';

/**
 * The worked numbers of shared/domain/vectors-2026.csv (PDOC January 2026 outputs, each row citing
 * its source). A copy lives in tests/fixtures so the repository is self-contained; when the shared
 * folder is beside the repository, the copy must still be identical to it.
 */
const FIXTURE = path.resolve(__dirname, '../../fixtures/vectors-2026.csv');
const SHARED = path.resolve(__dirname, '../../../../shared/domain/vectors-2026.csv');

interface Row {
  id: string;
  source: string;
  tax_year: string;
  province: string;
  periods_per_year: string;
  gross_per_period: string;
  federal_claim_code: string;
  provincial_claim_code: string;
  rpp_per_period: string;
  union_dues_per_period: string;
  ytd_cpp: string;
  ytd_ei: string;
  expected_cpp: string;
  expected_ei: string;
  expected_federal_tax: string;
  expected_provincial_tax: string;
  tolerance: string;
}

const rows: Row[] = parse(fs.readFileSync(FIXTURE, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });

/** A plain decimal as Money ("0" and "2307.69" alike). */
const money = (text: string): Money => Money.of(text);

function claimCode(text: string): ClaimCode {
  return text === 'E' ? 'E' : (Number(text) as ClaimCode);
}

describe('vectors-2026.csv (PDOC, January 2026)', () => {
  const noShared = fs.existsSync(SHARED) ? undefined : `no ${SHARED} beside the repository to compare the copy with`;
  itUnless(noShared)('the fixture copy is the shared file', () => {
    expect(fs.readFileSync(FIXTURE, 'utf8')).toBe(fs.readFileSync(SHARED, 'utf8'));
  });

  it('holds rows to check', () => {
    expect(rows.length).toBeGreaterThanOrEqual(8);
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s matches to the cent (or its tolerance)', (_id, r) => {
    const result = computeDeductions({
      payDate: `${r.tax_year}-01-14`,
      province: r.province as ProvinceCode,
      periodsPerYear: Number(r.periods_per_year),
      gross: money(r.gross_per_period),
      federalClaim: code(claimCode(r.federal_claim_code)),
      provincialClaim: code(claimCode(r.provincial_claim_code)),
      rpp: money(r.rpp_per_period),
      unionDues: money(r.union_dues_per_period),
      ytd: { cpp: money(r.ytd_cpp), ei: money(r.ytd_ei) },
    });
    const tolerance = money(r.tolerance);
    const check = (actual: Money, expected: string) => {
      const gap = actual.minus(money(expected)).abs();
      expect({ actual: actual.toString(), withinTolerance: gap.lte(tolerance) }).toEqual({
        actual: actual.toString(),
        withinTolerance: true,
      });
      if (tolerance.isZero()) expect(actual.toString()).toBe(money(expected).toString());
    };
    check(result.cpp, r.expected_cpp);
    check(result.ei, r.expected_ei);
    check(result.federalTax, r.expected_federal_tax);
    check(result.provincialTax, r.expected_provincial_tax);
  });
});
