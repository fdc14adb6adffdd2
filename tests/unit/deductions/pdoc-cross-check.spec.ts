import { computeDeductions } from '../../../src/domain/reference/deductions';
import { headline, m } from './helpers';

/**
 * Figures from outside shared/domain, to catch an error shared/domain and this code could share.
 * Source: the README of the T4127 Engine project (pypi.org/project/t4127-engine, "validated
 * penny-for-penny against the CRA's own PDOC", tax year 2026): 1,000.00 a week in Ontario,
 * claim code 1.
 */
describe('PDOC January 2026, independent figures', () => {
  it('1,000.00 weekly in Ontario, claim codes 1/1: CPP 55.50, EI 16.30, federal 81.61, Ontario 45.80', () => {
    const r = computeDeductions(headline({ periodsPerYear: 52, gross: m('1000.00') }));
    expect([r.cpp, r.ei, r.federalTax, r.provincialTax].map(String)).toEqual(['55.50', '16.30', '81.61', '45.80']);
    expect(r.net.toString()).toBe('800.79');
  });
});
