import { dec } from '../../../src/domain/money';
import { computeDeductions, type DeductionInput } from '../../../src/domain/reference/deductions';
import { incomeTestedAmount } from '../../../src/domain/reference/deductions/claims';
import { albertaK5p, bcReduction, labourFundCredit, yukonK4p } from '../../../src/domain/reference/deductions/parts';
import { T4127_2025_01, T4127_2025_07, T4127_2026_01 } from '../../../src/domain/rules/t4127';
import { code, m, stepOf } from './helpers';

/** Each jurisdiction's own part of step 4–5, worked by hand from the T4127 text it cites. */
const pay = (over: Partial<DeductionInput>): DeductionInput => ({
  payDate: '2026-03-04',
  province: 'ON',
  periodsPerYear: 26,
  gross: m('2307.69'),
  federalClaim: code(1),
  provincialClaim: code(1),
  trace: true,
  ...over,
});

describe("BC's tax reduction S (T4127 Jan 2026, ch. 4 step 5, p. 21)", () => {
  const bc = T4127_2026_01.provinces.BC.bcReduction!;
  it.each([
    ['20000', '1000', '575'], // A ≤ 25,570: the lesser of T4 and 575
    ['20000', '300', '300'], // ... T4 when smaller
    ['30000', '1000', '417.292'], // 575 − (30,000 − 25,570) × 3.56%
    ['41722', '1000', '0'], // 575 − 575.0112: floor 0 (tax.bc-reduction-floor)
    ['41723', '1000', '0'], // above 41,722: nil
  ])('A = %s, T4 = %s: S = %s', (a, t4, s) => {
    expect(bcReduction(bc, dec(t4), dec(a)).toString()).toBe(s);
  });
});

describe("Alberta's supplemental credit K5P (T4127, ch. 4 step 5)", () => {
  it('2026: ((K1P + K2P) − 4,896) × 0.25, floor 0', () => {
    const k5p = T4127_2026_01.provinces.AB.k5p!;
    expect(albertaK5p(k5p, dec('5000'), dec('400')).toString()).toBe('126');
    expect(albertaK5p(k5p, dec('1821.52'), dec('400')).toString()).toBe('0');
  });

  it('July 2025: ((K1P + K2P) − 3,600) × (0.04 / 0.06), the ratio not rounded; none in January 2025', () => {
    const k5p = T4127_2025_07.provinces.AB.k5p!;
    expect(albertaK5p(k5p, dec('3000'), dec('900')).toFixed(10)).toBe('200.0000000000');
    expect(T4127_2025_01.provinces.AB.k5p).toBeUndefined();
  });

  it('a TD1AB claim of 60,000 gets it: K1P 4,800 at 8%, so K5P ≥ 0.25 × (4,800 − 4,896 + K2P)', () => {
    const r = computeDeductions(pay({ province: 'AB', provincialClaim: { kind: 'amount', amount: m('60000.00') } }));
    const k2p = dec(stepOf(r, 'K2P').value);
    expect(dec(stepOf(r, 'K5P').value).eq(dec('4800').plus(k2p).minus(dec('4896')).times(dec('0.25')))).toBe(true);
  });
});

describe("Yukon's Canada employment credit K4P (T4127 Jan 2026, ch. 4 step 5, p. 23)", () => {
  it('the lesser of 0.064 × A and 0.064 × 1,501', () => {
    expect(yukonK4p(dec('0.064'), dec('1501'), dec('60000')).toString()).toBe('96.064');
    expect(yukonK4p(dec('0.064'), dec('1501'), dec('1000')).toString()).toBe('64');
    const r = computeDeductions(pay({ province: 'YT' }));
    expect(stepOf(r, 'K4P').value).toBe('96.064');
  });
});

describe('income-tested basic amounts, used with no TD1 on file (T4127 ch. 2)', () => {
  it('BPAMB 2026: 15,780 to 200,000 of net income, falling to 0 at 400,000', () => {
    const mb = T4127_2026_01.provinces.MB.bpaNoTd1!;
    expect(incomeTestedAmount(mb, dec('200000')).toString()).toBe('15780');
    expect(incomeTestedAmount(mb, dec('300000')).toString()).toBe('7890');
    expect(incomeTestedAmount(mb, dec('400000')).toString()).toBe('0');
  });

  it('BPANS January 2025 falls from 11,744 to 8,744 between 25,000 and 75,000; July 2025 rises to 14,744; 2026 none', () => {
    expect(incomeTestedAmount(T4127_2025_01.provinces.NS.bpaNoTd1!, dec('50000')).toString()).toBe('10244');
    expect(incomeTestedAmount(T4127_2025_07.provinces.NS.bpaNoTd1!, dec('50000')).toString()).toBe('13244');
    expect(T4127_2026_01.provinces.NS.bpaNoTd1).toBeUndefined();
  });

  it('BPAYT mirrors BPAF, to the cent: 16,452 − (200,000 − 181,440) × 1,623 / 77,042 = 16,061.01', () => {
    expect(incomeTestedAmount(T4127_2026_01.provinces.YT.bpaNoTd1!, dec('200000')).toString()).toBe('16061.01');
  });

  it('claim code 1 with no TD1 on file uses it; with a TD1 on file, the full amount (as PDOC)', () => {
    const high = pay({ province: 'MB', periodsPerYear: 12, gross: m('25000.00') });
    const none = computeDeductions({ ...high, noTd1OnFile: true });
    const filed = computeDeductions(high);
    expect(stepOf(none, 'K1P').inputs?.from).toMatch(/BPAMB/);
    expect(stepOf(filed, 'K1P').inputs?.TC).toBe('15780');
    expect(none.provincialTax.gt(filed.provincialTax)).toBe(true);
  });
});

describe('labour-sponsored funds credits (T4127 ch. 4, LCF step 3, LCP step 5)', () => {
  it('the yearly credit is rate × P × shares, at most the maximum', () => {
    expect(labourFundCredit(T4127_2026_01.federal.lcf, dec('2600')).toString()).toBe('390');
    expect(labourFundCredit(T4127_2026_01.federal.lcf, dec('26000')).toString()).toBe('750');
    expect(labourFundCredit(T4127_2026_01.provinces.SK.lcp!, dec('26000')).toString()).toBe('875');
  });

  it('100.00 a pay in Manitoba: 15% × 2,600 = 390 a year off each tax, 15.00 a pay', () => {
    const base = computeDeductions(pay({ province: 'MB' }));
    const shares = computeDeductions(pay({ province: 'MB', labourFundShares: m('100.00') }));
    expect(base.federalTax.minus(shares.federalTax).toString()).toBe('15.00');
    expect(base.provincialTax.minus(shares.provincialTax).toString()).toBe('15.00');
  });

  it('no LCP where T4127 gives none (Ontario): only the federal LCF', () => {
    const base = computeDeductions(pay({}));
    const shares = computeDeductions(pay({ labourFundShares: m('100.00') }));
    expect(base.provincialTax.eq(shares.provincialTax)).toBe(true);
    expect(base.federalTax.minus(shares.federalTax).toString()).toBe('15.00');
  });
});
