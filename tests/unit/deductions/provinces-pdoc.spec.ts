import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'csv-parse/sync';
import { Money } from '../../../src/domain/money';
import { computeDeductions, type ProvinceCode } from '../../../src/domain/reference/deductions';

/**
 * CRA's PDOC on every province and territory, in each edition the reference holds: 60,000 a year
 * biweekly in all twelve T4127 jurisdictions, and lower and higher pays, RRSP and union dues in
 * several; one with PM = 6. The figures are PDOC's output as another project recorded it (each row names the file):
 * PDOC is CRA's own implementation of T4127, and the recording is independent of payproof. The
 * claims are the TD1 totals PDOC was given (the basic amounts of each edition, and one 40,000).
 */
interface Row {
  id: string;
  source: string;
  pay_date: string;
  province: string;
  periods_per_year: string;
  gross_per_period: string;
  federal_claim_amount: string;
  provincial_claim_amount: string;
  rrsp_per_period: string;
  union_dues_per_period: string;
  pensionable_months: string;
  expected_cpp: string;
  expected_ei: string;
  expected_federal_tax: string;
  expected_provincial_tax: string;
}

const FIXTURE = path.resolve(__dirname, '../../fixtures/pdoc-provinces.csv');
const rows: Row[] = parse(fs.readFileSync(FIXTURE, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
const amount = (text: string) => ({ kind: 'amount' as const, amount: Money.of(text) });

describe('PDOC on every T4127 jurisdiction (January 2025, July 2025, January 2026)', () => {
  it('covers the twelve T4127 jurisdictions in each of the three editions', () => {
    const seen = new Set(
      rows.map((r) => `${r.pay_date.slice(0, 7) >= '2025-07' ? r.pay_date.slice(0, 4) : '2025-01'}:${r.province}`),
    );
    for (const edition of ['2025-01', '2025', '2026'])
      for (const p of ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'SK', 'YT'])
        expect({ edition, p, seen: seen.has(`${edition}:${p}`) }).toEqual({ edition, p, seen: true });
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s: CPP, EI, federal and provincial tax to the cent', (_id, r) => {
    const result = computeDeductions({
      payDate: r.pay_date,
      province: r.province as ProvinceCode,
      periodsPerYear: Number(r.periods_per_year),
      gross: Money.of(r.gross_per_period),
      federalClaim: amount(r.federal_claim_amount),
      provincialClaim: amount(r.provincial_claim_amount),
      rrsp: Money.of(r.rrsp_per_period),
      unionDues: Money.of(r.union_dues_per_period),
      pensionableMonths: Number(r.pensionable_months),
    });
    expect([result.cpp, result.ei, result.federalTax, result.provincialTax].map(String)).toEqual([
      Money.of(r.expected_cpp).toString(),
      Money.of(r.expected_ei).toString(),
      Money.of(r.expected_federal_tax).toString(),
      Money.of(r.expected_provincial_tax).toString(),
    ]);
  });
});
