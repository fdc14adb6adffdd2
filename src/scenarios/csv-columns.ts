/**
 * The columns of a scenario CSV file, in the order of the template, with what each holds.
 * test-payrolls/README.md documents the same list for volunteers; a test keeps them in step.
 */
export const CSV_COLUMNS = {
  scenario: 'the scenario id; every row of one scenario has the same id',
  record:
    'what the row is: scenario, employee, expected, or an HR event (hire, termination, rate revision, step increment, acting, overtime, leave without pay, allowance, transfer, td1 change, province change)',
  id: 'an id for the event (optional; rows of one rate revision share it)',
  title: 'scenario row: a short title',
  description: 'scenario row: what happened, in plain words; expected row: the line as printed on the stub',
  family: 'scenario row: the failure family (e.g. acting pay)',
  tags: 'scenario row: tags separated by |',
  conventions: 'scenario row: named conventions the scenario assumes, separated by |',
  first_payday: 'scenario row: the first payday to produce (a payday of the federal calendar)',
  last_payday: 'scenario row: the last payday to produce',
  employee_id: 'employee row: an id for the employee (not a real name or SIN)',
  province: 'employee row and province change: province or territory code (ON, QC, ...)',
  federal_claim_code: 'employee row and td1 change: federal TD1 claim code 0-10 or E',
  federal_claim_amount: 'employee row and td1 change: or the federal TD1 total claim amount',
  provincial_claim_code: 'employee row and td1 change: provincial TD1 claim code 0-10 or E',
  provincial_claim_amount: 'employee row and td1 change: or the provincial TD1 total claim amount',
  pension_group: 'employee row: PSSA-1 (joined before 2013), PSSA-2 (2013 or later) or none',
  weekly_hours: 'employee row: scheduled hours a week (37.5 is full time)',
  union_dues: 'employee row: union dues each pay',
  classification: 'employee, hire, acting and rate revision rows: group and level, e.g. AS-02',
  step: 'employee, hire, acting and rate revision rows: the step; step increment row: the new step',
  annual_rate:
    'employee, hire, acting and rate revision rows: an annual rate instead of (or with) classification and step',
  hire_date: 'employee row: first day of employment, when there is no hire row',
  department: 'employee, hire and transfer rows: the department',
  effective:
    'event rows: the day it takes effect (first day acting, on leave, of an allowance; the day overtime was worked)',
  end: 'acting, leave without pay and allowance: the last day (inclusive); termination: the last day paid',
  entered: 'event rows: the day it was entered into the pay system',
  signed: 'rate revision: the day the collective agreement was signed',
  applies_to: 'rate revision: the group or classification it applies to (AS, AS-02, or PA for all)',
  percent:
    'rate revision: an increase of every rate by this percent (or give classification, step and annual_rate rows)',
  hours: 'overtime: hours worked',
  day_type: 'overtime: workday, firstDayOfRest or secondDayOfRest',
  multiplier: 'overtime: or an explicit rate multiplier such as 1.5',
  allowance: 'allowance: which allowance (bilingualism)',
  amount: 'allowance: the annual amount (default 800.00); expected row: the amount on the stub',
  payday: 'expected row: the payday of the stub',
  line_code: 'expected row: the pay line code (REGULAR, ACTING, CPP, FEDERAL_TAX, ...)',
  period_start: 'expected row: the first day of the period the line is for, when it is an earlier period',
  period_end: 'expected row: the last day of that period',
  source: 'expected row: where the amount comes from (e.g. pay stub 2026-03-11)',
} as const;

export type CsvColumn = keyof typeof CSV_COLUMNS;
export const CSV_COLUMN_NAMES = Object.keys(CSV_COLUMNS) as CsvColumn[];
export const CSV_REQUIRED_COLUMNS: readonly CsvColumn[] = ['scenario', 'record'];

/** Columns whose values are amounts or decimals: a semicolon file may write them with a decimal comma. */
export const DECIMAL_COLUMNS: ReadonlySet<string> = new Set([
  'federal_claim_amount',
  'provincial_claim_amount',
  'weekly_hours',
  'union_dues',
  'annual_rate',
  'percent',
  'hours',
  'multiplier',
  'amount',
]);
