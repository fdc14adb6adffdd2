import type Decimal from 'decimal.js';
import { CONVENTION } from '../../conventions';
import { Money, int } from '../../money';
import type { PensionGroup } from '../../scenario';
import { INSURANCE } from '../../rules/public-service/insurance';
import { PAY_CONSTANTS } from '../../rules/public-service/pay-constants';
import type { DeductionLine } from './run-deductions';

const MONTHS_TO_BIWEEKLY = int(12).dividedBy(PAY_CONSTANTS.biweeklyDivisor);
const THOUSAND = int(1000);

function roundUpTo(x: Decimal, unit: Decimal): Decimal {
  return x.dividedBy(unit).ceil().times(unit);
}

/** Disability insurance and supplementary death benefit for a pay (convention insurance.monthly-to-biweekly). */
export function insuranceLines(insuredAnnual: Decimal, group: PensionGroup): DeductionLine[] {
  const di = INSURANCE.disability;
  const insured = roundUpTo(insuredAnnual, di.roundSalaryUpTo);
  const diAmount = Money.roundHalfUp(
    insured.dividedBy(THOUSAND).times(di.ratePerThousandPerMonth).times(MONTHS_TO_BIWEEKLY),
  );
  const lines: DeductionLine[] = [
    {
      code: 'DISABILITY_INSURANCE',
      amount: diAmount,
      description: `Disability insurance on ${insured.toString()}`,
      trace: [
        {
          step: 'DI',
          label: 'Disability insurance: 0.35 per 1,000 of insured salary a month × 12 / 26.088',
          labelFr: 'Assurance-invalidité : 0,35 par tranche de 1 000 de salaire assuré par mois × 12 / 26,088',
          value: diAmount.toString(),
          inputs: { annualSalary: insuredAnnual.toString(), insured: insured.toString() },
          citation: `${di.citation}; convention: ${CONVENTION.insurance}`,
        },
      ],
    },
  ];
  if (group === 'none') return lines;
  const sdb = INSURANCE.deathBenefit;
  const coverage = roundUpTo(insuredAnnual.times(sdb.coverageMultiple), sdb.roundCoverageUpTo);
  const sdbAmount = Money.roundHalfUp(
    coverage.dividedBy(THOUSAND).times(sdb.ratePerThousandPerMonth).times(MONTHS_TO_BIWEEKLY),
  );
  lines.push({
    code: 'DEATH_BENEFIT',
    amount: sdbAmount,
    description: `Supplementary death benefit on coverage of ${coverage.toString()}`,
    trace: [
      {
        step: 'SDB',
        label: 'Supplementary death benefit: 0.15 per 1,000 of coverage a month × 12 / 26.088',
        labelFr: 'Prestation supplémentaire de décès : 0,15 par tranche de 1 000 de protection par mois × 12 / 26,088',
        value: sdbAmount.toString(),
        inputs: { annualSalary: insuredAnnual.toString(), coverage: coverage.toString() },
        citation: `${sdb.citation}; convention: ${CONVENTION.insurance}`,
      },
    ],
  });
  return lines;
}
