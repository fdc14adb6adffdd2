import en from '../http/dashboard/public/i18n/en.json';
import { codeName, day, moment, money, say, type Lang } from '../submissions/reader-text';
import { esc } from './html';

/**
 * The report's words in the reader's language (issue 19): every sentence from the dashboard's
 * message catalogues (`report.*` keys, the same words as the dashboard), money, dates and
 * numbers by Intl in the reader's locale (en-CA, fr-CA). Money is formatted from its decimal
 * text, never through a JavaScript number.
 */
export type { Lang } from '../submissions/reader-text';

const LOCALE: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA' };
type Key = Parameters<typeof say>[1];

export class ReportText {
  private readonly plural: Intl.PluralRules;

  constructor(readonly lang: Lang) {
    this.plural = new Intl.PluralRules(LOCALE[lang]);
  }

  t(key: Key, params: Record<string, string | number> = {}): string {
    return say(this.lang, key, params);
  }

  /**
   * A message as HTML: its words escaped, and some placeholders filled with HTML as it is (a name
   * kept as typed, marked translate="no"; a code; an English text marked lang="en").
   */
  html(key: Key, params: Record<string, string | number>, html: Record<string, string>): string {
    const marks = Object.fromEntries(Object.keys(html).map((name, k) => [name, `\u0001${k}\u0001`]));
    const text = esc(this.t(key, { ...params, ...marks }));
    return Object.keys(html).reduce((out, name, k) => out.split(`\u0001${k}\u0001`).join(html[name]), text);
  }

  /** "1 234,56 $" / "$1,234.56"; empty for no amount. */
  money(text: string | null | undefined): string {
    return text === null || text === undefined || text === '' ? '' : money(this.lang, text);
  }

  /** A calendar day: "8 avril 2026" / "April 8, 2026". */
  day(iso: string | null | undefined): string {
    return iso ? day(this.lang, iso) : '';
  }

  /** A moment, in UTC so the report reads the same wherever it is opened: "22 nov. 2026, 10 h 00 UTC". */
  moment(iso: string | null | undefined): string {
    return iso ? moment(this.lang, iso) : '';
  }

  number(n: number): string {
    return new Intl.NumberFormat(LOCALE[this.lang]).format(n);
  }

  /** "3 people" / "3 personnes" (count.* keys: one and other). */
  count(n: number, noun: 'scenario' | 'supplier' | 'occurrence' | 'person' | 'pay'): string {
    const form = this.plural.select(n) === 'one' ? 'one' : 'other';
    return this.t(`count.${noun}.${form}` as Key, { n: this.number(n) });
  }

  /** A sentence or a name as it starts a line: its first letter in capitals. */
  static capital(text: string): string {
    return text.charAt(0).toLocaleUpperCase() + text.slice(1);
  }

  /** A message whose key is made from a value (a family, a status), or `fallback` when the catalogues have none. */
  maybe(key: string, fallback: string): string {
    return key in en ? this.t(key as Key) : fallback;
  }

  /** A scenario family in words ("family.*" keys), or as it is. */
  family(name: string): string {
    return this.maybe(`family.${name}`, name);
  }

  /** A pay line code in words: "regular pay (REGULAR)". */
  line(code: string): string {
    const name = codeName(this.lang, code);
    return name === code ? code : `${name} (${code})`;
  }
}
