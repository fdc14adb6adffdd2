import type { ConventionEntry } from './convention.types';
import { CONVENTION as C } from './ids';
import { SOURCE } from './sources';

export const EARNINGS_ENTRIES: readonly ConventionEntry[] = [
  {
    id: C.proration,
    title: { en: 'Partial periods paid by working days', fr: 'Périodes partielles payées par jour ouvrable' },
    area: 'earnings',
    rule: 'A partial period (hire, termination, leave without pay, acting or an allowance from mid-period, a rate change mid-period) is paid by working days: each line is Σ over its working days of annual rate / 260.88 × weekly hours / 37.5, rounded half-up to the cent once per line per period. An entitlement effective on a date is paid for that day; one that ends on a date is paid up to that day (termination: its lastDay).',
    status: 'sourced',
    sources: [SOURCE.tbsComputation, SOURCE.pspcHowPayWorks],
    scenarios: [
      'act-01-acting-entered-four-weeks-late',
      'act-02-acting-starts-mid-period',
      'act-03-acting-across-step-increment',
    ],
  },
  {
    id: C.placement,
    title: { en: 'Acting paid as a promotion', fr: 'Intérim payé comme une promotion' },
    area: 'earnings',
    rule: 'Acting in a higher level is paid as a promotion: the lowest step of the acting level at least the substantive rate plus the acting level’s lowest increment (else its top step). No acting pay when the acting level’s top rate exceeds the substantive level’s top by less than that increment (4 % for a single-rate level).',
    status: 'sourced',
    sources: [
      {
        publisher: 'TBS',
        title: 'Promotion (Public Service Terms and Conditions of Employment Regulations, s. 24)',
        quote:
          'the rate of pay nearest the rate … received immediately before …, which gives an increase … at least equal to the lowest pay increment for the new position',
      },
    ],
    unverified: 'For a single-rate level the 4 % increase over the current rate is not checked.',
    scenarios: [
      'act-01-acting-entered-four-weeks-late',
      'act-02-acting-starts-mid-period',
      'act-03-acting-across-step-increment',
    ],
  },
  {
    id: C.qualifying,
    title: { en: 'Acting of at least 3 working days', fr: "Intérim d'au moins 3 jours ouvrables" },
    area: 'earnings',
    rule: 'An acting assignment shorter than 3 working days (start to end) pays nothing; one of 3 working days or more is paid from its first day.',
    status: 'secondary',
    sources: [
      {
        publisher: 'secondary',
        title: 'Federal collective agreement acting-pay clause (lawinsider sample)',
        quote:
          'for the required number of three (3) consecutive working days … paid … from the date on which he commenced to act',
      },
    ],
    unverified: 'The PA agreement’s own clause 64.07 text was not retrieved.',
    scenarios: [
      'act-01-acting-entered-four-weeks-late',
      'act-02-acting-starts-mid-period',
      'act-03-acting-across-step-increment',
    ],
  },
  {
    id: C.overtime,
    title: {
      en: 'Overtime multipliers at the rate of the position worked',
      fr: 'Heures supplémentaires au taux du poste occupé',
    },
    area: 'earnings',
    rule: 'Overtime is paid at the hourly rate of the position worked that day (annual / 1956.6): per date, workday and first-day-of-rest hours are added up, the first 7.5 at 1.5 and the rest at 2.0; second-day-of-rest hours at 2.0; an explicit multiplier as given.',
    status: 'unverified',
    sources: [SOURCE.pspcHowPayWorks],
    unverified: 'The PA agreement’s overtime article text was not found; only the hourly rate base is sourced.',
    scenarios: [
      'allow-01-overtime-on-day-of-rest-while-acting',
      'allow-04-overtime-split-entries-one-workday',
      'allow-05-second-day-of-rest-and-explicit-multiplier',
    ],
  },
  {
    id: C.bilingualism,
    title: { en: 'Bilingualism bonus earned by the month', fr: 'Prime au bilinguisme acquise par mois' },
    area: 'earnings',
    rule: 'The bilingualism bonus (800 a year) is earned by calendar month. A full-time employee who works at least 10 days of a month with the bonus in force (employed, not on leave without pay) earns the whole month: every working day of that month on which they are employed is paid at annual amount / 260.88; a month with fewer than 10 such days pays nothing. A part-time employee above one third of full time is paid pro rata, for each day worked with the bonus, at annual amount / 260.88 × weekly hours / 37.5; at one third or less, nothing.',
    status: 'sourced',
    sources: [SOURCE.tbsBilingualism, SOURCE.esdcBilingualism],
    unverified:
      'How a month’s bonus is split between biweekly pays (here by its working days, as regular pay) is not published.',
    scenarios: [
      'allow-02-bilingual-bonus-starts-mid-period',
      'allow-06-bilingual-bonus-stops-during-leave',
      'late-03-bilingual-bonus-entered-late',
    ],
  },
];
