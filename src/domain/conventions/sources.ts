import type { ConventionSource } from './convention.types';

/** Sources several rules rest on, quoted once (each found with the search tool, 2026-11). */
export const SOURCE = {
  tbsPayday: {
    publisher: 'TBS',
    title: 'Payday (archived pay administration text)',
    url: 'https://www.tbs-sct.gc.ca/pubs_pol/hrpubs/tbm_11a/pd-jppr-eng.asp',
    quote: 'the official payday is every second Wednesday commencing Wednesday, January 15, 1992',
  },
  pspcHowPayWorks: {
    publisher: 'PSPC',
    title: 'How public service pay works',
    url: 'https://www.canada.ca/en/public-services-procurement/services/pay-pension/pay-administration/access-update-pay-details/how-public-service-pay-works.html',
    quote:
      'Payday is every second Wednesday. Your pay is for work completed up to and including the end of the day 2 Wednesdays before. … divide your annual salary by 26.088',
  },
  tbsComputation: {
    publisher: 'TBS',
    title: 'Pay administration: Computation of entitlements',
    url: 'https://www.tbs-sct.canada.ca/pubs_pol/hrpubs/TBM_11A/1001-eng.asp',
    quote:
      'When an entitlement is authorized effective on a stated date (for example, April 1), remuneration will be paid for that day.',
  },
  pspcHolidayPay: {
    publisher: 'PSPC',
    title: 'Statutory holiday pay',
    url: 'https://www.tpsgc-pwgsc.gc.ca/remuneration-compensation/services-paye-pay-services/paye-information-pay/vie-life/vie-conge-life-leave/conge-paye-holiday-pay-eng.html',
    quote: 'If you are an indeterminate full-time worker, you are paid for all statutory holidays.',
  },
  pspcRepayment: {
    publisher: 'PSPC',
    title: 'Overpayments on your public service pay: Repay an overpayment',
    url: 'https://www.canada.ca/en/public-services-procurement/services/pay-pension/pay-administration/pay-issues/overpayments/repayment.html',
    quote:
      'The following types of overpayments will be recovered from first available funds, without an overpayment notice: Overpayments of less than 10% of an employee’s gross bi-weekly pay; Leave Without Pay (LWOP) of 5 consecutive days or less …',
  },
  pspcFlexible: {
    publisher: 'PSPC',
    title: 'Flexible recovery of overpayments, emergency salary advances and priority payments',
    url: 'https://www.canada.ca/en/public-services-procurement/services/pay-pension/pay-administration/pay-issues/flexible-recovery-overpayments-emergency-salary-advances-priority-payments.html',
    quote:
      'Only if the employee returns the acknowledgement letter … recoveries … will start when: all the employee’s outstanding transactions have been addressed; the employee has received 3 consecutive correct pay cheques; a recovery agreement has been established. If the acknowledgement letter is not returned … the recovery at the default rate will start immediately.',
  },
  pspcPayCentreRecovery: {
    publisher: 'PSPC',
    title: 'Public Service Pay Centre: Recovery of overpayments',
    url: 'http://www.tpsgc-pwgsc.gc.ca/remuneration-compensation/services-paye-pay-services/paye-centre-pay/roles-resp/recouvrement-trop-payes-recovery-of-overpayments-eng.html',
    quote:
      'If no claim of financial hardship is made the overpayment will be recovered from the first available funds.',
  },
  pspcOverpaymentTaxes: {
    publisher: 'PSPC',
    title: 'Overpayments and your income taxes',
    url: 'https://www.canada.ca/en/public-services-procurement/services/pay-pension/pay-administration/pay-issues/overpayments/taxes.html',
    quote:
      'If the overpayment is recorded in the pay system within 3 years of the payment date, the employee will only need to repay the net amount.',
  },
  tbsPensionLeave: {
    publisher: 'TBS',
    title: 'Taking a leave of absence – Pension',
    url: 'http://www.tbs-sct.gc.ca/psm-fpfm/pensions/active-actif/leave-conge-eng.asp',
    quote:
      'You continue to contribute to the pension plan for the first three months of your leave without pay. … the contribution rate for the first three months … is at single rate',
  },
  pensionDeficiencies: {
    publisher: 'TBS',
    title: 'Your Public Service Pension and Benefits: Taking a Leave of Absence (archived 2007)',
    url: 'https://bac-lac.wayback.archive-it.org/web/20071119160939/http:/pensionandbenefits.gc.ca/active-life_event-leave_of_absence-e.html',
    quote:
      'Ordinarily, contributions for periods of leave without pay are deducted from your salary, in equal installments, when you return to work. This is done over a period equal to twice the period of your absence.',
  },
  pspcDeficiencyLetter: {
    publisher: 'PSPC',
    title: 'Leave without pay to the employee – contribution deficiencies (Pay Centre letter)',
    url: 'https://www.tpsgc-pwgsc.gc.ca/remuneration-compensation/services-paye-pay-services/paye-centre-pay/roles-resp/sma-adm-312-eng.html',
    quote:
      'Salary deductions are calculated over a period equal to twice the period of pensionable LWOP. … Your payment plan has been established as follows and will commence on …',
  },
  tbsBilingualism: {
    publisher: 'TBS',
    title: 'Bilingualism bonus',
    url: 'https://www.canada.ca/en/treasury-board-secretariat/services/terms-conditions-employment/bilingualism-bonus.html',
    quote:
      'The bilingualism bonus is an annual payment of $800, calculated monthly and paid on the same basis as regular pay.',
  },
  esdcBilingualism: {
    publisher: 'ESDC',
    title: 'Bilingualism Bonus (employee pay page)',
    url: 'https://nginx2.cdn-rdc.service.canada.ca/eng/hr/comp/topics/benefits/bilingual-bonus.shtml',
    quote:
      'Eligible full-time employees must work a minimum of ten (10) days in a month to receive the bonus, while the bonus is paid on a pro rata basis calculated based on the number of hours worked for eligible part-time employees.',
  },
  craBenefitsChart: {
    publisher: 'CRA',
    title: 'Benefits and allowances chart',
    url: 'https://www.canada.ca/en/revenue-agency/services/tax/businesses/topics/payroll/benefits-allowances/benefits-allowances-chart.html',
    quote:
      'Cellular phone service and Internet services – in cash: deduct CPP yes, deduct EI yes; – non-cash: deduct CPP yes, deduct EI no',
  },
  craRetro: {
    publisher: 'CRA',
    title: 'Bonuses, retroactive pay increases, or irregular amounts',
    quote:
      'take the total remuneration for the year (including the bonus)…; CPP and EI on retroactive pay: do not deduct more than the maximum for the year',
  },
  t4127: {
    publisher: 'CRA',
    title: 'T4127 Payroll Deductions Formulas (122nd edition, January 2026), chapter 4',
    quote: 'P = the number of pay periods in the year',
  },
  forumPayday: {
    publisher: 'secondary',
    title: 'r/CanadaPublicServants, "2025 calendar: Jan 1st pay AND 27 pay days?" (October 2024)',
    url: 'https://redlib.privacytools.click/r/CanadaPublicServants/comments/1gdm9ld/2025_calendar_jan_1st_pay_and_27_pay_days',
    quote:
      'The pay centre calendar says that 31 December 2024 is a pay day. … you’re taxed on income in the year it is received.',
  },
} satisfies Record<string, ConventionSource>;
