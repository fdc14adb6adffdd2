import { CONVENTION } from '../../conventions';
import { Money } from '../../money';
import type { DeductionInput } from '../deductions';

/**
 * A taxable benefit, with the one fact that changes its deductions: how it is paid
 * (convention benefit.cash-or-non-cash). CRA, Benefits and allowances chart: a benefit "in
 * cash" is subject to CPP and EI; "non-cash", to CPP but not EI. A cash benefit is money the
 * employee receives, so it is in net pay; a non-cash one is not.
 */
export interface TaxableBenefit {
  paid: 'cash' | 'non-cash';
  amount: Money;
}

export const TAXABLE_BENEFIT_RULE = `CRA, Benefits and allowances chart (in cash: CPP and EI; non-cash: CPP, not EI); convention: ${CONVENTION.cashBenefit}`;

/**
 * The deductions input's two fields for a period's pay and its taxable benefits: cash benefits
 * are paid with the gross (taxable, pensionable, insurable, in net); non-cash ones are the
 * input's taxableBenefit (taxable, pensionable, not insurable, not in net).
 */
export function benefitInput(
  gross: Money,
  benefits: readonly TaxableBenefit[],
): Pick<DeductionInput, 'gross' | 'taxableBenefit'> {
  const of = (paid: TaxableBenefit['paid']) => Money.sum(benefits.filter((b) => b.paid === paid).map((b) => b.amount));
  const nonCash = of('non-cash');
  return { gross: gross.plus(of('cash')), ...(nonCash.isZero() ? {} : { taxableBenefit: nonCash }) };
}
