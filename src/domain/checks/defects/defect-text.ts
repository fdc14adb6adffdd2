import { isEarning, LINE_CODES, type LineCode } from '../../scenario';
import type { SignatureParts } from './defect.types';
import {
  CONDITION_WORDS,
  FAILURE_TITLES,
  INVARIANT_TITLES,
  LINE_NAMES,
  ROUNDING_WORDS,
  VERBS,
  type Lang,
  type Words,
} from './defect-words';

/**
 * A defect's plain-language title and its grouping information, in English and French, made
 * from its signature only (so the same signature always reads the same).
 */
const both = (f: (lang: Lang) => string): Words => ({ en: f('en'), fr: f('fr') });
const isLine = (s: string): s is LineCode => s in LINE_CODES;
const lower = (text: string, lang: Lang) =>
  lang === 'en' ? text.toLowerCase() : text.charAt(0).toLowerCase() + text.slice(1);
const name = (subject: string, lang: Lang) => (isLine(subject) ? LINE_NAMES[subject][lang] : subject);
/** French sets a space before a colon. */
const colon = (lang: Lang) => (lang === 'fr' ? ' : ' : ': ');

function lineTitle(p: SignatureParts, lang: Lang): string {
  const nature = isLine(p.subject) && !isEarning(p.subject) ? 'deduction' : 'earning';
  const verb = VERBS[nature][(p.direction as 'over' | 'under' | 'none' | undefined) ?? 'none'][lang];
  const size = p.size === 'rounding' ? ` ${ROUNDING_WORDS[lang]}` : '';
  const condition = p.condition ? ` ${CONDITION_WORDS[p.condition][lang]}` : '';
  return `${name(p.subject, lang)}${colon(lang)}${verb}${size}${condition}`;
}

const PAY_WORDS = {
  missed: { en: 'Pay missed', fr: 'Paye manquée' },
  made: { en: 'Pay made when none was due', fr: 'Paye versée alors qu’aucune n’était due' },
  taken: { en: 'Money taken back when no pay was due', fr: 'Somme reprise alors qu’aucune paye n’était due' },
} as const;

const TIMING = {
  late: { en: 'paid on a later payday than due', fr: 'versé à un jour de paye ultérieur' },
  early: { en: 'made on an earlier payday than due', fr: 'effectué à un jour de paye trop hâtif' },
} as const;

/** T4127 chapter 4: "P = the number of pay periods in the year" (parameter-roots.ts). */
function parameterTitle(p: SignatureParts, lang: Lang): string {
  const used = p.value?.used ?? '?';
  const due = p.value?.due ?? '?';
  return lang === 'en'
    ? `Deductions worked out on ${used} pay periods in the year instead of ${due} (CPP and income tax)`
    : `Retenues calculées sur ${used} périodes de paye dans l’année au lieu de ${due} (RPC et impôt sur le revenu)`;
}

function title(p: SignatureParts, lang: Lang): string {
  const condition = p.condition ? ` ${CONDITION_WORDS[p.condition][lang]}` : '';
  switch (p.kind) {
    case 'line':
      return lineTitle(p, lang);
    case 'rounding':
      return lang === 'en'
        ? 'Earning lines off by a cent or two (rounding)'
        : "Lignes de gains décalées d'un ou deux cents (arrondi)";
    case 'moved':
      return lang === 'en'
        ? `${name(p.subject, lang)} paid as ${lower(name(p.to ?? '', lang), lang)}`
        : `${name(p.subject, lang)} versé comme ${lower(name(p.to ?? '', lang), lang)}`;
    case 'timing':
      return `${name(p.subject, lang)}${colon(lang)}${TIMING[p.direction === 'early' ? 'early' : 'late'][lang]}${condition}`;
    case 'pay':
      return `${PAY_WORDS[p.subject === 'missed-pay' ? 'missed' : p.direction === 'under' ? 'taken' : 'made'][lang]}${condition}`;
    case 'total': {
      const what = p.subject === 'GROSS' ? { en: 'Gross', fr: 'La paye brute' } : { en: 'Net', fr: 'La paye nette' };
      return lang === 'en'
        ? `${what.en} pay wrong while its lines are right`
        : `${what.fr} est erronée alors que ses lignes sont exactes`;
    }
    case 'invariant': {
      const [check, code] = p.subject.split(':');
      const base = INVARIANT_TITLES[check]?.[lang] ?? check;
      return code ? `${base} (${code})` : base;
    }
    case 'failure':
      return FAILURE_TITLES[p.subject]?.[lang] ?? p.subject;
    case 'parameter':
      return parameterTitle(p, lang);
  }
}

export function defectTitle(p: SignatureParts): Words {
  return both((lang) => title(p, lang));
}

const PART_NAMES: Record<string, Words> = {
  kind: { en: 'Kind', fr: 'Genre' },
  subject: { en: 'Subject', fr: 'Objet' },
  direction: { en: 'Direction', fr: 'Sens' },
  size: { en: 'Size', fr: 'Ampleur' },
  to: { en: 'Paid as', fr: 'Versé comme' },
  condition: { en: 'Condition', fr: 'Condition' },
  value: { en: 'Pay periods in the year (used, due)', fr: 'Périodes de paye dans l’année (utilisées, dues)' },
};

/**
 * "Grouping information" (Sentry's "event grouping information"): the signature parts that made
 * these occurrences one defect, one line each, with the signature version.
 */
export function groupingInfo(p: SignatureParts, version: number): { en: string[]; fr: string[] } {
  const lines = (lang: Lang) => {
    const parts: [string, string | undefined][] = [
      ['kind', p.kind],
      ['subject', p.subject],
      ['direction', p.direction],
      ['size', p.size],
      ['to', p.to],
      ['condition', p.condition && `${p.condition} (${CONDITION_WORDS[p.condition][lang]})`],
      ['value', p.value && `${p.value.used}, ${p.value.due}`],
    ];
    return [
      lang === 'en' ? `Signature version ${version}` : `Version de la signature ${version}`,
      ...parts
        .filter((x): x is [string, string] => x[1] !== undefined)
        .map(([part, value]) => `${PART_NAMES[part][lang]}${colon(lang)}${value}`),
    ];
  };
  return { en: lines('en'), fr: lines('fr') };
}
