import { PayproofError } from '../domain/errors';
import { fill, REFUSALS, type RefusalKey, type RefusalParams } from '../domain/refusals';
import fr from '../http/dashboard/public/i18n/fr.json';
import { day, type Lang } from './reader-text';

/** A refusal as it travels and is stored: its code and English sentence, with its key and parameters when known. */
export interface RefusalLike {
  message: string;
  say?: { key: string; params: RefusalParams };
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
  if (r.say && (KEYS as string[]).includes(r.say.key)) return { key: r.say.key as RefusalKey, params: r.say.params };
  for (const { key, re } of PATTERNS) {
    const m = re.exec(r.message);
    if (m) return { key, params: { ...m.groups } };
  }
  return undefined;
}

/** Parameters that are calendar days, written in the reader's locale ("8 avril 2026"). */
const DAYS = new Set(['payDate', 'effective', 'date']);

/** A refusal in the reader's language: French from the catalogue ("refusal.<key>"), else the English sentence as it came. */
export function refusalIn(lang: Lang, r: RefusalLike): string {
  if (lang === 'en') return r.message;
  // A door that names its flag first ("--pay-date: no T4127 edition …", calc.command.ts) keeps it.
  const flagged = /^(--[\w-]+): ([\s\S]*)$/.exec(r.message);
  if (flagged) {
    const inner = refusalIn(lang, { message: flagged[2], ...(r.say && { say: r.say }) });
    return inner === flagged[2] ? r.message : `${flagged[1]} : ${inner}`;
  }
  const known = refusalKeyOf(r);
  const template = known && FRENCH[`refusal.${known.key}`];
  if (!known || !template) return r.message;
  const params = Object.fromEntries(
    Object.entries(known.params).map(([k, v]) => [
      k,
      DAYS.has(k) && /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? day(lang, String(v)) : v,
    ]),
  );
  return fill(template, params);
}

/** A refusal for an API answer: its code, its English sentence and its French one (the dashboard shows the page's). */
export function refusalView(err: PayproofError): { code: string; message: string; messageFr: string } {
  return { code: err.code, message: err.message, messageFr: refusalIn('fr', err) };
}
