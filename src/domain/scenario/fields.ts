import { z } from 'zod';
import { dateWords, nounWords as words, type Expectation, type Noun, textLeafWords } from './field-words';
import { bilingual, found, show, type Words } from './messages';

export type { Noun } from './field-words';

/**
 * The leaf fields of the JSON forms (scenario and statement), each with its own plain
 * message saying what was found and what was expected, in English and French. Money and hours
 * are TEXT in JSON ("50.00", "7.5"): a JSON number would be a binary float (DESIGN.md, "Money
 * is decimal").
 */
function patterned(re: RegExp, e: Expectation) {
  const error = bilingual((iss) => textLeafWords(e, iss.input));
  return z.string({ error }).regex(re, { error });
}

const dateError = bilingual((iss) => dateWords(iss.input));

/** A calendar date, 'YYYY-MM-DD' (2026-02-30 is refused). */
export const isoDate = () => z.iso.date({ error: dateError });

const MONEY_NOUN: Words = { en: 'an amount of money', fr: 'un montant' };

/** Zero or more dollars and cents: "50.00", "800", "0.5". */
export const MONEY_TEXT = /^\d+(\.\d{1,2})?$/;
export const money = () =>
  patterned(MONEY_TEXT, {
    noun: MONEY_NOUN,
    example: '50.00',
    hint: {
      en: 'digits with an optional "." and at most two decimals, e.g. 50.00',
      fr: 'des chiffres, un "." facultatif et au plus deux décimales, p. ex. 50.00',
    },
  });

/** Money that may be negative (pay lines: LWOP, recoveries, reversals): "-123.45". */
export const SIGNED_MONEY_TEXT = /^-?\d+(\.\d{1,2})?$/;
export const signedMoney = () =>
  patterned(SIGNED_MONEY_TEXT, {
    noun: MONEY_NOUN,
    example: '-12.34',
    hint: {
      en: 'digits with an optional leading "-", an optional "." and at most two decimals, e.g. 1234.56 or -12.34',
      fr: 'des chiffres, un "-" initial facultatif, un "." facultatif et au plus deux décimales, p. ex. 1234.56 ou -12.34',
    },
  });

/** A non-negative decimal number as text: hours "7.5", a percent "2.25", a multiplier "1.5". */
export const DECIMAL_TEXT = /^\d+(\.\d+)?$/;
export const decimal = (noun: Noun, example: string) =>
  patterned(DECIMAL_TEXT, {
    noun: words(noun),
    example,
    hint: {
      en: `digits with an optional "." and decimals, e.g. ${example}`,
      fr: `des chiffres, un "." facultatif et des décimales, p. ex. ${example}`,
    },
  });

/** A decimal that may be negative (hours on a reversal line): "-7.5". */
export const SIGNED_DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;
export const signedDecimal = (noun: Noun, example: string) =>
  patterned(SIGNED_DECIMAL_TEXT, {
    noun: words(noun),
    example,
    hint: {
      en: `digits with an optional leading "-", "." and decimals, e.g. ${example}`,
      fr: `des chiffres, un "-" initial facultatif, un "." et des décimales, p. ex. ${example}`,
    },
  });

/** Ids of scenarios, employees and events: safe in file names, URLs and CSV. */
export const ID_TEXT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const id = () =>
  patterned(ID_TEXT, {
    noun: { en: 'an id', fr: 'un identifiant' },
    example: 'e1',
    hint: {
      en: 'up to 64 letters, digits, ".", "_" or "-", starting with a letter or digit, e.g. e1',
      fr: 'au plus 64 lettres, chiffres, ".", "_" ou "-", commençant par une lettre ou un chiffre, p. ex. e1',
    },
  });

/** A classification: group and level, e.g. AS-02, CR-04, EC-05. */
export const CLASSIFICATION_TEXT = /^[A-Z]{2,3}-\d{2}$/;
export const classification = () =>
  patterned(CLASSIFICATION_TEXT, {
    noun: { en: 'a classification', fr: 'une classification' },
    example: 'AS-02',
    hint: {
      en: 'group letters, "-" and a two-digit level, e.g. AS-02',
      fr: 'les lettres du groupe, "-" et un niveau à deux chiffres, p. ex. AS-02',
    },
  });

/** Whom a rate revision covers: a group ("AS"), a classification ("AS-02"), or "PA" for the whole PA table. */
export const APPLIES_TO_TEXT = /^[A-Z]{2,3}(-\d{2})?$/;
export const appliesTo = () =>
  patterned(APPLIES_TO_TEXT, {
    noun: { en: 'a group or classification', fr: 'un groupe ou une classification' },
    example: 'AS',
    hint: {
      en: 'a group such as AS, a classification such as AS-02, or PA for every classification of the PA pay table',
      fr: 'un groupe comme AS, une classification comme AS-02, ou PA pour toutes les classifications de l’échelle de rémunération PA',
    },
  });

/** Free text that must not be blank (titles, sources, department names). */
export const text = (name: Noun, sample: Noun) => {
  const noun = words(name);
  const example = words(sample);
  const error = bilingual((iss) => {
    if (iss.input === undefined)
      return {
        en: `missing (expected ${noun.en}, e.g. "${example.en}")`,
        fr: `absent (attendu : ${noun.fr}, p. ex. "${example.fr}")`,
      };
    const f = found(iss.input);
    return {
      en: `found ${f.en}, expected ${noun.en}, e.g. "${example.en}"`,
      fr: `trouvé ${f.fr}, attendu : ${noun.fr}, p. ex. "${example.fr}"`,
    };
  });
  return z.string({ error }).regex(/\S/, { error });
};

/** A step in a pay scale: 1, 2, 3 … */
export const step = () => {
  const error = bilingual((iss) => {
    if (iss.input === undefined)
      return {
        en: 'missing (expected a step number, e.g. 2)',
        fr: 'absent (attendu : un numéro d’échelon, p. ex. 2)',
      };
    const f = found(iss.input);
    return {
      en: `found ${f.en}, expected a step number: a whole number from 1, e.g. 2`,
      fr: `trouvé ${f.fr}, attendu : un numéro d’échelon, un nombre entier à partir de 1, p. ex. 2`,
    };
  });
  return z.int({ error }).min(1, { error }).max(99, { error });
};

/** One of a fixed list of codes. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, name: Noun) {
  const noun = words(name);
  const list = values.join(', ');
  const error = bilingual((iss) => {
    if (iss.input === undefined)
      return {
        en: `missing (expected ${noun.en}: one of ${list})`,
        fr: `absent (attendu : ${noun.fr}, l’un de ${list})`,
      };
    if (typeof iss.input === 'string')
      return {
        en: `${show(iss.input)} is not ${noun.en} (expected one of ${list})`,
        fr: `${show(iss.input)} n’est pas ${noun.fr} (attendu : l’un de ${list})`,
      };
    const f = found(iss.input);
    return {
      en: `found ${f.en}, expected ${noun.en}: one of ${list}`,
      fr: `trouvé ${f.fr}, attendu : ${noun.fr}, l’un de ${list}`,
    };
  });
  return z.enum(values, { error });
}
