import type { AuditSummary, ReferenceFlag } from '../audit-summary.types';
import { AUDIT_WORDS, type ReportLang } from './audit-words';

function flagLine(f: ReferenceFlag, lang: ReportLang): string {
  const w = AUDIT_WORDS[lang];
  const named = f.conventions.map((c) => `${c.id} ${w.quote(c.title[lang])} (${w.status[c.status] ?? c.status})`);
  return `${w.flag(f.rule, f.signature, f.findings, f.rulingId)}${named.length > 0 ? w.conventions(named.join(', ')) : ''}.`;
}

/**
 * What a report says of the audit of a run (docs/auditing.md), in the report's language:
 * findings explained by rulings and unexplained, findings taken out of the score, reference
 * rules ruled wrong with their conventions, the sealed part proven and scored apart.
 */
export function auditLines(audit: AuditSummary | undefined, lang: ReportLang = 'en'): string[] {
  if (!audit) return [];
  const w = AUDIT_WORDS[lang];
  const out = [
    w.explained(
      Object.entries(audit.suppliers)
        .map(([id, a]) => w.supplierCount(id, a.explained, a.findings, a.unexplained))
        .join('; '),
    ),
  ];
  for (const [id, a] of Object.entries(audit.suppliers))
    if (a.scoreBeforeRulings !== undefined) out.push(w.excluded(id, a.excluded, a.scoreBeforeRulings));
  for (const f of audit.referenceFlags) out.push(flagLine(f, lang));
  const sealed = audit.sealed;
  if (sealed) {
    const proof = sealed.matches
      ? w.matches(sealed.matches.recordedAt, sealed.matches.recordedBy)
      : sealed.recorded > 0
        ? w.mismatch
        : w.none;
    out.push(w.sealed(sealed.scenarios, sealed.commitment, proof));
    for (const [id, p] of Object.entries(sealed.suppliers)) out.push(w.part(id, p));
    out.push(w.threshold(sealed.threshold.scoreGap, sealed.threshold.pLimit));
  }
  return out;
}

/** The same as an HTML section in the report's language (text escaped by the caller's `esc`); ids and signatures kept as typed. */
export function auditSection(
  audit: AuditSummary | undefined,
  esc: (v: string) => string,
  lang: ReportLang = 'en',
): string {
  const lines = auditLines(audit, lang);
  if (lines.length === 0) return '';
  const w = AUDIT_WORDS[lang];
  return `<section id="audit" lang="${lang}"><h2>${esc(w.heading)}</h2><ul>${lines
    .map((l) => `<li>${esc(l.trim())}</li>`)
    .join('')}</ul><p class="hint">${esc(w.hint)}</p></section>`;
}
