import { z } from 'zod';
import { PROVINCES } from '../reference/deductions/deductions.types';
import { classification, decimal, id, isoDate, money, oneOf, step, text } from './fields';
import { bilingual, found } from './messages';

/** JSON form of a TD1 claim: `{ "code": 1 }`, `{ "code": "E" }` or `{ "amount": "16452.00" }` (exactly one; cross-checks.ts). */
const CLAIM_CODES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 'E'] as const;
const claimCodeError = bilingual((iss) => ({
  en: `found ${found(iss.input).en}, expected a TD1 claim code: a whole number from 0 to 10, or "E" (exempt from tax)`,
  fr: `trouvé ${found(iss.input).fr}, attendu : un code de demande TD1, un nombre entier de 0 à 10, ou "E" (exempté d’impôt)`,
}));

export const claimJson = z
  .strictObject({
    code: z.literal(CLAIM_CODES, { error: claimCodeError }).optional(),
    amount: money().optional().meta({ description: 'An explicit total claim amount (TD1 line "Total claim amount").' }),
  })
  // minProperties/maxProperties say "exactly one" to JSON Schema readers; cross-checks.ts says it in words.
  .meta({
    id: 'Claim',
    description: 'A TD1 claim: either a claim code 0–10 or "E" (exempt), or an explicit amount; exactly one.',
    minProperties: 1,
    maxProperties: 1,
  });

export const provinceCode = () =>
  oneOf(PROVINCES, { en: 'a province or territory code', fr: 'un code de province ou de territoire' });

/**
 * Where a rate of pay comes from, as flat fields shared by the employee, hire and acting:
 * classification + step (a cell of the PA pay table), or annualRate (classification then
 * an optional label). Which combinations are allowed is checked in position-checks.ts.
 */
export const positionFields = {
  classification: classification().optional().meta({ description: 'Group and level, e.g. AS-02.' }),
  step: step().optional().meta({ description: 'Step in the PA pay table for the classification.' }),
  annualRate: money().optional().meta({ description: 'An explicit annual rate, instead of classification and step.' }),
};

export const PENSION_GROUPS = ['PSSA-1', 'PSSA-2', 'none'] as const;

export const employeeJson = z.strictObject({
  id: id(),
  province: provinceCode().meta({ description: 'Province or territory of employment (for tax).' }),
  td1: z.strictObject({ federal: claimJson, provincial: claimJson }),
  pensionGroup: oneOf(PENSION_GROUPS, { en: 'a pension group', fr: 'un groupe de pension' }).meta({
    description: 'PSSA-1: joined before 2013; PSSA-2: joined 2013 or later; none: not a contributor.',
  }),
  weeklyHours: decimal({ en: 'a number of hours', fr: 'un nombre d’heures' }, '37.5')
    .default('37.5')
    .meta({ description: 'Scheduled hours per week; 37.5 is full time.' }),
  unionDues: money().default('0.00').meta({ description: 'Union dues withheld each pay.' }),
  ...positionFields,
  hireDate: isoDate().optional().meta({ description: 'First day of employment, if not given by a hire event.' }),
  department: text(
    { en: 'a department', fr: 'un ministère' },
    { en: 'Employment and Social Development Canada', fr: 'Emploi et Développement social Canada' },
  ).optional(),
});

export type EmployeeJson = z.output<typeof employeeJson>;
export type ClaimJson = z.output<typeof claimJson>;
