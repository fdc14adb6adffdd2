import type { AuditSummary } from '../../../src/audit/audit-summary.types';
import { auditLines, auditSection } from '../../../src/audit/report/audit-report';

const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const AUDIT: AuditSummary = {
  rulings: [],
  suppliers: {
    'quickpay-cli': {
      findings: 10,
      explained: 4,
      unexplained: 6,
      excluded: 4,
      byOutcome: { 'reference-wrong': 4 },
      scoreBeforeRulings: '48.08',
    },
  },
  referenceFlags: [
    {
      rule: 'acting.promotion-placement',
      conventions: [
        {
          id: 'acting.promotion-placement',
          title: { en: 'Acting placement', fr: 'Placement intérimaire' },
          status: 'sourced',
        },
      ],
      signature: 'v1:line:ACTING:under:amount:-:-',
      rulingId: 'r-1',
      findings: 4,
    },
  ],
  sealed: {
    commitment: 'c'.repeat(64),
    scenarios: 3,
    matches: null,
    recorded: 1,
    suppliers: {
      'quickpay-cli': {
        public: { score: '90.50', correctShare: '0.9', scenarios: 7 },
        sealed: { score: '40.25', correctShare: '0.3', scenarios: 3 },
        gap: '50.25',
        p: 0.01,
        flagged: true,
      },
    },
    threshold: { scoreGap: 10, pLimit: 0.05 },
  },
};

describe("the reports' audit lines", () => {
  it('say the same things in English and in French, from the summary', () => {
    const en = auditLines(AUDIT, 'en');
    const fr = auditLines(AUDIT, 'fr');
    expect(fr).toHaveLength(en.length);
    expect(en[0]).toBe("Findings explained by auditors' rulings: quickpay-cli 4 of 10 (6 unexplained).");
    expect(fr[0]).toBe(
      'Constats expliqués par une décision des vérificateurs : quickpay-cli 4 sur 10 (6 non expliqués).',
    );
    expect(en.join('\n')).toContain('acting.promotion-placement "Acting placement" (sourced)');
    expect(fr.join('\n')).toContain('acting.promotion-placement « Placement intérimaire » (sourcée)');
    expect(en.join('\n')).toContain('it does NOT match any commitment recorded before the run');
    expect(fr.join('\n')).toContain('note auparavant : 48,08');
    expect(fr.join('\n')).toContain('SIGNALÉ, 50,25 points de moins');
    expect(fr.join('\n')).not.toMatch(/\b(the|and|of|finding|score|sealed|public)\b/);
  });

  it('make an HTML section marked with its language, its text escaped, and nothing without an audit', () => {
    const html = auditSection({ ...AUDIT, referenceFlags: [{ ...AUDIT.referenceFlags[0], rule: '<b>' }] }, esc, 'fr');
    expect(html).toMatch(/^<section id="audit" lang="fr"><h2>Audit : décisions et partie scellée<\/h2>/);
    expect(html).toContain('&lt;b>');
    expect(auditSection(undefined, esc)).toBe('');
    expect(auditLines(undefined)).toEqual([]);
  });
});
