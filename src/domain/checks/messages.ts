import type { IsoDate, PayPeriod } from '../calendar';
import type { Money } from '../money';
import { isEarning, type LineCode } from '../scenario';
import type { Finding } from './finding.types';

/**
 * Plain-language finding messages, one sentence an auditor or a volunteer can read without
 * the codebook: "CPP on 2026-03-11: supplier withheld 129.29, reference 129.30 (0.01 less)".
 * The stored sentence (English) prints amounts as Money text (two decimals, no thousands
 * separator) and dates as ISO days, so they can be searched for and re-added exactly; line codes
 * stay codes. Each function takes the reader's language last, English by default (stored
 * findings, reports); a door that shows the sentence to a person passes a Reading, its locale's
 * way of writing a day and an amount ("28 janvier 2026", "1 234,56 $": reader-text.ts), which
 * this pure core cannot know.
 */
export type Lang = 'en' | 'fr';

/** A reader's language with its locale's forms of a calendar day and of an amount (Money text in, words out). */
export interface Reading {
  lang: Lang;
  day(iso: IsoDate): string;
  money(text: string): string;
}

/** A bare language: ISO days and plain decimals, as stored. */
const reading = (r: Lang | Reading): Reading =>
  typeof r === 'string' ? { lang: r, day: (d) => d, money: (t) => t } : r;

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

function label(code: LineCode, forPeriod: PayPeriod | undefined, payday: IsoDate, r: Reading): string {
  if (r.lang === 'fr') {
    const period = forPeriod ? ` pour la période du ${r.day(forPeriod.start)} au ${r.day(forPeriod.end)}` : '';
    return `${code}${period}, paye du ${r.day(payday)}`;
  }
  const period = forPeriod ? ` for ${r.day(forPeriod.start)} to ${r.day(forPeriod.end)}` : '';
  return `${code}${period} on ${r.day(payday)}`;
}

/** An amount in the reader's form. */
const m = (r: Reading, amount: Money): string => r.money(amount.toString());

/** "(0.01 less)", "(12.00 more)": the supplier's amount against the reference's. */
function gap(expected: Money, actual: Money, r: Reading): string {
  const d = actual.minus(expected);
  if (r.lang === 'fr') return `(${m(r, d.abs())} de ${d.isNegative() ? 'moins' : 'plus'})`;
  return `(${m(r, d.abs())} ${d.isNegative() ? 'less' : 'more'})`;
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

export function differentMessage(i: LineMessageInput, lang: Lang | Reading = 'en'): string {
  const r = reading(lang);
  const head = `${label(i.code, i.forPeriod, i.payday, r)}${colon(r.lang)}`;
  const tail = `${gap(i.expected, i.actual, r)}${summedNote(i.summed, r.lang)}`;
  if (r.lang === 'fr')
    return `${head}le fournisseur ${verb(i.code, r.lang)} ${m(r, i.actual)}, la référence ${m(r, i.expected)} ${tail}`;
  return `${head}supplier ${verb(i.code, r.lang)} ${m(r, i.actual)}, reference ${m(r, i.expected)} ${tail}`;
}

export function missingMessage(i: LineMessageInput, lang: Lang | Reading = 'en'): string {
  const r = reading(lang);
  const head = `${label(i.code, i.forPeriod, i.payday, r)}${colon(r.lang)}`;
  if (r.lang === 'fr')
    return `${head}le fournisseur n’a pas de ligne, la référence ${refVerb(i.code, r.lang)} ${m(r, i.expected)}${summedNote(i.summed, r.lang)}`;
  return `${head}supplier has no line, reference ${verb(i.code, r.lang)} ${m(r, i.expected)}${summedNote(i.summed, r.lang)}`;
}

export function unexpectedMessage(i: LineMessageInput, lang: Lang | Reading = 'en'): string {
  const r = reading(lang);
  const head = `${label(i.code, i.forPeriod, i.payday, r)}${colon(r.lang)}`;
  if (r.lang === 'fr')
    return `${head}le fournisseur ${verb(i.code, r.lang)} ${m(r, i.actual)}, la référence n’a pas de ligne${summedNote(i.summed, r.lang)}`;
  return `${head}supplier ${verb(i.code, r.lang)} ${m(r, i.actual)}, reference has no line${summedNote(i.summed, r.lang)}`;
}

/** "over-paid 10.00", "under-paid 10.00", "no effect on net pay" (trop-payé, moins-payé: TERMIUM Plus). */
export function harmWords(netEffect: Money, lang: Lang | Reading = 'en'): string {
  const r = reading(lang);
  if (r.lang === 'fr') {
    if (netEffect.isZero()) return 'aucun effet sur la paye nette';
    return `${netEffect.isPositive() ? 'trop-payé' : 'moins-payé'} de ${m(r, netEffect.abs())}`;
  }
  if (netEffect.isZero()) return 'no effect on net pay';
  return `${netEffect.isPositive() ? 'over' : 'under'}-paid ${m(r, netEffect.abs())}`;
}

export function grossMessage(payday: IsoDate, expected: Money, actual: Money, lang: Lang | Reading = 'en'): string {
  const r = reading(lang);
  const gapWords = gap(expected, actual, r);
  if (r.lang === 'fr')
    return `Paye brute du ${r.day(payday)} : ${m(r, actual)} chez le fournisseur, ${m(r, expected)} selon la référence ${gapWords}`;
  return `Gross on ${r.day(payday)}: supplier ${m(r, actual)}, reference ${m(r, expected)} ${gapWords}`;
}

export function netMessage(payday: IsoDate, expected: Money, actual: Money, lang: Lang | Reading = 'en'): string {
  const r = reading(lang);
  const harm = harmWords(actual.minus(expected), r);
  if (r.lang === 'fr')
    return `Paye nette du ${r.day(payday)} : le fournisseur a versé ${m(r, actual)}, la référence ${m(r, expected)} (${harm})`;
  return `Net on ${r.day(payday)}: supplier paid ${m(r, actual)}, reference ${m(r, expected)} (${harm})`;
}

export function missedPayMessage(payday: IsoDate, expectedNet: Money, lang: Lang | Reading = 'en'): string {
  const r = reading(lang);
  const harm = harmWords(expectedNet.negated(), r);
  if (r.lang === 'fr')
    return `Paye manquée le ${r.day(payday)} : le fournisseur n’a pas de relevé, la référence verse un net de ${m(r, expectedNet)} (${harm})`;
  return `Missed pay on ${r.day(payday)}: supplier has no statement, reference net ${m(r, expectedNet)} (${harm})`;
}

export function unexpectedPayMessage(payday: IsoDate, actualNet: Money, lang: Lang | Reading = 'en'): string {
  const r = reading(lang);
  const harm = harmWords(actualNet, r);
  if (r.lang === 'fr')
    return `Paye inattendue le ${r.day(payday)} : le fournisseur a versé un net de ${m(r, actualNet)}, la référence ne verse rien (${harm})`;
  return `Unexpected pay on ${r.day(payday)}: supplier paid net ${m(r, actualNet)}, reference has no pay (${harm})`;
}

/** What a finding's sentence is made from: its stored, structured fields. */
export type FindingFields = Pick<Finding, 'kind' | 'payday' | 'code' | 'forPeriod' | 'expected' | 'actual' | 'summed'>;

/**
 * A finding's sentence in the reader's language, made again from its structured fields (the
 * sentence stored with it is the English one): the same words the comparison wrote.
 */
export function findingMessage(f: FindingFields, lang: Lang | Reading): string {
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
  const line: LineMessageInput = {
    code: f.code as LineCode,
    ...(f.forPeriod && { forPeriod: f.forPeriod }),
    payday: f.payday,
    expected: f.expected,
    actual: f.actual,
    ...(f.summed && { summed: f.summed }),
  };
  if (f.kind === 'missing') return missingMessage(line, lang);
  return f.kind === 'unexpected' ? unexpectedMessage(line, lang) : differentMessage(line, lang);
}
