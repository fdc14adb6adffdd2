import { dec } from '../../money';
import { brackets, claimCodes, pensionPlan, premium } from './build';
import { PROVINCES_2026_01 } from './provinces-2026-01';
import { QUEBEC_2026 } from './quebec';
import type { Edition, FederalRules } from './t4127.types';

const LABEL = 'T4127 Jan 2026';
const lowestRate = dec('0.14');
const bpaMax = dec('16452');

/** T4127 Jan 2026 (122nd edition): table 8.1 p. 32 (R, thresholds, K), table 8.2 p. 33 (BPAF, CEA, LCF), table 8.9 p. 35. */
const federal: FederalRules = {
  brackets: brackets([
    ['0', '0.14', '0'],
    ['58523', '0.205', '3804'],
    ['117045', '0.26', '10241'],
    ['181440', '0.29', '15685'],
    ['258482', '0.33', '26024'],
  ]),
  lowestRate,
  bpa: { max: bpaMax, min: dec('14829'), phaseOutFrom: dec('181440'), phaseOutTo: dec('258482') },
  canadaEmploymentAmount: dec('1501'),
  claimCodes: claimCodes(lowestRate, bpaMax, dec('2833'), `${LABEL}, table 8.9 p. 35 (federal claim codes)`),
  quebecAbatement: dec('0.165'),
  lcf: { rate: dec('0.15'), max: dec('750') },
  citation: `${LABEL}, ch. 8, table 8.1 (federal)`,
};

export const T4127_2026_01: Edition = {
  id: 'T4127-2026-01',
  label: LABEL,
  effective: '2026-01-01',
  taxYear: 2026,
  federal,
  cpp: pensionPlan({
    plan: 'CPP',
    rate: '0.0595',
    baseRate: '0.0495',
    ympe: '74600',
    basicExemption: '3500',
    max: '4230.45',
    baseMax: '3519.45',
    yampe: '85000',
    rate2: '0.04',
    max2: '416.00',
    citation: `${LABEL}, ch. 6 (CPP, CPP2)`,
  }),
  // QPP 2026: 6.30% (base 5.30%); base maximum 5.30% × (74,600 − 3,500) = 3,768.30 (derived).
  qpp: pensionPlan({
    plan: 'QPP',
    rate: '0.063',
    baseRate: '0.053',
    ympe: '74600',
    basicExemption: '3500',
    max: '4479.30',
    baseMax: '3768.30',
    yampe: '85000',
    rate2: '0.04',
    max2: '416.00',
    citation: `${LABEL}, ch. 6 (QPP, QPP2; Revenu Québec)`,
  }),
  ei: premium('0.0163', '68900', '1123.07', `${LABEL}, ch. 7 (EI)`),
  eiQuebec: premium('0.0130', '68900', '895.70', `${LABEL}, ch. 7 (EI, Quebec rate)`),
  qpip: premium('0.0043', '103000', '442.90', `${LABEL}, ch. 4 (QPIP, K2Q; Revenu Québec)`),
  provinces: PROVINCES_2026_01,
  ontario: PROVINCES_2026_01.ON,
  quebec: QUEBEC_2026,
  nonPeriodic: {
    flatThreshold: dec('5000'),
    flatRate: dec('0.15'),
    flatRateQuebec: dec('0.10'),
    citation: `${LABEL}, ch. 4, non-periodic payments`,
  },
};
