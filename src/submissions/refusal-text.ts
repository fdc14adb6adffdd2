import { type ErrorCode, PayproofError, type SaidParam } from '../domain/errors';
import { fill, REFUSALS, type RefusalKey, type RefusalParams } from '../domain/refusals';
import type en from '../http/dashboard/public/i18n/en.json';
import fr from '../http/dashboard/public/i18n/fr.json';
import { day, say, type Lang } from './reader-text';

/** A refusal as it travels and is stored: its code and English sentence, with its key and parameters when known. */
export interface RefusalLike {
  message: string;
  say?: { key: string; params: Record<string, SaidParam> };
}

/** A catalogue key of a service's error ("error.*"). */
type ErrorKey = Extract<keyof typeof en, `error.${string}`>;

/** The parameters in one language: words said in both languages give that language's. */
function paramsIn(lang: Lang, params: Record<string, SaidParam>): RefusalParams {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v]));
}

/**
 * A service's error (issue 19): the English sentence from the catalogue as its message, as the
 * services have always said it, and its key and parameters, so each door says it in its reader's
 * language the way it says the reference's refusals (refusalIn). Codes and behaviour are the caller's.
 */
export function saidError(
  code: ErrorCode,
  key: ErrorKey,
  params: Record<string, SaidParam> = {},
  details?: unknown,
): PayproofError {
  return new PayproofError(code, say('en', key, paramsIn('en', params)), details, { say: { key, params } });
}

const FRENCH = fr as Record<string, string>;
const KEYS = Object.keys(REFUSALS) as RefusalKey[];

/** A template as a pattern that reads its parameters back from the sentence it made. */
function pattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^${escaped.replace(/\\?\{(\w+)\\?\}|\{(\w+)\}/g, (_, a: string, b: string) => `(?<${a ?? b}>.*?)`)}$`,
  );
}
const PATTERNS = KEYS.map((key) => ({ key, re: pattern(REFUSALS[key]) }));

/** The key and parameters of an English refusal (a stored one keeps only its sentence); undefined for any other message. */
export function refusalKeyOf(r: RefusalLike): { key: RefusalKey; params: RefusalParams } | undefined {
  if (r.say && (KEYS as string[]).includes(r.say.key))
    return { key: r.say.key as RefusalKey, params: paramsIn('en', r.say.params) };
  for (const { key, re } of PATTERNS) {
    const m = re.exec(r.message);
    if (m) return { key, params: { ...m.groups } };
  }
  return undefined;
}

/** Parameters that are calendar days, written in the reader's locale ("8 avril 2026"). */
const DAYS = new Set(['payDate', 'effective', 'date']);

const days = (lang: Lang, params: RefusalParams): RefusalParams =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      DAYS.has(k) && /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? day(lang, String(v)) : v,
    ]),
  );

/** A refusal in the reader's language: French from the catalogue ("refusal.<key>"), else the English sentence as it came. */
export function refusalIn(lang: Lang, r: RefusalLike): string {
  if (lang === 'en') return r.message;
  // A door that names its flag first ("--pay-date: no T4127 edition …", calc.command.ts) keeps it.
  const flagged = /^(--[\w-]+): ([\s\S]*)$/.exec(r.message);
  if (flagged) {
    const inner = refusalIn(lang, { message: flagged[2], ...(r.say && { say: r.say }) });
    return inner === flagged[2] ? r.message : `${flagged[1]} : ${inner}`;
  }
  // A service's error: its own catalogue key.
  if (r.say && !(KEYS as string[]).includes(r.say.key)) {
    const template = FRENCH[r.say.key];
    return template ? fill(template, days(lang, paramsIn(lang, r.say.params))) : r.message;
  }
  const known = refusalKeyOf(r);
  const template = known && FRENCH[`refusal.${known.key}`];
  if (!known || !template) return r.message;
  return fill(template, days(lang, known.params));
}

/** A refusal for an API answer: its code, its English sentence and its French one (the dashboard shows the page's). */
export function refusalView(err: PayproofError): { code: string; message: string; messageFr: string } {
  return { code: err.code, message: err.message, messageFr: refusalIn('fr', err) };
}
