import type { CsvColumn } from './csv-columns';

/**
 * How each kind of CSV row maps to the JSON form of a scenario: [JSON field, CSV column].
 * Columns not listed for a row's kind must be empty on that row, so a value typed in the
 * wrong column is reported instead of silently ignored.
 */
export type FieldMap = ReadonlyArray<readonly [field: string, column: CsvColumn]>;

const POSITION: FieldMap = [
  ['classification', 'classification'],
  ['step', 'step'],
  ['annualRate', 'annual_rate'],
];
const CLAIMS: FieldMap = [
  ['federal.code', 'federal_claim_code'],
  ['federal.amount', 'federal_claim_amount'],
  ['provincial.code', 'provincial_claim_code'],
  ['provincial.amount', 'provincial_claim_amount'],
];

export const SCENARIO_FIELDS: FieldMap = [
  ['title', 'title'],
  ['description', 'description'],
  ['family', 'family'],
  ['tags', 'tags'],
  ['conventions', 'conventions'],
  ['payRuns.from', 'first_payday'],
  ['payRuns.to', 'last_payday'],
];

export const EMPLOYEE_FIELDS: FieldMap = [
  ['id', 'employee_id'],
  ['province', 'province'],
  ...CLAIMS.map(([f, c]) => [`td1.${f}`, c] as const),
  ['pensionGroup', 'pension_group'],
  ['weeklyHours', 'weekly_hours'],
  ['unionDues', 'union_dues'],
  ...POSITION,
  ['hireDate', 'hire_date'],
  ['department', 'department'],
];

export const EXPECTED_FIELDS: FieldMap = [
  ['payday', 'payday'],
  ['code', 'line_code'],
  ['forPeriod.start', 'period_start'],
  ['forPeriod.end', 'period_end'],
  ['amount', 'amount'],
  ['source', 'source'],
  ['description', 'description'],
];

const EVENT_BASE: FieldMap = [
  ['id', 'id'],
  ['entered', 'entered'],
];

/** Per event kind (the JSON `kind`), its fields. A rate revision's rate rows are merged separately. */
export const EVENT_FIELDS: Record<string, FieldMap> = {
  hire: [...EVENT_BASE, ['effective', 'effective'], ...POSITION, ['department', 'department']],
  termination: [...EVENT_BASE, ['lastDay', 'end']],
  rateRevision: [
    ...EVENT_BASE,
    ['effective', 'effective'],
    ['signed', 'signed'],
    ['appliesTo', 'applies_to'],
    ['percent', 'percent'],
    ...POSITION,
  ],
  stepIncrement: [...EVENT_BASE, ['effective', 'effective'], ['newStep', 'step']],
  acting: [...EVENT_BASE, ['start', 'effective'], ['end', 'end'], ...POSITION],
  overtime: [
    ...EVENT_BASE,
    ['date', 'effective'],
    ['hours', 'hours'],
    ['dayType', 'day_type'],
    ['multiplier', 'multiplier'],
  ],
  leaveWithoutPay: [...EVENT_BASE, ['start', 'effective'], ['end', 'end']],
  allowance: [
    ...EVENT_BASE,
    ['allowance', 'allowance'],
    ['start', 'effective'],
    ['end', 'end'],
    ['annualAmount', 'amount'],
  ],
  transfer: [...EVENT_BASE, ['effective', 'effective'], ['toDepartment', 'department']],
  td1Change: [...EVENT_BASE, ['effective', 'effective'], ...CLAIMS],
  provinceChange: [...EVENT_BASE, ['effective', 'effective'], ['province', 'province']],
};

/** Spellings a volunteer may use in the `record` column, folded: "Rate revision", "rate-revision", "rateRevision". */
const fold = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
const RECORD_NAMES = new Map<string, string>([
  ...Object.keys(EVENT_FIELDS).map((k) => [fold(k), k] as const),
  ['lwop', 'leaveWithoutPay'],
  ['scenario', 'scenario'],
  ['employee', 'employee'],
  ['expected', 'expected'],
]);

export const RECORD_CHOICES =
  'scenario, employee, expected, hire, termination, rate revision, step increment, acting, overtime, leave without pay, allowance, transfer, td1 change, province change';

/** The canonical record kind for what was typed, or undefined. */
export function recordKind(typed: string): string | undefined {
  return RECORD_NAMES.get(fold(typed));
}

/** Fields holding whole numbers in JSON (steps, claim codes other than E). */
export const INTEGER_FIELDS: ReadonlySet<string> = new Set([
  'step',
  'newStep',
  'td1.federal.code',
  'td1.provincial.code',
  'federal.code',
  'provincial.code',
]);
/** Fields holding lists, written in one cell separated by "|". */
export const LIST_FIELDS: ReadonlySet<string> = new Set(['tags', 'conventions']);
