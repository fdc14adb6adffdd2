import type { ConventionEntry } from './convention.types';
import { CONVENTION as C } from './ids';
import { SOURCE } from './sources';

export const CALENDAR_ENTRIES: readonly ConventionEntry[] = [
  {
    id: C.cadence,
    title: { en: 'Paydays every second Wednesday, pay in arrears', fr: 'Paye un mercredi sur deux, à terme échu' },
    area: 'calendar',
    rule: 'Paydays are scheduled every second Wednesday on the cadence of Wednesday 1992-01-15. A pay period runs Thursday to the second following Wednesday (14 days); pay is in arrears: the period paid on the scheduled payday S runs from S−27 to S−14.',
    status: 'sourced',
    sources: [SOURCE.tbsPayday, SOURCE.pspcHowPayWorks],
    scenarios: [
      'act-01-acting-entered-four-weeks-late',
      'act-02-acting-starts-mid-period',
      'act-03-acting-across-step-increment',
    ],
  },
  {
    id: C.holidayPayday,
    title: {
      en: 'A payday on a holiday is paid the business day before',
      fr: 'Une paye qui tombe un jour férié est versée le jour ouvrable précédent',
    },
    area: 'calendar',
    rule: 'A scheduled payday that falls on a designated paid holiday (held as data for 2024–2027) is paid on the business day before, and that is the payday: statements, the tax year and P follow it. The pay due Wednesday 2025-01-01 is made Tuesday 2024-12-31 (2024 income), so 2025 has 26 paydays; the pay due Canada Day 2026 is made Tuesday 2026-06-30. The period paid and the cut-off stay those of the scheduled Wednesday.',
    status: 'secondary',
    sources: [SOURCE.forumPayday, SOURCE.pspcHolidayPay],
    unverified:
      'PSPC’s own pay calendar was not found; the rule rests on public servants quoting it for 2024-12-31. That every holiday moves a payday the same way (2026-07-01 to 2026-06-30) is the reference’s extension of that one case.',
    scenarios: ['max-03-holiday-payday-2025', 'xprov-04-winnipeg-to-iqaluit-2025', 'prov-ab-01-high-earner-2025'],
  },
  {
    id: C.cutoff,
    title: {
      en: 'A pay run sees what was entered by its cut-off',
      fr: 'Une paye ne voit que ce qui est saisi avant sa date limite',
    },
    area: 'calendar',
    rule: 'A pay run sees the HR events entered on or before its cut-off: 7 days before its scheduled payday (the Wednesday a week before). An event entered later is seen from the next run. Every request carries each run’s cut-off, so a supplier never computes it.',
    status: 'unverified',
    sources: [],
    unverified: 'The Pay Centre’s real input deadline was not found in a public source.',
    scenarios: [
      'act-01-acting-entered-four-weeks-late',
      'act-04-acting-extended-late',
      'act-07-acting-outside-pa-annual-rate',
    ],
  },
  {
    id: C.workingDay,
    title: { en: 'Working days are Monday to Friday', fr: 'Les jours ouvrables vont du lundi au vendredi' },
    area: 'calendar',
    rule: 'A working day is any Monday to Friday. Statutory holidays are not removed (a full-time employee is paid for them), so every period has 10 working days, as the daily rate annual / 260.88 assumes.',
    status: 'sourced',
    sources: [SOURCE.pspcHolidayPay, SOURCE.pspcHowPayWorks],
    unverified: 'Part-time employees are paid a premium instead of holiday pay (PSPC); that premium is not modelled.',
    scenarios: [
      'act-01-acting-entered-four-weeks-late',
      'act-02-acting-starts-mid-period',
      'act-03-acting-across-step-increment',
    ],
  },
  {
    id: C.taxYear,
    title: {
      en: "Deductions belong to the payday's year; P = its paydays",
      fr: "Les retenues relèvent de l'année du jour de paye; P = ses jours de paye",
    },
    area: 'calendar',
    rule: 'Deductions belong to the calendar year of the payday (the day the pay is made), with the T4127 edition in force that day; P is the number of paydays in that year (26, or 27 in a 27-payday year).',
    status: 'sourced',
    sources: [SOURCE.t4127, SOURCE.forumPayday],
    scenarios: [
      'max-03-holiday-payday-2025',
      'act-01-acting-entered-four-weeks-late',
      'act-02-acting-starts-mid-period',
    ],
  },
  {
    id: C.history,
    title: { en: 'History and year to date from January', fr: 'Historique et cumul annuel depuis janvier' },
    area: 'calendar',
    rule: 'The reference works out every pay run from the first payday of the calendar year that holds the earlier of the first requested payday and the payday of the period holding the earliest date of any event. Runs before the first requested payday are history: worked out, not answered. Deductions and year-to-date amounts are worked out for every run from the first payday with a T4127 edition (2025-01-15 on); year-to-date amounts start at zero on the first payday of each calendar year. Each request carries the history runs and that first payday (history.payRuns, history.deductionsFrom).',
    status: 'unverified',
    sources: [],
    unverified:
      'A real payroll carries its own history; the scenario gives none, so the reference starts from nothing in January.',
    scenarios: [
      'act-01-acting-entered-four-weeks-late',
      'act-02-acting-starts-mid-period',
      'act-03-acting-across-step-increment',
    ],
  },
];
