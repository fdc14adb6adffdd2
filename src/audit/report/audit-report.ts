import type { AuditSummary } from '../audit-summary.types';

/** What a report says of the audit of a run (docs/auditing.md): rulings, unexplained findings, sealed scores. */
export function auditLines(audit: AuditSummary | undefined): string[] {
  if (!audit) return [];
  const out = [
    `Findings explained by auditors' rulings: ${Object.entries(audit.suppliers)
      .map(([id, a]) => `${id} ${a.explained} of ${a.findings} (${a.unexplained} unexplained)`)
      .join('; ')}.`,
  ];
  for (const [id, a] of Object.entries(audit.suppliers))
    if (a.scoreBeforeRulings !== undefined)
      out.push(
        `${id}: ${a.excluded} finding(s) taken out of the score (the reference was ruled wrong); score ${a.scoreBeforeRulings} before.`,
      );
  for (const f of audit.referenceFlags)
    out.push(
      `Reference rule ruled wrong, to be fixed: ${f.rule} (defect ${f.signature}, ${f.findings} finding(s), ruling ${f.rulingId})${
        f.conventions.length > 0
          ? `; conventions concerned: ${f.conventions.map((c) => `${c.id} "${c.title}" (${c.status})`).join(', ')}`
          : ''
      }.`,
    );
  const sealed = audit.sealed;
  if (sealed) {
    const proof = sealed.matches
      ? `it matches the commitment recorded at ${sealed.matches.recordedAt} by ${sealed.matches.recordedBy}`
      : sealed.recorded > 0
        ? 'it does NOT match any commitment recorded before the run'
        : 'no commitment was recorded before the run';
    out.push(`Sealed part: ${sealed.scenarios} scenario(s), commitment ${sealed.commitment}; ${proof}.`);
    for (const [id, p] of Object.entries(sealed.suppliers))
      out.push(
        `  ${id}: public ${p.public.score} (${p.public.scenarios}), sealed ${p.sealed.score} (${p.sealed.scenarios})${p.flagged ? `: FLAGGED, sealed ${p.gap} points lower, p = ${p.p}` : ''}`,
      );
    out.push(
      `  A supplier is flagged when its sealed score is at least ${sealed.threshold.scoreGap} points below its public score and the drop in people paid exactly right has p < ${sealed.threshold.pLimit} (one-sided Fisher exact test).`,
    );
  }
  return out;
}

/** The same as an HTML section (text escaped by the caller's `esc`). */
export function auditSection(audit: AuditSummary | undefined, esc: (v: string) => string): string {
  const lines = auditLines(audit);
  if (lines.length === 0) return '';
  return `<h2>Audit: rulings and the sealed part</h2><ul>${lines.map((l) => `<li>${esc(l.trim())}</li>`).join('')}</ul><p class="hint">What is hashed and how a ruling applies: docs/auditing.md.</p>`;
}
