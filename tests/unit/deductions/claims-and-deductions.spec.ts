import { dec, Money } from '../../../src/domain/money';
import { computeDeductions, federalBpa } from '../../../src/domain/reference/deductions';
import { T4127_2026_01 } from '../../../src/domain/rules/t4127';
import { code, headline, m, stepOf, withheld } from './helpers';

describe('claim codes and claim amounts (T4127 Jan 2026)', () => {
  const base = computeDeductions(headline());

  it('claim code 0 removes the whole personal credit: K1/P and K1P/P more tax', () => {
    const zero = computeDeductions(headline({ federalClaim: code(0), provincialClaim: code(0) }));
    // 2,303.28 / 26 = 88.588...; 655.94 / 26 = 25.228... (no surtax or reduction at this income)
    expect(zero.federalTax.minus(base.federalTax).toString()).toBe('88.59');
    expect(zero.provincialTax.minus(base.provincialTax).toString()).toBe('25.23');
  });

  it('claim code E withholds no income tax, but still the Ontario Health Premium (600 / 26)', () => {
    const e = computeDeductions(headline({ federalClaim: code('E'), provincialClaim: code('E'), trace: true }));
    expect(e.federalTax.toString()).toBe('0.00');
    expect(e.provincialTax.toString()).toBe('23.08');
    expect(stepOf(e, 'V2').value).toBe('600');
    expect(stepOf(e, 'T4').value).toBe('0');
    expect(e.cpp.eq(base.cpp) && e.ei.eq(base.ei)).toBe(true);
  });

  it('codes 2 and 10 use the range midpoints: TC 17,868.50 (K1 2,501.59) and 40,532.50 (K1 5,674.55)', () => {
    const two = computeDeductions(headline({ federalClaim: code(2), provincialClaim: code(2), trace: true }));
    expect(stepOf(two, 'K1').inputs?.TC).toBe('17868.50');
    expect(stepOf(two, 'K1').value).toBe('2501.59');
    expect(stepOf(two, 'K1P').inputs?.TC).toBe('14388');
    expect(stepOf(two, 'K1P').value).toBe('726.59');
    const ten = computeDeductions(headline({ federalClaim: code(10), trace: true }));
    expect(stepOf(ten, 'K1').value).toBe('5674.55');
  });

  it('an explicit claim amount equal to a code midpoint gives the same tax as the code', () => {
    const byCode = computeDeductions(headline({ federalClaim: code(2) }));
    const byAmount = computeDeductions(headline({ federalClaim: { kind: 'amount', amount: m('17868.50') } }));
    expect(byAmount.federalTax.eq(byCode.federalTax)).toBe(true);
  });

  it('a larger explicit claim lowers tax by the lowest rate × the extra claim / P', () => {
    const more = computeDeductions(headline({ federalClaim: { kind: 'amount', amount: m('19052.00') } }));
    // (19,052 − 16,452) × 0.14 / 26 = 14.00
    expect(base.federalTax.minus(more.federalTax).toString()).toBe('14.00');
  });

  it('with no TD1 on file, claim code 1 phases the BPA out between 181,440 and 258,482', () => {
    const f = T4127_2026_01.federal;
    expect(federalBpa(f, dec('181440')).toString()).toBe('16452');
    expect(federalBpa(f, dec('258482')).toString()).toBe('14829');
    expect(federalBpa(f, dec('219961')).toFixed(2)).toBe('15640.50');
    const high = headline({ periodsPerYear: 12, gross: m('18000.00') });
    const filed = computeDeductions(high);
    const none = computeDeductions({ ...high, noTd1OnFile: true, trace: true });
    expect(none.federalTax.gt(filed.federalTax)).toBe(true);
    expect(stepOf(none, 'K1').inputs?.from).toMatch(/BPAF/);
  });
});

describe('deductions that lower taxable income', () => {
  const low = headline({ gross: m('1153.85') });
  const base = computeDeductions(low);

  it('RPP lowers A by P × F: 50.00 a period saves 0.14 × 50 federal and 0.0505 × 50 Ontario', () => {
    const r = computeDeductions({ ...low, rpp: m('50.00') });
    expect(base.federalTax.minus(r.federalTax).toString()).toBe('7.00');
    expect(['2.52', '2.53']).toContain(base.provincialTax.minus(r.provincialTax).toString());
    expect(r.net.toString()).toBe(Money.of('1153.85').minus(withheld(r)).minus(m('50.00')).toString());
  });

  it('RRSP at source counts in F like RPP', () => {
    const rpp = computeDeductions({ ...low, rpp: m('30.00'), rrsp: m('20.00') });
    const both = computeDeductions({ ...low, rpp: m('50.00') });
    expect(rpp.federalTax.eq(both.federalTax) && rpp.provincialTax.eq(both.provincialTax)).toBe(true);
  });

  it('union dues lower A like RPP (U1) and come off net pay', () => {
    const u = computeDeductions({ ...low, unionDues: m('50.00') });
    expect(base.federalTax.minus(u.federalTax).toString()).toBe('7.00');
    expect(u.net.toString()).toBe(Money.of('1153.85').minus(withheld(u)).minus(m('50.00')).toString());
  });

  it('a taxable benefit is taxed and pensionable, not insurable, and not cash in net pay', () => {
    const b = computeDeductions({ ...low, taxableBenefit: m('100.00') });
    expect(b.ei.eq(base.ei)).toBe(true);
    expect(b.cpp.toString()).toBe('66.59'); // 0.0595 × (1,253.85 − 134.61)
    expect(b.federalTax.gt(base.federalTax)).toBe(true);
    expect(b.net.toString()).toBe(Money.of('1153.85').minus(withheld(b)).toString());
  });

  it('additional tax L is added to the federal tax of the period', () => {
    const l = computeDeductions({ ...low, additionalTax: m('25.00') });
    expect(l.federalTax.minus(base.federalTax).toString()).toBe('25.00');
  });

  it('CPP- and EI-exempt employees pay neither, and get no K2 credit for them', () => {
    const r = computeDeductions({ ...low, cppExempt: true, eiExempt: true, trace: true });
    expect([r.cpp.toString(), r.cpp2.toString(), r.ei.toString()]).toEqual(['0.00', '0.00', '0.00']);
    expect(stepOf(r, 'K2').value).toBe('0');
  });
});

describe('Quebec residents (federal side)', () => {
  const qc = computeDeductions(headline({ province: 'QC', trace: true }));

  it('pay QPP 6.30%, EI at 1.30% and QPIP 0.430%', () => {
    // 0.063 × (2,307.69 − 134.61) = 136.904; 0.013 × 2,307.69 = 29.99997; 0.0043 × 2,307.69 = 9.923
    expect([qc.cpp, qc.ei, qc.qpip].map(String)).toEqual(['136.90', '30.00', '9.92']);
  });

  it('get the 16.5% abatement: T1 = T3 − 0.165 × T3', () => {
    const t3 = dec(stepOf(qc, 'T3').value);
    expect(dec(stepOf(qc, 'T1').value).eq(t3.times(dec('0.835')))).toBe(true);
    // T3 = 0.205 × 59,434.95 − 3,804 − 2,303.28 − K2Q 564.53 − 210.14 = 5,302.22; × 0.835 / 26 = 170.28
    expect(qc.federalTax.toString()).toBe('170.28');
  });

  it('count QPIP in K2Q, and pay Quebec income tax by TP-1015.F-V, said in the trace', () => {
    expect(stepOf(qc, 'K2').inputs?.['QPIP (annual, capped)']).toBe('257.92');
    // H = 55.77, CS = 136.90 × 0.01 / 0.063 = 21.73; I = 26 × (2,307.69 − 55.77 − 21.73) = 57,984.94;
    // Y = 0.19 × I (11,017.14) − 2,717 − 0.14 × 18,952 (2,653.28) = 5,646.86; / 26 = 217.19
    expect(stepOf(qc, 'T2').inputs?.I).toBe('57984.94');
    expect(qc.provincialTax.toString()).toBe('217.19');
    expect(stepOf(qc, 'T2').citation).toMatch(/TP-1015\.F-V \(2026-01\)/);
  });
});

describe('rounding of C and EI before K2 (T4127 ch. 1)', () => {
  const weekly = (gross: string) => computeDeductions(headline({ periodsPerYear: 52, gross: m(gross) }));

  it('a one-cent raise can lower tax by a cent: 445.70 → 445.71 weekly in Ontario', () => {
    const [before, after] = [weekly('445.70'), weekly('445.71')];
    // C and EI both round up a cent on that cent of pay: K2 grows by 0.14 × 52 × (0.01 × 0.0495/0.0595 + 0.01)
    // = 0.1334 while 0.14 × A grows by 0.14 × 52 × 0.01 × (1 − 0.0100/0.0595) = 0.0606.
    expect([before.cpp, after.cpp, before.ei, after.ei].map(String)).toEqual(['22.51', '22.52', '7.26', '7.27']);
    expect([before.federalTax.toString(), after.federalTax.toString()]).toEqual(['9.90', '9.89']);
  });

  it('an exact half cent rounds up despite non-terminating ratios: T3 = 158.34, 158.34 / 52 = 3.045 → 3.05', () => {
    // 392.76 → 392.77 raises C by a cent only; the ratios 0.0100/0.0595 + 0.0495/0.0595 = 1 cancel it exactly.
    expect([weekly('392.76').federalTax.toString(), weekly('392.77').federalTax.toString()]).toEqual(['3.05', '3.05']);
  });
});
