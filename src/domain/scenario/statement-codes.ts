/**
 * The canonical pay-line codes every statement uses (the reference engine and every vendor
 * adapter map their lines onto these). Sign conventions, so that lines compare one to one:
 * - an EARNING line's amount is added to gross; it is negative when it takes pay away
 *   (LWOP, an overpayment reversed in the same year);
 * - a DEDUCTION line's amount is subtracted from gross to give net; it is positive when
 *   money is withheld and negative only for a refund of an earlier deduction.
 * So gross = Σ earnings and net = gross − Σ deductions (checked as an invariant, not at parse).
 */
export type LineNature = 'earning' | 'deduction';

export const LINE_CODES = {
  REGULAR: {
    nature: 'earning',
    description:
      'Regular pay at the substantive rate: annual rate / 26.088, or working days × annual / 260.88 in a partial period',
  },
  ACTING: {
    nature: 'earning',
    description:
      'Acting pay: the acting rate minus the substantive rate, for the days acting (REGULAR stays at the substantive rate)',
  },
  OVERTIME: {
    nature: 'earning',
    description: 'Overtime: hours × hourly rate of the position worked × multiplier (1.5 or 2.0)',
  },
  ALLOWANCE_BILINGUALISM: {
    nature: 'earning',
    description: 'Bilingualism bonus, 800 a year prorated into each pay (800 / 26.088 per full period)',
  },
  LWOP: {
    nature: 'earning',
    description: 'Leave without pay: minus the daily rate for each working day on leave (a negative earning)',
  },
  RETRO_ADJUSTMENT: {
    nature: 'earning',
    description:
      'Retroactive adjustment for an earlier period (forPeriod): what was due minus what was paid; negative for an overpayment reversed in the same year',
  },
  RECOVERY: {
    nature: 'deduction',
    description: 'Recovery of an overpayment taken from net pay (e.g. the gross amount of a prior-year overpayment)',
  },
  CPP: { nature: 'deduction', description: 'Canada Pension Plan base and first additional contributions' },
  CPP2: {
    nature: 'deduction',
    description: 'Canada Pension Plan second additional contributions (earnings between YMPE and YAMPE)',
  },
  EI: { nature: 'deduction', description: 'Employment Insurance premium (reduced rate in Quebec)' },
  QPP: {
    nature: 'deduction',
    description: 'Quebec Pension Plan base and first additional contributions (instead of CPP in Quebec)',
  },
  QPP2: { nature: 'deduction', description: 'Quebec Pension Plan second additional contributions' },
  QPIP: { nature: 'deduction', description: 'Quebec Parental Insurance Plan premium' },
  FEDERAL_TAX: {
    nature: 'deduction',
    description: 'Federal income tax withheld, including tax on bonus or retroactive pay',
  },
  PROVINCIAL_TAX: {
    nature: 'deduction',
    description: 'Provincial or territorial income tax withheld (Quebec: tax withheld for Revenu Québec)',
  },
  PENSION: {
    nature: 'deduction',
    description: 'Public Service Superannuation Act pension contributions (group 1 or group 2)',
  },
  DISABILITY_INSURANCE: {
    nature: 'deduction',
    description: 'Disability insurance premium (0.35 per 1,000 of insured salary per month)',
  },
  DEATH_BENEFIT: {
    nature: 'deduction',
    description: 'Supplementary death benefit (0.15 per 1,000 of coverage per month)',
  },
  UNION_DUES: { nature: 'deduction', description: 'Union dues per pay' },
} as const satisfies Record<string, { nature: LineNature; description: string }>;

export type LineCode = keyof typeof LINE_CODES;

/** Every code in documentation order: earnings first, then deductions. */
export const LINE_CODE_LIST = Object.keys(LINE_CODES) as [LineCode, ...LineCode[]];

export function lineNature(code: LineCode): LineNature {
  return LINE_CODES[code].nature;
}

export function isEarning(code: LineCode): boolean {
  return LINE_CODES[code].nature === 'earning';
}
