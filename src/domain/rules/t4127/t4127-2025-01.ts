import { dec } from '../../money';
import { brackets, claimCodes, pensionPlan, premium } from './build';
import { ONTARIO_2025, PROVINCES_2025_01 } from './provinces-2025-01';
import { QUEBEC_2025 } from './quebec';
import type { Edition, FederalRules, ProvincialRules, T4127Province } from './t4127.types';

const LABEL = 'T4127 Jan 2025';
const lowestRate = dec('0.15');
const bpaMax = dec('16129');

/** Claim codes 2–10 are 2,778 wide above the BPAF (T4127 Jan 2025, ch. 2 p. 8 and table 8.9 p. 34). */
export const FEDERAL_CODE_WIDTH_2025 = dec('2778');

/** T4127 Jan 2025 (120th edition), table 8.1 p. 31 (R, thresholds, K), table 8.2 p. 32 (BPAF, CEA, LCF). */
export const FEDERAL_2025_JAN: FederalRules = {
  brackets: brackets([
    ['0', '0.15', '0'],
    ['57375', '0.205', '3156'],
    ['114750', '0.26', '9467'],
    ['177882', '0.29', '14803'],
    ['253414', '0.33', '24940'],
  ]),
  lowestRate,
  bpa: { max: bpaMax, min: dec('14538'), phaseOutFrom: dec('177882'), phaseOutTo: dec('253414') },
  canadaEmploymentAmount: dec('1471'),
  claimCodes: claimCodes(
    lowestRate,
    bpaMax,
    FEDERAL_CODE_WIDTH_2025,
    `${LABEL}, table 8.9 p. 34 (federal claim codes)`,
  ),
  quebecAbatement: dec('0.165'),
  lcf: { rate: dec('0.15'), max: dec('750') },
  citation: `${LABEL}, ch. 8, table 8.1 (federal)`,
};

/** CPP, EI, QPIP and Quebec are the same in the January and July 2025 editions; federal tax and some provinces change. */
export function edition2025(
  id: string,
  label: string,
  effective: string,
  tax: { federal: FederalRules; provinces: Readonly<Record<T4127Province, ProvincialRules>> },
): Edition {
  const { federal, provinces } = tax;
  return {
    id,
    label,
    effective,
    taxYear: 2025,
    federal,
    cpp: pensionPlan({
      plan: 'CPP',
      rate: '0.0595',
      baseRate: '0.0495',
      ympe: '71300',
      basicExemption: '3500',
      max: '4034.10',
      baseMax: '3356.10',
      yampe: '81200',
      rate2: '0.04',
      max2: '396.00',
      citation: `${label}, ch. 6 (CPP, CPP2)`,
    }),
    // QPP 2025: 6.40% (base 5.40%), maxima 6.40% and 5.40% of 67,800 (Revenu Québec 2025 rates).
    qpp: pensionPlan({
      plan: 'QPP',
      rate: '0.064',
      baseRate: '0.054',
      ympe: '71300',
      basicExemption: '3500',
      max: '4339.20',
      baseMax: '3661.20',
      yampe: '81200',
      rate2: '0.04',
      max2: '396.00',
      citation: `${label}, ch. 6 (QPP, QPP2; Revenu Québec)`,
    }),
    ei: premium('0.0164', '65700', '1077.48', `${label}, ch. 7 (EI)`),
    eiQuebec: premium('0.0131', '65700', '860.67', `${label}, ch. 7 (EI, Quebec rate)`),
    qpip: premium('0.00494', '98000', '484.12', `${label}, ch. 4 (QPIP, K2Q; Revenu Québec)`),
    provinces,
    ontario: ONTARIO_2025,
    quebec: QUEBEC_2025,
    nonPeriodic: {
      flatThreshold: dec('5000'),
      flatRate: dec('0.15'),
      flatRateQuebec: dec('0.10'),
      citation: `${label}, ch. 4, non-periodic payments`,
    },
  };
}

export const T4127_2025_01: Edition = edition2025('T4127-2025-01', LABEL, '2025-01-01', {
  federal: FEDERAL_2025_JAN,
  provinces: PROVINCES_2025_01,
});
