import { type ErrorCode, PayproofError } from './errors';

/**
 * The reference's refusals (a pay date, province, claim or position it cannot pay), each a key and
 * its English sentence with {parameters}. The reference throws the English sentence, as before, and
 * carries the key and parameters with it (PayproofError.say), so each door renders the refusal in its
 * reader's language from the catalogues (i18n/fr.json "refusal.<key>"; src/submissions/refusal-text.ts).
 * A stored refusal keeps the English sentence: the same templates read its parameters back.
 */
export const REFUSALS = {
  'edition.before':
    'no T4127 edition covers pay date {payDate}: the first edition held is {first}, effective {effective}',
  'edition.year':
    'no T4127 edition covers pay date {payDate}: the latest edition held is {latest} for tax year {taxYear}',
  'payDate.format': 'payDate: expected a date as YYYY-MM-DD, found "{found}"',
  'claim.rangesFederal':
    'federal claim code {code} under {edition}: the claim-code ranges of this edition are not held; give the TD1 total claim amount instead',
  'claim.rangesProvincial':
    'provincial claim code {code} under {edition}: the claim-code ranges of this edition are not held; give the TD1 total claim amount instead',
  'amount.negative': '{field}: expected an amount of zero or more, found "{found}"',
  'whole.range': '{field}: expected a whole number from {min} to {max}, found {found}',
  'province.unknown': 'province: expected one of {known}, found "{found}"',
  'province.quebecNotHeld':
    "province QC under {edition}: Revenu Québec's TP-1015.F-V figures for {taxYear} are not held",
  'claim.code': '{field}: expected a claim code from 0 to 10 or E, found {found}',
  'retro.method': 'retro.method: expected "bonus" or "spread", found "{found}"',
  'quebec.claimCode':
    "Quebec claim code {code}: Revenu Québec's source-deduction codes are letters, not TD1 codes 2–10; give the TP-1015.3 total (line 10) as a claim amount instead",
  'quebec.labourFunds':
    'labourFundShares: in Quebec the FTQ (Q) and Fondaction (Q1) credits of TP-1015.F-V are per fund; the reference does not model them',
  'pension.rates': 'no {group} pension contribution rates are held for {year} (held: 2025, 2026)',
  'periodNumber.range': 'periodNumber: expected a whole number from 1 to {max}, found {found}',
  'position.none': '{scenario}: the employee has no position on {date}',
  'position.increment': '{event}: a step increment needs a classification and step, but the position is an annual rate',
  'classification.unknown': '{event}: {classification} is not in the pay table',
  'classification.step': '{event}: {classification} has no step {step} on {date}',
} as const;

export type RefusalKey = keyof typeof REFUSALS;
export type RefusalParams = Record<string, string | number>;

/** A template with its {parameters} filled in. */
export function fill(template: string, params: RefusalParams): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** The reference refuses: the English sentence as its message, the key and parameters for the doors. */
export function refuse(code: ErrorCode, key: RefusalKey, params: RefusalParams, details?: unknown): PayproofError {
  return new PayproofError(code, fill(REFUSALS[key], params), details, { say: { key, params } });
}
