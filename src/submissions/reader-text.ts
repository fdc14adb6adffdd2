import en from '../http/dashboard/public/i18n/en.json';
import fr from '../http/dashboard/public/i18n/fr.json';

/**
 * What a volunteer reads outside the dashboard (the CLI's explain and validate, the API's
 * sentences), from the dashboard's own message catalogues, so each sentence is written once
 * per language. Money and dates are in the reader's locale (Intl, fr-CA or en-CA); money is
 * formatted from its decimal text, never through a JavaScript number.
 */
export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

type Key = keyof typeof en;
const CATALOGUES: Record<Lang, Record<string, string>> = { en, fr };
const LOCALE: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA' };

export function say(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  const text = CATALOGUES[lang][key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** A line code in words, e.g. REGULAR → "regular pay" / "rémunération régulière"; the code itself when unnamed. */
export function codeName(lang: Lang, code: string): string {
  return CATALOGUES[lang][`code.${code}`] ?? code;
}

/** Intl formats a decimal string exactly (Intl.NumberFormat v3); TypeScript's ES2022 lib types only numbers. */
type ExactFormat = (value: string) => string;

/** 3456.12 → "3,456.12" (en-CA) or "3 456,12" (fr-CA). */
export function amount(lang: Lang, text: string): string {
  const format = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (format.format as unknown as ExactFormat)(text);
}

/** 1234.56 → "$1,234.56" (en-CA) or "1 234,56 $" (fr-CA, with no-break spaces): the report's and the CSV's money. */
export function money(lang: Lang, text: string): string {
  return CURRENCY[lang](text);
}
/** Made once: a report formats every amount of every finding. */
const CURRENCY: Record<Lang, ExactFormat> = {
  en: currency('en'),
  fr: currency('fr'),
};
function currency(lang: Lang): ExactFormat {
  const format = new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'CAD' });
  return format.format.bind(format) as unknown as ExactFormat;
}

/** 2026-04-08 → "April 8, 2026" or "8 avril 2026" (a calendar day: no time zone shifts it). */
export function day(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** The reader's forms of a day and an amount, for the finding sentences a door shows a person (domain/checks/messages.ts). */
export function reading(lang: Lang): { lang: Lang; day(iso: string): string; money(text: string): string } {
  return { lang, day: (iso) => day(lang, iso), money: (text) => money(lang, text) };
}

/** A moment in UTC, so it reads the same wherever it is printed: "22 nov. 2026, 10 h 00 UTC" / "Nov 22, 2026, 10:00 a.m. UTC". */
export function moment(lang: Lang, iso: string): string {
  const f = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return `${f.format(new Date(iso))} UTC`;
}

/**
 * The reader's language for HTTP: `?lang=en|fr` when given, else the first of English or French
 * in Accept-Language (its order, ignoring weights of 0), else English.
 */
export function langOfRequest(query: unknown, acceptLanguage: string | undefined): Lang {
  if (query === 'fr' || query === 'en') return query;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    if (params.some((p) => /^q=0(\.0*)?$/.test(p.trim()))) continue;
    if (/^fr\b/.test(tag)) return 'fr';
    if (/^en\b/.test(tag)) return 'en';
  }
  return 'en';
}

/**
 * The reader's language for the CLI: `--lang en|fr` when given, else the locale
 * (LC_ALL, LC_MESSAGES, LANG: fr_CA.UTF-8 → fr), else English.
 */
export function langFrom(flag: string | undefined, env: NodeJS.ProcessEnv): Lang | undefined {
  if (flag !== undefined) return (LANGS as readonly string[]).includes(flag) ? (flag as Lang) : undefined;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^fr\b|^fr_/i.test(locale) ? 'fr' : 'en';
}
