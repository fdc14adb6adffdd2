import type { z } from 'zod';

/**
 * Plain-language validation messages, read by volunteers who upload their own pay history.
 * Every message is `path: what was found, and what was expected`, e.g.
 * `events[3].effective: 2026-02-30 is not a date: February 2026 has only 28 days`.
 * Zod's own English messages are never shown; leaves (dates, money, ids) bring their own
 * error function (fields.ts) and everything else goes through `baseErrorMap` below.
 */

/** Everything a person reads exists in English and French (the shape of defect titles, defect-words.ts). */
export type Lang = 'en' | 'fr';
export type Words = Record<Lang, string>;

/** A problem found by a check, before formatting: the English message, and the French one beside it. */
export interface Issue {
  path: readonly PropertyKey[];
  message: string;
  fr?: string;
}

/** An issue worded in both languages. */
export const issueAt = (path: readonly PropertyKey[], words: Words): Issue => ({
  path,
  message: words.en,
  fr: words.fr,
});

/**
 * An error map that words a problem in both languages. Zod keeps one message per issue, the
 * English (what vendors, exchange imports and the JSON Schema readers see, unchanged); the
 * French rides on the issue as `fr`: zod 4 copies the raw issue's own keys after calling the map
 * (zod/v4/core/util.js, finalizeIssue). tests/unit/i18n/validator-fr.spec.ts fails if an
 * upgrade drops it.
 */
export function bilingual(word: (iss: z.core.$ZodRawIssue) => Words | undefined): z.core.$ZodErrorMap {
  return (iss) => {
    const words = word(iss);
    if (words === undefined) return undefined;
    (iss as { fr?: string }).fr = words.fr;
    return words.en;
  };
}

const PLAIN = /^[\x21-\x7e]{1,40}$/;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A value as typed, quoted only when it has spaces or odd characters: 2026-02-30, "14 Jan 2026". */
export function show(value: string): string {
  if (PLAIN.test(value)) return value;
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** What was found, for "found …, expected …": `the number 50`, `the text "50"`, `a list`. */
export function describeFound(value: unknown): string {
  return found(value).en;
}

/** What was found, in both languages: `the number 50` / `le nombre 50`. */
export function found(value: unknown): Words {
  if (value === undefined) return { en: 'nothing', fr: 'rien' };
  if (value === null) return { en: 'null', fr: 'null' };
  if (typeof value === 'string') {
    if (value === '') return { en: 'empty text', fr: 'un texte vide' };
    const quoted = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    return { en: `the text ${quoted}`, fr: `le texte ${quoted}` };
  }
  if (typeof value === 'number') return { en: `the number ${value}`, fr: `le nombre ${value}` };
  if (typeof value === 'boolean') return { en: `the value ${value}`, fr: `la valeur ${value}` };
  if (Array.isArray(value)) return { en: 'a list', fr: 'une liste' };
  if (typeof value === 'object') return { en: 'an object', fr: 'un objet' };
  return { en: `a ${typeof value}`, fr: `un ${typeof value}` };
}

/** ['events', 3, 'effective'] → `events[3].effective`; the empty path is the root's name. */
export function formatPath(path: readonly PropertyKey[], root: string): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text === '' ? root : text;
}

const TYPE_NOUNS: Record<string, Words> = {
  object: { en: 'an object ({ … })', fr: 'un objet ({ … })' },
  array: { en: 'a list ([ … ])', fr: 'une liste ([ … ])' },
  string: { en: 'text', fr: 'du texte' },
  number: { en: 'a number', fr: 'un nombre' },
  int: { en: 'a whole number', fr: 'un nombre entier' },
  boolean: { en: 'true or false', fr: 'true ou false' },
};

function knownKeys(iss: z.core.$ZodRawIssue): Words {
  const shape = (iss.inst as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape
    ? { en: Object.keys(shape).join(', '), fr: Object.keys(shape).join(', ') }
    : { en: 'the documented fields', fr: 'les champs documentés' };
}

/** Messages for containers and anything a leaf did not word itself. */
export const baseErrorMap: z.core.$ZodErrorMap = bilingual((iss) => {
  switch (iss.code) {
    case 'invalid_type': {
      const noun = TYPE_NOUNS[iss.expected] ?? { en: iss.expected, fr: iss.expected };
      const f = found(iss.input);
      return iss.input === undefined
        ? { en: `missing (expected ${noun.en})`, fr: `absent (attendu : ${noun.fr})` }
        : { en: `found ${f.en}, expected ${noun.en}`, fr: `trouvé ${f.fr}, attendu : ${noun.fr}` };
    }
    case 'unrecognized_keys': {
      const keys = knownKeys(iss);
      return {
        en: `unexpected field (expected only: ${keys.en})`,
        fr: `champ inattendu (seuls ces champs sont attendus : ${keys.fr})`,
      };
    }
    case 'invalid_value': {
      const f = found(iss.input);
      const list = iss.values.map(String).join(', ');
      return { en: `found ${f.en}, expected one of ${list}`, fr: `trouvé ${f.fr}, attendu : l’un de ${list}` };
    }
    case 'too_small': {
      if (iss.origin !== 'array') return undefined;
      const n = String(iss.minimum);
      return {
        en: `found an empty list, expected at least ${n} item${iss.minimum === 1 ? '' : 's'}`,
        fr: `trouvé une liste vide, attendu : au moins ${n} élément${iss.minimum === 1 ? '' : 's'}`,
      };
    }
    default:
      return undefined;
  }
});

/** One issue's message in both languages (the English again when a message has no French). */
function wordsOf(issue: z.core.$ZodIssue | Issue): Words {
  const fr = (issue as { fr?: unknown }).fr;
  return { en: issue.message, fr: typeof fr === 'string' ? fr : issue.message };
}

/** Turns zod issues (and our own) into `path: message` lines, one per problem, in both languages. */
export function formatIssueWords(issues: readonly (z.core.$ZodIssue | Issue)[], root: string): Words[] {
  const lines: Words[] = [];
  const line = (path: readonly PropertyKey[], w: Words) => {
    const at = formatPath(path, root);
    lines.push({ en: `${at}: ${w.en}`, fr: `${at} : ${w.fr}` });
  };
  for (const issue of issues) {
    // One line per unexpected field, so the path names the field itself.
    if ('code' in issue && issue.code === 'unrecognized_keys')
      for (const key of issue.keys) line([...issue.path, key], wordsOf(issue));
    else line(issue.path, wordsOf(issue));
  }
  return lines;
}

/** Turns zod issues (and our own) into `path: message` lines, one per problem (English). */
export function formatIssues(issues: readonly (z.core.$ZodIssue | Issue)[], root: string): string[] {
  return formatIssueWords(issues, root).map((w) => w.en);
}
