import { PayproofError } from '../../../src/domain/errors';
import { dec, Money } from '../../../src/domain/money';
import { computeDeductions, type DeductionInput } from '../../../src/domain/reference/deductions';
import { code, m, stepOf } from './helpers';

/**
 * Quebec income tax at source by Revenu Québec's TP-1015.F-V. Two kinds of published figures:
 * - the guide's own Appendix 1 (biweekly 4,000.00, RPP 200.00, TP-1015.3 line 10 = 21,830), in
 *   the phases without labour-fund shares, as quoted from the 2025-01 and 2026-01 guides;
 * - Revenu Québec's WebRAS calculator (version 2026.01), biweekly, no TP-1015.3 on file.
 * The QPP and QPP2 of each period come from the year-to-date amounts of Appendix 3.
 */
function quebec(over: Partial<DeductionInput>): DeductionInput {
  return {
    payDate: '2026-10-16',
    province: 'QC',
    periodsPerYear: 26,
    gross: m('4000.00'),
    rpp: m('200.00'),
    federalClaim: code(1),
    provincialClaim: { kind: 'amount', amount: m('21830.00') },
    trace: true,
    ...over,
  };
}

describe('TP-1015.F-V (2026-01) Appendix 1', () => {
  it('period 22 (QPP at its maximum, QPP2 40.00): I = 96,309.98, Y = 12,525.70, A = 481.76', () => {
    const r = computeDeductions(quebec({ ytd: { cpp: m('4479.30'), cpp2: m('376.00'), pensionable: m('84000.00') } }));
    expect([r.cpp.toString(), r.cpp2.toString()]).toEqual(['0.00', '40.00']);
    const t2 = stepOf(r, 'T2').inputs ?? {};
    expect([t2.H, t2.I, t2.Y]).toEqual(['55.77', '96309.98', '12525.70']);
    expect(r.provincialTax.toString()).toBe('481.76');
  });

  it('the last four periods (QPP and QPP2 at their maxima): I = 97,349.98, A = 489.36', () => {
    const r = computeDeductions(
      quebec({ payDate: '2026-12-04', ytd: { cpp: m('4479.30'), cpp2: m('416.00'), pensionable: m('88000.00') } }),
    );
    expect(stepOf(r, 'T2').inputs?.I).toBe('97349.98');
    expect(r.provincialTax.toString()).toBe('489.36');
  });
});

describe('TP-1015.F-V (2025-01) Appendix 1 (H = min(240, 1,420 / 26) = 54.62, K = 2,662)', () => {
  it('period 21 (QPP2 48.00 completes 396.00): I = 96,131.88, Y = 12,546.86, A = 482.57', () => {
    const r = computeDeductions(
      quebec({ payDate: '2025-10-15', ytd: { cpp: m('4339.20'), cpp2: m('348.00'), pensionable: m('80000.00') } }),
    );
    expect(r.cpp2.toString()).toBe('48.00');
    const t2 = stepOf(r, 'T2').inputs ?? {};
    expect([t2.H, t2.I, t2.Y]).toEqual(['54.62', '96131.88', '12546.86']);
    expect(r.provincialTax.toString()).toBe('482.57');
  });

  it('periods 22–26 (maxima reached): I = 97,379.88, A = 491.69', () => {
    const r = computeDeductions(
      quebec({ payDate: '2025-11-12', ytd: { cpp: m('4339.20'), cpp2: m('396.00'), pensionable: m('84000.00') } }),
    );
    expect(stepOf(r, 'T2').inputs?.I).toBe('97379.88');
    expect(r.provincialTax.toString()).toBe('491.69');
  });
});

describe("Revenu Québec's WebRAS 2026.01, biweekly, no TP-1015.3 on file (basic amount 18,952)", () => {
  it.each([
    ['2400.00', '142.72', '10.32', '234.55'],
    ['5000.00', '306.52', '21.50', '759.39'],
  ])('%s: QPP %s, QPIP %s, Quebec income tax %s', (gross, qpp, qpip, tax) => {
    const r = computeDeductions(
      quebec({ payDate: '2026-01-14', gross: m(gross), rpp: undefined, provincialClaim: code(1) }),
    );
    expect([r.cpp, r.qpip, r.provincialTax].map(String)).toEqual([qpp, qpip, tax]);
  });
});

describe('Quebec claims and lump sums', () => {
  const base = quebec({ payDate: '2026-01-14', rpp: undefined, provincialClaim: code(1) });

  it('claim code 0 takes no personal credit; an exemption (code E) withholds no Quebec tax', () => {
    const one = computeDeductions(base);
    const zero = computeDeductions({ ...base, provincialClaim: code(0) });
    // 0.14 × 18,952 = 2,653.28 a year, / 26 = 102.05 more
    expect(zero.provincialTax.minus(one.provincialTax).toString()).toBe('102.05');
    expect(computeDeductions({ ...base, provincialClaim: code('E') }).provincialTax.toString()).toBe('0.00');
  });

  it('TD1 claim codes 2–10 are not Revenu Québec codes: refused, naming the claim', () => {
    expect(() => computeDeductions({ ...base, provincialClaim: code(3) })).toThrow(PayproofError);
    expect(() => computeDeductions({ ...base, provincialClaim: code(3) })).toThrow(/TP-1015\.3/);
  });

  it('a bonus is taxed by method 2 at the rate of the annual income with it', () => {
    const r = computeDeductions({ ...base, bonus: m('10000.00') });
    const tb = stepOf(r, 'TB', 'Quebec').inputs ?? {};
    // I of the regular pay is about 101,000 (19%); with the bonus about 111,000: the 24% band.
    expect(tb.T).toBe('0.24');
    expect(r.provincialTaxOnBonus?.toString()).toBe(
      Money.roundHalfUp(dec('10000').minus(dec(tb.CSB)).times('0.24')).toString(),
    );
  });

  it('a small lump sum for a low annual pay takes a flat 7% (annual pay with it ≤ 18,952)', () => {
    const r = computeDeductions({ ...base, periodsPerYear: 52, gross: m('200.00'), bonus: m('500.00') });
    expect(r.provincialTaxOnBonus?.toString()).toBe('35.00');
  });

  it('labour-fund shares in Quebec are refused (the FTQ and Fondaction credits are per fund)', () => {
    expect(() => computeDeductions({ ...base, labourFundShares: m('50.00') })).toThrow(/labourFundShares/);
  });
});
