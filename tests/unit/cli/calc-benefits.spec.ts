import { calcInputFromFlags } from '../../../src/cli/calc/calc-input';

/** Issue 15, Build 5: `calc` says how a taxable benefit is paid (CRA benefits and allowances chart). */
describe('payproof calc: cash and non-cash taxable benefits', () => {
  const base = { payDate: '2026-03-11', gross: '2000.00' };

  it('adds a cash benefit to the gross (insurable, paid in net) and takes a non-cash one apart', () => {
    const input = calcInputFromFlags(
      { ...base, cashTaxableBenefit: '40.00', nonCashTaxableBenefit: '60.00' },
      '2026-03-11',
    );
    expect(input.gross.toString()).toBe('2040.00');
    expect(input.taxableBenefit?.toString()).toBe('60.00');
  });

  it('refuses --taxable-benefit, which meant either, naming the two flags', () => {
    expect(() => calcInputFromFlags({ ...base, taxableBenefit: '60.00' }, '2026-03-11')).toThrow(
      /--taxable-benefit is no longer taken: .*--cash-taxable-benefit .*--non-cash-taxable-benefit/,
    );
  });

  it('names the flag of a bad amount', () => {
    expect(() => calcInputFromFlags({ ...base, cashTaxableBenefit: 'ten' }, '2026-03-11')).toThrow(
      /--cash-taxable-benefit: expected an amount/,
    );
  });
});
