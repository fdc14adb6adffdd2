import { dec } from '../../money';
import { brackets, claimCodes, ontarioHealthPremium, pensionPlan, premium } from './build';
import type { Edition, FederalRules, OntarioRules } from './t4127.types';

const LABEL = 'T4127 Jan 2025';
const lowestRate = dec('0.15');
const bpaMax = dec('16129');

/**
 * Federal claim codes 2–10 are left out: the 2025 range width was not verified, so those codes
 * raise UNSUPPORTED and callers give the TD1 total as an explicit claim amount instead.
 */
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
  claimCodes: claimCodes(lowestRate, bpaMax, null, `${LABEL}, ch. 8, federal claim codes (0 and 1 only)`),
  quebecAbatement: dec('0.165'),
  citation: `${LABEL}, ch. 8, table 8.1 (federal)`,
};

const onLowest = dec('0.0505');
const onBpa = dec('12747');

/**
 * Ontario 2025 (T4127 Jan 2025, table 8.1): thresholds 52,886 / 105,775 (the 2026 ones are these
 * × 1.019), KP derived from them and checked in tests. Claim codes 2–10 not verified: left out.
 */
export const ONTARIO_2025: OntarioRules = {
  province: 'ON',
  brackets: brackets([
    ['0', '0.0505', '0'],
    ['52886', '0.0915', '2168'],
    ['105775', '0.1116', '4294'],
    ['150000', '0.1216', '5794'],
    ['220000', '0.1316', '7994'],
  ]),
  lowestRate: onLowest,
  bpa: onBpa,
  claimCodes: claimCodes(onLowest, onBpa, null, `${LABEL}, ch. 8, Ontario claim codes (0 and 1 only)`),
  surtax: { threshold1: dec('5710'), rate1: dec('0.20'), threshold2: dec('7307'), rate2: dec('0.36') },
  healthPremium: ontarioHealthPremium(),
  reduction: { basic: dec('294'), perDependant: dec('544') },
  citation: `${LABEL}, ch. 8, table 8.1 (Ontario)`,
};

/** Everything but federal income tax is the same in the January and July 2025 editions. */
export function edition2025(id: string, label: string, effective: string, federal: FederalRules): Edition {
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
    ontario: ONTARIO_2025,
    nonPeriodic: {
      flatThreshold: dec('5000'),
      flatRate: dec('0.15'),
      flatRateQuebec: dec('0.10'),
      citation: `${label}, ch. 4, non-periodic payments`,
    },
  };
}

export const T4127_2025_01: Edition = edition2025('T4127-2025-01', LABEL, '2025-01-01', FEDERAL_2025_JAN);
