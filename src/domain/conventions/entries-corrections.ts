import type { ConventionEntry } from './convention.types';
import { CONVENTION as C } from './ids';
import { SOURCE } from './sources';

export const CORRECTION_ENTRIES: readonly ConventionEntry[] = [
  {
    id: C.retro,
    title: { en: 'Corrections as per-period differences', fr: 'Rajustements rétroactifs par période' },
    area: 'corrections',
    rule: 'On each run, every earlier period gets: what is now due for it (the sum of its rounded lines, knowing the events entered by the run’s cut-off) minus what was paid for it so far. A positive difference is one RETRO_ADJUSTMENT line with forPeriod, in the first run whose cut-off sees the change; a negative one is an overpayment, settled by the recovery rules.',
    status: 'sourced',
    sources: [SOURCE.craRetro],
    unverified: 'The Lajoie “better of” recalculation for retroactive agreements is not modelled.',
    scenarios: [
      'act-01-acting-entered-four-weeks-late',
      'act-04-acting-extended-late',
      'act-07-acting-outside-pa-annual-rate',
    ],
  },
  {
    id: C.routine,
    title: {
      en: 'Routine overpayments recovered from the next pay',
      fr: 'Trop-payés courants recouvrés sur la paye suivante',
    },
    area: 'corrections',
    rule: 'An overpayment (every negative difference found by one run) is routine when it is less than 10 % of the employee’s gross biweekly pay, or when every event that caused it is a leave without pay of 5 consecutive working days or less. A routine overpayment is recovered from the first available funds: in the run that finds it, or the first later run whose own period pays something.',
    status: 'sourced',
    sources: [SOURCE.pspcRepayment],
    unverified:
      'Gross biweekly pay is taken as the substantive annual rate × weekly hours / 37.5 / 26.088 on the last day of the latest overpaid period; “5 consecutive days” is counted in working days; the whole amount is taken in that one pay.',
    scenarios: [
      'over-01-short-leave-recovered-next-pay',
      'over-02-prior-year-overpayment-net',
      'over-05-two-overpayments-quebec',
    ],
  },
  {
    id: C.notAcknowledged,
    title: {
      en: 'Overpayment notice not acknowledged: recovered at once',
      fr: 'Avis de trop-payé non reconnu : recouvrement immédiat',
    },
    area: 'corrections',
    rule: 'An overpayment that is not routine gets an overpayment notice. Unless the scenario says the employee acknowledged it (recovery.flexible-acknowledged), it is recovered at once from the first available funds, as a routine one is: the run that finds it, or the first later run whose own period pays something.',
    status: 'sourced',
    sources: [SOURCE.pspcFlexible, SOURCE.pspcPayCentreRecovery],
    unverified: 'The “default rate” of recovery is not published; the reference takes the whole amount in one pay.',
    scenarios: [
      'lwop-01-entered-after-pay-then-recovered',
      'lwop-04-parental-leave-entered-seven-weeks-late',
      'term-02-termination-entered-late-extra-pays',
    ],
  },
  {
    id: C.flexible,
    title: {
      en: 'Acknowledged notice: flexible recovery after 3 correct pays',
      fr: 'Avis reconnu : recouvrement souple après 3 payes exactes',
    },
    area: 'corrections',
    selectable: true,
    rule: 'Selected by a scenario that lists it (the employee acknowledged the notice and chose flexible repayment): an overpayment that is not routine waits until the employee has received 3 consecutive correct pays (the run that finds it and the next two), then is recovered in the next run whose own period pays something. If it changes while it waits, the amount recovered is the difference at the recovering run.',
    status: 'sourced',
    sources: [SOURCE.pspcFlexible],
    unverified:
      'The recovery agreement’s terms are the employee’s own; the reference recovers the whole amount in that one pay.',
    scenarios: ['over-03-overpayment-changes-before-recovery', 'over-04-seen-in-2025-recovered-in-2026'],
  },
  {
    id: C.priorYearNet,
    title: { en: 'Prior-year overpayments recovered net', fr: "Trop-payés d'une année antérieure recouvrés au net" },
    area: 'corrections',
    rule: 'A recovered overpayment of a period paid in the same calendar year as the recovering payday is a negative RETRO_ADJUSTMENT with forPeriod (it lowers that pay’s taxable, pensionable and insurable earnings). One paid in an earlier year is a RECOVERY deduction, one line per run, of the NET amount when the run’s cut-off is within 3 years of the payday that paid it: the gross minus the CPP, EI and income tax that pay withheld on it (its deductions worked out again without it) minus the pension contribution it carried that is not owed (pension.lwop-first-three-months). The prior-year statement is not reissued: the employer amends that year’s tax slip. Beyond 3 years, the gross amount.',
    status: 'sourced',
    sources: [SOURCE.pspcOverpaymentTaxes],
    unverified:
      'When the overpaid period was corrected more than once in its own year, the statutory part is worked out on the run that first paid it.',
    scenarios: ['over-02-prior-year-overpayment-net', 'over-04-seen-in-2025-recovered-in-2026'],
  },
];
