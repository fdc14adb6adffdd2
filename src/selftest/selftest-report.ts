import type { Lang } from '../domain/checks/defects';
import type { ClassOutcome, SelftestReport } from './run-selftest';

/**
 * The selftest as the terminal prints it, in English or French (the JSON form carries both):
 * a summary line, then one line per class with what it showed.
 */
const T = {
  en: {
    head: (n: number, s: number, r: number) =>
      `payproof selftest: ${n} defect classes planted into the reference's own answers, over ${s} scenarios (${r} refused by the reference)`,
    totals: (d: number, o: number, n: number) =>
      `Detected: ${d} of ${n}. Shown as exactly one defect with the expected title: ${o} of ${n}.`,
    one: 'one defect, expected title',
    missed: 'not detected: no scenario of this set reveals it',
    split: (k: number) => `${k} defects (expected one)`,
    wrong: 'one defect, but not the expected one',
    expected: 'expected',
    shown: 'shown',
  },
  fr: {
    head: (n: number, s: number, r: number) =>
      `payproof selftest : ${n} catégories de défauts implantées dans les réponses de la référence, sur ${s} scénarios (${r} refusés par la référence)`,
    totals: (d: number, o: number, n: number) =>
      `Détectées : ${d} sur ${n}. Présentées comme un seul défaut au titre attendu : ${o} sur ${n}.`,
    one: 'un défaut, titre attendu',
    missed: 'non détectée : aucun scénario de cet ensemble ne la révèle',
    split: (k: number) => `${k} défauts (un seul attendu)`,
    wrong: 'un défaut, mais pas celui attendu',
    expected: 'attendu',
    shown: 'présenté',
  },
} as const;

function verdict(c: ClassOutcome, lang: Lang): string {
  const t = T[lang];
  if (c.one) return t.one;
  if (!c.detected) return t.missed;
  return c.shown.length > 1 ? t.split(c.shown.length) : t.wrong;
}

function classLines(c: ClassOutcome, k: number, lang: Lang): string[] {
  const t = T[lang];
  const lines = [
    `${k + 1}. [${c.family}] ${c.name[lang]}: ${verdict(c, lang)}`,
    `   ${t.expected}: ${c.expectedTitle[lang]}`,
  ];
  if (!c.one) for (const s of c.shown) lines.push(`   ${t.shown}: ${s.title[lang]} (${s.id})`);
  return lines;
}

export function selftestText(r: SelftestReport, lang: Lang): string {
  const t = T[lang];
  const n = r.classes.length;
  return [
    t.head(n, r.scenarios, r.refused.length),
    t.totals(r.classes.filter((c) => c.detected).length, r.classes.filter((c) => c.one).length, n),
    '',
    ...r.classes.flatMap((c, k) => classLines(c, k, lang)),
    '',
  ].join('\n');
}

/** Every class passed: detected, one defect, the expected title. */
export const selftestPassed = (r: SelftestReport) => r.classes.every((c) => c.one);
