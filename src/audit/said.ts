import en from '../http/dashboard/public/i18n/en.json';
import { say } from '../submissions/reader-text';

/**
 * A sentence of the audit services in both languages (issue 19): English as it has always been
 * stored and printed, and French, from the catalogues' "audit.*" keys, so the CLI and the API
 * print the reader's. A parameter may itself be said in both languages.
 */
export interface Said {
  en: string;
  fr: string;
}

type Param = string | number | Said;

export function said(key: keyof typeof en, params: Record<string, Param> = {}): Said {
  const pick = (lang: 'en' | 'fr') =>
    Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v] as const),
    ) as Record<string, string | number>;
  return { en: say('en', key, pick('en')), fr: say('fr', key, pick('fr')) };
}
