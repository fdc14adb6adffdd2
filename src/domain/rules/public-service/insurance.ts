import { dec } from '../../money';

/**
 * Public Service Disability Insurance and the Supplementary Death Benefit: monthly premiums
 * per 1,000 of coverage (TBS, PSDI plan; PSSA Part II, SDB). ../shared/domain/public-service-pay.md.
 */
export const INSURANCE = {
  disability: {
    /** 0.35 per 1,000 of insured salary per month; insured salary = annual salary rounded up to the next 250. */
    ratePerThousandPerMonth: dec('0.35'),
    roundSalaryUpTo: dec('250'),
    citation: 'TBS, Disability Insurance Plan: employee premium 0.35 per $1,000 of insured salary per month',
  },
  deathBenefit: {
    /** 0.15 per 1,000 of coverage per month; coverage = 2 × annual salary rounded up to the next 1,000. */
    ratePerThousandPerMonth: dec('0.15'),
    coverageMultiple: dec('2'),
    roundCoverageUpTo: dec('1000'),
    citation: 'PSSA Part II, Supplementary Death Benefit: 0.15 per $1,000 of coverage per month',
  },
} as const;
