import { Money } from '../money';

/**
 * Annual rates of pay of the Program and Administrative Services (PA) group, effective
 * June 21, 2024 and still in force in 2026 (no 2025 agreement was found).
 * Source: Treasury Board of Canada Secretariat, PA collective agreement (signed 2023,
 * expired June 20, 2025), Appendix A, "effective June 21, 2024" column (2.25% = 2% + 0.25%),
 * as transcribed in docs: public-service-pay.md, "Pay rates".
 *
 * Lives here until src/domain/rules holds effective-dated pay tables; scenarios use it to
 * check that a classification and step exist. Amounts are text: no JavaScript number holds money.
 */
export const PA_PAY_TABLE_CITATION = 'TBS, PA collective agreement (2021–2025), Appendix A, rates effective 2024-06-21';
export const PA_PAY_TABLE_EFFECTIVE = '2024-06-21';

const RATES: Readonly<Record<string, readonly string[]>> = {
  'AS-01': ['61786', '64135', '66572', '69106'],
  'AS-02': ['68849', '71464', '74180'],
  'AS-03': ['73798', '76599', '79511'],
  'AS-04': ['80612', '83675', '87108'],
  'AS-05': ['96235', '99892', '104044'],
  'AS-06': ['107193', '111267', '115642'],
  'AS-07': ['112834', '117128', '121573', '125225', '129017'],
  'CR-03': ['51642', '52996', '54350', '55707'],
  'CR-04': ['57217', '58738', '60255', '61761'],
  'CR-05': ['62533', '64250', '65986', '67699'],
};

/** PM levels share the AS rates of the same row (PM-06 is paid as AS-07). */
const ALIASES: Readonly<Record<string, string>> = {
  'PM-01': 'AS-01',
  'PM-02': 'AS-02',
  'PM-03': 'AS-03',
  'PM-04': 'AS-04',
  'PM-05': 'AS-05',
  'PM-06': 'AS-07',
};

/** Every classification in the table, in a stable order (AS, CR, then PM). */
export const PA_CLASSIFICATIONS: readonly string[] = [...Object.keys(RATES), ...Object.keys(ALIASES)];

function ratesOf(classification: string): readonly string[] | undefined {
  const key = Object.hasOwn(ALIASES, classification) ? ALIASES[classification] : classification;
  return Object.hasOwn(RATES, key) ? RATES[key] : undefined;
}

export function isPaClassification(classification: string): boolean {
  return ratesOf(classification) !== undefined;
}

/** The steps of a classification ([1, 2, 3] for AS-02), or undefined when it is not in the table. */
export function stepsFor(classification: string): number[] | undefined {
  return ratesOf(classification)?.map((_, i) => i + 1);
}

/** The annual rate of a classification and step, or undefined when the table has no such cell. */
export function annualRateFor(classification: string, step: number): Money | undefined {
  const rate = ratesOf(classification)?.[step - 1];
  return rate === undefined || !Number.isInteger(step) ? undefined : Money.of(rate);
}

/**
 * Whether a rate revision's `appliesTo` covers a classification: "PA" covers every
 * classification of this table, a group ("AS") covers its levels ("AS-01" …), and a
 * classification covers itself.
 */
export function appliesToClassification(appliesTo: string, classification: string): boolean {
  if (appliesTo === 'PA') return isPaClassification(classification);
  return classification === appliesTo || classification.startsWith(`${appliesTo}-`);
}
