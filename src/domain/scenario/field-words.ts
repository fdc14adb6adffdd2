import { dateProblem } from '../calendar';
import { found, show, type Words } from './messages';

/*
 * The words of the leaf fields' messages (fields.ts): what was found, what was expected, in
 * English and French.
 */

/** A field's noun in both languages; a plain string (supplier-facing protocol fields) reads the same in both. */
export type Noun = Words | string;
export const nounWords = (noun: Noun): Words => (typeof noun === 'string' ? { en: noun, fr: noun } : noun);

export interface Expectation {
  noun: Words;
  example: string;
  /** Replaces "e.g. <example>" after "expected" when the format needs explaining. */
  hint?: Words;
}

/** "e.g." is "p. ex." in French (TERMIUM Plus, Le guide du rédacteur, abréviations). */
export function textLeafWords(e: Expectation, input: unknown): Words {
  if (input === undefined)
    return {
      en: `missing (expected ${e.noun.en}, e.g. ${e.example})`,
      fr: `absent (attendu : ${e.noun.fr}, p. ex. ${e.example})`,
    };
  if (typeof input !== 'string') {
    const f = found(input);
    return {
      en: `found ${f.en}, expected ${e.noun.en} written as text, e.g. "${e.example}"`,
      fr: `trouvé ${f.fr}, attendu : ${e.noun.fr} écrit comme texte, p. ex. "${e.example}"`,
    };
  }
  return {
    en: `${show(input)} is not ${e.noun.en} (expected ${e.hint?.en ?? `e.g. ${e.example}`})`,
    fr: `${show(input)} n’est pas ${e.noun.fr} (attendu : ${e.hint?.fr ?? `p. ex. ${e.example}`})`,
  };
}

/** Why a date field's value is not a date, in both languages: "2026-02-30" → February 2026 has only 28 days. */
export function dateWords(input: unknown): Words {
  const text = typeof input === 'string' ? input : undefined;
  if (text === undefined || dateProblem(text) === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return textLeafWords(
      {
        noun: { en: 'a date', fr: 'une date' },
        example: '2026-01-14',
        hint: { en: 'YYYY-MM-DD, e.g. 2026-01-14', fr: 'AAAA-MM-JJ, p. ex. 2026-01-14' },
      },
      input,
    );
  }
  return {
    en: `${show(text)} is not a date: ${dateProblem(text)}`,
    fr: `${show(text)} n’est pas une date : ${dateProblem(text, 'fr')}`,
  };
}
