import type { ConventionEntry } from './convention.types';
import { CONVENTION as C } from './ids';
import { SOURCE } from './sources';

export const DEDUCTION_ENTRIES: readonly ConventionEntry[] = [
  {
    id: C.pension,
    title: { en: 'Pension contributions per pay', fr: 'Cotisations de pension par paye' },
    area: 'deductions',
    rule: 'PSSA contributions on a period’s pensionable salary s (REGULAR + ACTING + LWOP) paid in year y: below-YMPE rate × min(s, YMPE/26.088) + above-YMPE rate × (min(s, cap/26.088) − YMPE/26.088 when positive), rounded to the cent. A run’s PENSION line = its own period’s contribution + the change for each corrected period + LWOP deficiency instalments.',
    status: 'unverified',
    sources: [
      {
        publisher: 'TBS',
        title: 'Contribution rates (members who started before / on or after January 1, 2013)',
        quote: 'Group 2 2026: 8.00% … 10.58%; Group 1 2025: 9.06% up to the YMPE … 11.64% above',
      },
    ],
    unverified: 'The rates are sourced; splitting them per biweekly pay at YMPE / 26.088 is not.',
    scenarios: [
      'xprov-01-gatineau-to-ottawa-qpp-to-cpp',
      'xprov-02-halifax-to-montreal-cpp-to-qpp',
      'xprov-03-edmonton-to-vancouver',
    ],
  },
  {
    id: C.pensionGroup1In2026,
    title: { en: '2026 group 1 pension rates as 2025', fr: 'Taux de pension 2026 du groupe 1 comme en 2025' },
    area: 'deductions',
    rule: '2026 PSSA group 1 contribution rates were not found: the 2025 rates (9.06 % / 11.64 %) are used.',
    status: 'unverified',
    sources: [],
    scenarios: [
      'act-06-lateral-acting-not-a-promotion',
      'lwop-03-parental-leave-six-months',
      'max-05-retro-paid-in-january-new-maximums',
    ],
  },
  {
    id: C.pensionGroup2In2025,
    title: { en: '2025 group 2 pension rates as 2026', fr: 'Taux de pension 2025 du groupe 2 comme en 2026' },
    area: 'deductions',
    rule: '2025 PSSA group 2 rates were not verified: the 2026 rates (8.00 % / 10.58 %) are used.',
    status: 'unverified',
    sources: [],
    scenarios: ['xprov-04-winnipeg-to-iqaluit-2025', 'prov-bc-01-high-earner-2025', 'prov-mb-01-high-earner-2025'],
  },
  {
    id: C.lwopPension,
    title: {
      en: 'Pension owed for the first three months of leave without pay',
      fr: "Pension due pour les trois premiers mois d'un congé non payé",
    },
    area: 'deductions',
    rule: 'Pension contributions stay owed, at the single rate, for the leave-without-pay days in the first three months of a leave (from its start to the day before the same date three months later). They are not taken from the pay of the period (there is no salary for those days): the period’s contribution owed, on its salary with those days counted, minus what its pay carried, is a deficiency, collected by pension.lwop-deficiency-instalments. Days after the first three months count for nothing (counting them depends on the employee’s election and the leave type, which scenarios do not carry). A leave entered late leaves the contribution already deducted for those days in place.',
    status: 'sourced',
    sources: [SOURCE.tbsPensionLeave],
    unverified: 'Supplementary death benefit deficiencies for the leave are not modelled.',
    scenarios: [
      'lwop-01-entered-after-pay-then-recovered',
      'lwop-04-parental-leave-entered-seven-weeks-late',
      'over-01-short-leave-recovered-next-pay',
    ],
  },
  {
    id: C.lwopInstalments,
    title: {
      en: 'Leave pension deficiency collected in instalments',
      fr: 'Arriérés de pension du congé prélevés par versements',
    },
    area: 'deductions',
    rule: 'A leave’s pension deficiency is collected in equal instalments, added to the PENSION line, over twice the leave’s length: n = ceiling(2 × its working days in the first three months / 10) pays, starting with the first run whose own period begins after the leave ends, that sees the leave and whose period pays something. Each instalment is (deficiency still owed) / (instalments left), rounded to the cent; a run that pays nothing is skipped. A deficiency left when pay stops is owed outside pay (the result’s notes).',
    status: 'sourced',
    sources: [SOURCE.pensionDeficiencies, SOURCE.pspcDeficiencyLetter],
    unverified:
      'The day the Pension Centre starts the plan is set by its letter; the reference starts it on the first pay after the leave. The lump-sum option (within 30 days of return) is not modelled.',
    scenarios: [
      'lwop-04-parental-leave-entered-seven-weeks-late',
      'allow-06-bilingual-bonus-stops-during-leave',
      'lwop-02-mid-period-entered-on-time',
    ],
  },
  {
    id: C.insurance,
    title: {
      en: 'Disability insurance and death benefit per pay',
      fr: 'Assurance-invalidité et prestation de décès par paye',
    },
    area: 'deductions',
    rule: 'Disability insurance (0.35 per 1,000 of insured salary a month, insured = annual salary × weekly hours / 37.5 rounded up to the next 250) and the supplementary death benefit (PSSA members: 0.15 per 1,000 of coverage a month, coverage = 2 × that salary rounded up to the next 1,000) are deducted on every run whose own period pays something, at the monthly premium × 12 / 26.088, rounded to the cent, on the substantive rate of the last employed day of that period. They are not corrected retroactively.',
    status: 'unverified',
    sources: [
      {
        publisher: 'TBS',
        title: 'Disability Insurance Plan; Supplementary Death Benefit',
        quote:
          '$0.35 for every $1,000 of insured salary … round their annual salary up to the next multiple of $250; twice … salary rounded up to the next highest multiple of $1000 … $0.15 a month per $1000',
      },
    ],
    unverified:
      'Rates and rounding are sourced; the monthly-to-biweekly factor 12 / 26.088 is not. The SDB reduction from age 66 is not modelled.',
    scenarios: [
      'xprov-01-gatineau-to-ottawa-qpp-to-cpp',
      'xprov-02-halifax-to-montreal-cpp-to-qpp',
      'xprov-03-edmonton-to-vancouver',
    ],
  },
  {
    id: C.retroTax,
    title: { en: 'Retroactive pay taxed as a bonus', fr: 'Paye rétroactive imposée comme une prime' },
    area: 'deductions',
    rule: 'The positive RETRO_ADJUSTMENT lines of a run are one retroactive payment taxed by T4127’s non-periodic (bonus) method; CPP and EI apply to it up to the maxima of the payday’s year. Negative RETRO_ADJUSTMENT lines lower the run’s periodic pay (floored at zero).',
    status: 'sourced',
    sources: [SOURCE.craRetro],
    scenarios: [
      'retro-01-pa-revision-signed-2026-effective-2025',
      'retro-02-revision-with-acting-and-overtime',
      'retro-03-as05-table-revision-same-year',
    ],
  },
  {
    id: C.cashBenefit,
    title: { en: 'Cash benefits insurable, non-cash not', fr: 'Avantages en espèces assurables, autres non' },
    area: 'deductions',
    rule: 'A taxable benefit paid in cash is taxable, pensionable and insurable, and is paid in net pay; a non-cash taxable benefit is taxable and pensionable but not insurable for EI, and is not in net pay. Every input says which (payproof calc: --cash-taxable-benefit, --non-cash-taxable-benefit).',
    status: 'sourced',
    sources: [SOURCE.craBenefitsChart],
    unverified: 'Scenarios carry no taxable benefit yet; the rule applies to calc and to the deductions input.',
    scenarios: [],
  },
  {
    id: C.bcReductionFloor,
    title: {
      en: 'British Columbia tax reduction never below zero',
      fr: 'Réduction d’impôt de la C.-B. jamais négative',
    },
    area: 'deductions',
    rule: 'British Columbia’s tax reduction S (T4127 ch. 4, step 5) is never below 0: T4127’s formula gives −0.01 just under its upper threshold.',
    status: 'unverified',
    sources: [],
    unverified: 'T4127 does not say whether S may be negative; the floor is the reference’s reading (issue 17).',
    scenarios: ['xprov-03-edmonton-to-vancouver', 'prov-bc-01-high-earner-2025', 'prov-bc-02-hire-2026'],
  },
];
