import type { IsoDate, PayPeriod } from '../calendar';
import type { Money } from '../money';
import { isEarning, type LineCode } from '../scenario';
import type { Finding } from './finding.types';

/**
 * Plain-language finding messages, one sentence an auditor or a volunteer can read without
 * the codebook: "CPP on 2026-03-11: supplier withheld 129.29, reference 129.30 (0.01 less)".
 * Amounts print as Money text (two decimals, no thousands separator) and dates as ISO days in
 * both languages, so they can be searched for and re-added exactly; line codes stay codes. Each
 * function takes the reader's language last, English by default (stored findings, reports).
 */
export type Lang = 'en' | 'fr';

export interface LineMessageInput {
  code: LineCode;
  forPeriod?: PayPeriod;
  payday: IsoDate;
  expected: Money;
  actual: Money;
  summed?: { expected: number; actual: number };
}

/** French sets a space before a colon. */
const colon = (lang: Lang) => (lang === 'fr' ? ' : ' : ': ');

function label(code: LineCode, forPeriod: PayPeriod | undefined, payday: IsoDate, lang: Lang): string {
  if (lang === 'fr') {
    const period = forPeriod ? ` pour la période du ${forPeriod.start} au ${forPeriod.end}` : '';
    return `${code}${period}, paye du ${payday}`;
  }
  const period = forPeriod ? ` for ${forPeriod.start} to ${forPeriod.end}` : '';
  return `${code}${period} on ${payday}`;
}

/** "(0.01 less)", "(12.00 more)": the supplier's amount against the reference's. */
function gap(expected: Money, actual: Money, lang: Lang): string {
  const d = actual.minus(expected);
  if (lang === 'fr') return `(${d.abs()} de ${d.isNegative() ? 'moins' : 'plus'})`;
  return `(${d.abs()} ${d.isNegative() ? 'less' : 'more'})`;
}

/** Earnings are paid, deductions withheld (statement-codes.ts). */
const VERB = {
  en: { earning: 'paid', deduction: 'withheld' },
  fr: { earning: 'a versé', deduction: 'a retenu' },
} as const;
const verb = (code: LineCode, lang: Lang): string => VERB[lang][isEarning(code) ? 'earning' : 'deduction'];
/** The reference's verb without the auxiliary ("la référence : 129.30"). */
const refVerb = (code: LineCode, lang: Lang): string =>
  lang === 'fr' ? (isEarning(code) ? 'verse' : 'retient') : verb(code, lang);

function summedNote(s: LineMessageInput['summed'], lang: Lang): string {
  if (!s) return '';
  if (lang === 'fr') {
    const n = (k: number) => `${k} ligne${k > 1 ? 's' : ''}`;
    return `; le fournisseur a envoyé ${n(s.actual)}, la référence ${n(s.expected)} sous ce code et cette période, comparées en sommes`;
  }
  const n = (k: number) => `${k} line${k === 1 ? '' : 's'}`;
  return `; supplier sent ${n(s.actual)}, reference ${n(s.expected)} under this code and period, compared as sums`;
}

export function differentMessage(i: LineMessageInput, lang: Lang = 'en'): string {
  const head = `${label(i.code, i.forPeriod, i.payday, lang)}${colon(lang)}`;
  const tail = `${gap(i.expected, i.actual, lang)}${summedNote(i.summed, lang)}`;
  if (lang === 'fr')
    return `${head}le fournisseur ${verb(i.code, lang)} ${i.actual}, la référence ${i.expected} ${tail}`;
  return `${head}supplier ${verb(i.code, lang)} ${i.actual}, reference ${i.expected} ${tail}`;
}

export function missingMessage(i: LineMessageInput, lang: Lang = 'en'): string {
  const head = `${label(i.code, i.forPeriod, i.payday, lang)}${colon(lang)}`;
  if (lang === 'fr')
    return `${head}le fournisseur n’a pas de ligne, la référence ${refVerb(i.code, lang)} ${i.expected}${summedNote(i.summed, lang)}`;
  return `${head}supplier has no line, reference ${verb(i.code, lang)} ${i.expected}${summedNote(i.summed, lang)}`;
}

export function unexpectedMessage(i: LineMessageInput, lang: Lang = 'en'): string {
  const head = `${label(i.code, i.forPeriod, i.payday, lang)}${colon(lang)}`;
  if (lang === 'fr')
    return `${head}le fournisseur ${verb(i.code, lang)} ${i.actual}, la référence n’a pas de ligne${summedNote(i.summed, lang)}`;
  return `${head}supplier ${verb(i.code, lang)} ${i.actual}, reference has no line${summedNote(i.summed, lang)}`;
}

/** "over-paid 10.00", "under-paid 10.00", "no effect on net pay" (trop-payé, moins-payé: TERMIUM Plus). */
export function harmWords(netEffect: Money, lang: Lang = 'en'): string {
  if (lang === 'fr') {
    if (netEffect.isZero()) return 'aucun effet sur la paye nette';
    return `${netEffect.isPositive() ? 'trop-payé' : 'moins-payé'} de ${netEffect.abs()}`;
  }
  if (netEffect.isZero()) return 'no effect on net pay';
  return `${netEffect.isPositive() ? 'over' : 'under'}-paid ${netEffect.abs()}`;
}

export function grossMessage(payday: IsoDate, expected: Money, actual: Money, lang: Lang = 'en'): string {
  if (lang === 'fr')
    return `Paye brute du ${payday} : ${actual} chez le fournisseur, ${expected} selon la référence ${gap(expected, actual, lang)}`;
  return `Gross on ${payday}: supplier ${actual}, reference ${expected} ${gap(expected, actual, lang)}`;
}

export function netMessage(payday: IsoDate, expected: Money, actual: Money, lang: Lang = 'en'): string {
  const harm = harmWords(actual.minus(expected), lang);
  if (lang === 'fr')
    return `Paye nette du ${payday} : le fournisseur a versé ${actual}, la référence ${expected} (${harm})`;
  return `Net on ${payday}: supplier paid ${actual}, reference ${expected} (${harm})`;
}

export function missedPayMessage(payday: IsoDate, expectedNet: Money, lang: Lang = 'en'): string {
  const harm = harmWords(expectedNet.negated(), lang);
  if (lang === 'fr')
    return `Paye manquée le ${payday} : le fournisseur n’a pas de relevé, la référence verse un net de ${expectedNet} (${harm})`;
  return `Missed pay on ${payday}: supplier has no statement, reference net ${expectedNet} (${harm})`;
}

export function unexpectedPayMessage(payday: IsoDate, actualNet: Money, lang: Lang = 'en'): string {
  const harm = harmWords(actualNet, lang);
  if (lang === 'fr')
    return `Paye inattendue le ${payday} : le fournisseur a versé un net de ${actualNet}, la référence ne verse rien (${harm})`;
  return `Unexpected pay on ${payday}: supplier paid net ${actualNet}, reference has no pay (${harm})`;
}

/** What a finding's sentence is made from: its stored, structured fields. */
export type FindingFields = Pick<Finding, 'kind' | 'payday' | 'code' | 'forPeriod' | 'expected' | 'actual' | 'summed'>;

/**
 * A finding's sentence in the reader's language, made again from its structured fields (the
 * sentence stored with it is the English one): the same words the comparison wrote.
 */
export function findingMessage(f: FindingFields, lang: Lang): string {
  switch (f.kind) {
    case 'gross':
      return grossMessage(f.payday, f.expected, f.actual, lang);
    case 'net':
      return netMessage(f.payday, f.expected, f.actual, lang);
    case 'missed-pay':
      return missedPayMessage(f.payday, f.expected, lang);
    case 'unexpected-pay':
      return unexpectedPayMessage(f.payday, f.actual, lang);
  }
  const m: LineMessageInput = {
    code: f.code as LineCode,
    ...(f.forPeriod && { forPeriod: f.forPeriod }),
    payday: f.payday,
    expected: f.expected,
    actual: f.actual,
    ...(f.summed && { summed: f.summed }),
  };
  if (f.kind === 'missing') return missingMessage(m, lang);
  return f.kind === 'unexpected' ? unexpectedMessage(m, lang) : differentMessage(m, lang);
}
