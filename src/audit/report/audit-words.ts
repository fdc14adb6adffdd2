import type { SealedPart } from '../seal/seal.service';

export type ReportLang = 'en' | 'fr';

/** A number as the reader writes it: a decimal comma in French. */
export function num(lang: ReportLang, v: string | number): string {
  return lang === 'fr' ? String(v).replace('.', ',') : String(v);
}

type Supplier = SealedPart['suppliers'][string];

/** The sentences of the reports' audit lines (src/audit/report/audit-report.ts), in English and French. */
export const AUDIT_WORDS = {
  en: {
    heading: 'Audit: rulings and the sealed part',
    hint: 'What is hashed and how a ruling applies: docs/auditing.md.',
    explained: (list: string) => `Findings explained by auditors' rulings: ${list}.`,
    supplierCount: (id: string, explained: number, findings: number, unexplained: number) =>
      `${id} ${explained} of ${findings} (${unexplained} unexplained)`,
    excluded: (id: string, n: number, before: string) =>
      `${id}: ${n} finding(s) taken out of the score (the reference was ruled wrong); score ${before} before.`,
    flag: (rule: string, signature: string, n: number, ruling: string) =>
      `Reference rule ruled wrong, to be fixed: ${rule} (defect ${signature}, ${n} finding(s), ruling ${ruling})`,
    conventions: (list: string) => `; conventions concerned: ${list}`,
    quote: (text: string) => `"${text}"`,
    status: { sourced: 'sourced', secondary: 'secondary source', unverified: 'unverified' } as Record<string, string>,
    sealed: (n: number, commitment: string, proof: string) =>
      `Sealed part: ${n} scenario(s), commitment ${commitment}; ${proof}.`,
    matches: (at: string, by: string) => `it matches the commitment recorded at ${at} by ${by}`,
    mismatch: 'it does NOT match any commitment recorded before the run',
    none: 'no commitment was recorded before the run',
    part: (id: string, p: Supplier) =>
      `  ${id}: public ${p.public.score} (${p.public.scenarios}), sealed ${p.sealed.score} (${p.sealed.scenarios})${
        p.flagged ? `: FLAGGED, sealed ${p.gap} points lower, p = ${p.p}` : ''
      }`,
    threshold: (gap: number, pLimit: number) =>
      `  A supplier is flagged when its sealed score is at least ${gap} points below its public score and the drop in people paid exactly right has p < ${pLimit} (one-sided Fisher exact test).`,
  },
  fr: {
    heading: 'Audit : décisions et partie scellée',
    hint: 'Ce qui est haché et comment une décision s’applique : docs/auditing.md (en anglais).',
    explained: (list: string) => `Constats expliqués par une décision des vérificateurs : ${list}.`,
    supplierCount: (id: string, explained: number, findings: number, unexplained: number) =>
      `${id} ${explained} sur ${findings} (${unexplained} non expliqués)`,
    excluded: (id: string, n: number, before: string) =>
      `${id} : ${n} constat(s) retiré(s) de la note (la référence a été jugée en tort); note auparavant : ${num('fr', before)}.`,
    flag: (rule: string, signature: string, n: number, ruling: string) =>
      `Règle de la référence jugée en tort, à corriger : ${rule} (défaut ${signature}, ${n} constat(s), décision ${ruling})`,
    conventions: (list: string) => `; conventions en cause : ${list}`,
    quote: (text: string) => `« ${text} »`,
    status: { sourced: 'sourcée', secondary: 'source secondaire', unverified: 'non vérifiée' } as Record<
      string,
      string
    >,
    sealed: (n: number, commitment: string, proof: string) =>
      `Partie scellée : ${n} scénario(s), engagement ${commitment}; ${proof}.`,
    matches: (at: string, by: string) => `elle correspond à l’engagement enregistré le ${at} par ${by}`,
    mismatch: 'elle ne correspond à AUCUN engagement enregistré avant l’évaluation',
    none: 'aucun engagement n’a été enregistré avant l’évaluation',
    part: (id: string, p: Supplier) =>
      `  ${id} : partie publique ${num('fr', p.public.score)} (${p.public.scenarios}), partie scellée ${num('fr', p.sealed.score)} (${p.sealed.scenarios})${
        p.flagged ? ` : SIGNALÉ, ${num('fr', p.gap)} points de moins sur la partie scellée, p = ${num('fr', p.p)}` : ''
      }`,
    threshold: (gap: number, pLimit: number) =>
      `  Un fournisseur est signalé quand sa note sur la partie scellée est inférieure d’au moins ${gap} points à sa note publique et que la baisse des personnes payées exactement juste a p < ${num('fr', pLimit)} (test exact de Fisher unilatéral).`,
  },
} as const;
