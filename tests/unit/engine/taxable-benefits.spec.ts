import { Money } from '../../../src/domain/money';
import { computeDeductions } from '../../../src/domain/reference/deductions';
import { benefitInput } from '../../../src/domain/reference/engine';

/**
 * Issue 15, Build 5: one input that meant two things gets two names. CRA, Benefits and
 * allowances chart: a taxable benefit "in cash" is subject to CPP and EI, a "non-cash" one to
 * CPP but not EI (and only the cash one is money in the employee's hand).
 */
describe('taxable benefits are cash or non-cash (benefit.cash-or-non-cash; CRA benefits and allowances chart)', () => {
  const deductions = (paid: 'cash' | 'non-cash') =>
    computeDeductions({
      payDate: '2026-03-11',
      province: 'ON',
      periodsPerYear: 26,
      federalClaim: { kind: 'code', code: 1 },
      provincialClaim: { kind: 'code', code: 1 },
      ...benefitInput(Money.of('2000.00'), [{ paid, amount: Money.of('100.00') }]),
    });

  it('a cash benefit is insurable: EI on 2,100.00 = 1.63 % × 2,100.00 = 34.23', () => {
    expect(deductions('cash').ei.toString()).toBe('34.23');
  });

  it('a non-cash benefit is not: EI on 2,000.00 only = 32.60, while CPP and tax are the same as cash', () => {
    const cash = deductions('cash');
    const nonCash = deductions('non-cash');
    expect(nonCash.ei.toString()).toBe('32.60');
    expect(nonCash.cpp.toString()).toBe(cash.cpp.toString());
    // Net: the cash benefit is paid, the non-cash one is not: 100.00 apart, less the EI difference.
    expect(cash.net.minus(nonCash.net).toString()).toBe(
      Money.of('100.00')
        .minus(cash.ei.minus(nonCash.ei))
        .minus(cash.federalTax.minus(nonCash.federalTax))
        .minus(cash.provincialTax.minus(nonCash.provincialTax))
        .toString(),
    );
  });

  it('takes each kind to its own field of the deductions input', () => {
    const both = benefitInput(Money.of('2000.00'), [
      { paid: 'cash', amount: Money.of('40.00') },
      { paid: 'non-cash', amount: Money.of('60.00') },
    ]);
    expect(both.gross.toString()).toBe('2040.00');
    expect(both.taxableBenefit?.toString()).toBe('60.00');
    expect(benefitInput(Money.of('2000.00'), []).taxableBenefit).toBeUndefined();
  });
});
