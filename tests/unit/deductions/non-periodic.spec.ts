import { Money } from '../../../src/domain/money';
import { computeDeductions } from '../../../src/domain/reference/deductions';
import { headline, m, stepOf, withheld } from './helpers';

describe('a bonus (T4127 ch. 4, non-periodic payments)', () => {
  const base = computeDeductions(headline());
  const r = computeDeductions(headline({ bonus: m('1000.00'), trace: true }));

  it('is pensionable and insurable: CPP and EI of the period include it', () => {
    expect(r.cpp.toString()).toBe('188.80'); // 0.0595 × (3,307.69 − 134.61)
    expect(r.ei.toString()).toBe('53.92'); // 0.0163 × 3,307.69
  });

  it('is taxed as tax with it − tax without it, beside the periodic tax', () => {
    const tb = stepOf(r, 'TB').inputs ?? {};
    const diff = Money.roundHalfUp(Money.of('0').toDecimal().plus(tb['T1 with']).minus(tb['T1 without']));
    expect(r.federalTaxOnBonus?.eq(diff)).toBe(true);
    // 0.205 × (1,000 − F5B 9.593) − 0.14 × (CPP 59.50 × 0.0495/0.0595 + EI 16.30 on the bonus) = 193.82
    expect(r.federalTaxOnBonus?.toString()).toBe('193.82');
    expect(r.provincialTaxOnBonus?.isPositive()).toBe(true);
    expect(r.federalTax.minus(base.federalTax).abs().lte(Money.of('0.10'))).toBe(true);
  });

  it('counts in net pay', () => {
    expect(r.net.toString()).toBe(Money.of('3307.69').minus(withheld(r)).toString());
  });

  it('is taxed at a flat 15% when annual income with it is 5,000 or less (10% in Quebec)', () => {
    const small = headline({ periodsPerYear: 52, gross: m('50.00'), bonus: m('500.00'), trace: true });
    const on = computeDeductions(small);
    expect([on.federalTaxOnBonus?.toString(), on.provincialTaxOnBonus?.toString()]).toEqual(['75.00', '0.00']);
    expect(stepOf(on, 'TB').label).toMatch(/flat rate/);
    expect(computeDeductions({ ...small, province: 'QC' }).federalTaxOnBonus?.toString()).toBe('50.00');
  });

  it('under claim code E is not taxed, even where the flat rate would apply', () => {
    const e = { kind: 'code' as const, code: 'E' as const };
    const small = computeDeductions(
      headline({ periodsPerYear: 52, gross: m('50.00'), bonus: m('500.00'), federalClaim: e, provincialClaim: e }),
    );
    expect([small.federalTaxOnBonus?.toString(), small.provincialTaxOnBonus?.toString()]).toEqual(['0.00', '0.00']);
    const large = computeDeductions(headline({ bonus: m('1000.00'), federalClaim: e, provincialClaim: e }));
    expect(large.federalTaxOnBonus?.toString()).toBe('0.00');
  });

  it('paid on its own gets no basic exemption', () => {
    const alone = computeDeductions(headline({ gross: m('0.00'), bonus: m('1000.00') }));
    expect(alone.cpp.toString()).toBe('59.50');
  });
});

describe('a retroactive increase', () => {
  const retro = (method: 'bonus' | 'spread') =>
    computeDeductions(headline({ retro: { amount: m('500.00'), periods: 5, method }, trace: true }));

  it('by the bonus method is taxed like a non-periodic payment, named in the trace', () => {
    const r = retro('bonus');
    expect(r.federalTaxOnRetro?.isPositive()).toBe(true);
    expect(r).not.toHaveProperty('federalTaxOnBonus');
    expect(stepOf(r, 'TB').label).toMatch(/retro \(bonus method\)/);
  });

  it('by the spread method is periods × (periodic tax on pay + retro/periods − periodic tax on pay)', () => {
    const r = retro('spread');
    const raised = computeDeductions(headline({ gross: m('2407.69') }));
    const plain = computeDeductions(headline());
    expect(r.federalTaxOnRetro?.toString()).toBe(
      raised.federalTax.minus(plain.federalTax).toDecimal().times(5).toFixed(2),
    );
    expect(r.provincialTaxOnRetro?.toString()).toBe(
      raised.provincialTax.minus(plain.provincialTax).toDecimal().times(5).toFixed(2),
    );
    expect(stepOf(r, 'TR').label).toMatch(/spread method/);
  });

  it('is pensionable and insurable, and in net pay', () => {
    const r = retro('bonus');
    expect(r.cpp.toString()).toBe('159.05'); // 0.0595 × (2,807.69 − 134.61)
    expect(r.net.toString()).toBe(Money.of('2807.69').minus(withheld(r)).toString());
  });

  it('after a bonus in the same period counts the bonus as already paid (B1)', () => {
    const both = computeDeductions(
      headline({ bonus: m('1000.00'), retro: { amount: m('500.00'), periods: 5, method: 'bonus' }, trace: true }),
    );
    expect(stepOf(both, 'TB', 'retro').inputs?.B1).toBe('1000');
    expect(both.federalTaxOnBonus?.isPositive() && both.federalTaxOnRetro?.isPositive()).toBe(true);
  });
});
