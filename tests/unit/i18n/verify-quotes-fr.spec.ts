import { quotedFinding } from '../../../src/audit/verify/quoted-finding';
import { compareStatements } from '../../../src/domain/checks/compare-statements';
import type { Finding } from '../../../src/domain/checks/finding.types';
import { discrepancy } from '../../../src/evaluation/pipeline/finding-records';
import type { StoredFinding } from '../../../src/evaluation/ports/run-recorder.port';
import { englishWords } from '../../tools/english-words';
import { statement } from '../checks/helpers';

/** A finding as the run store keeps it (the pipeline's own record), without its trace. */
const stored = (f: Finding, seq = 1): StoredFinding => ({
  vendorId: 'floatwise',
  ...discrepancy(f, null, seq),
  trace: null,
});

const same = (m: string) => m;
const PAYDAY = '2026-01-28';
const findings = [
  ...compareStatements({
    scenarioId: 'S1',
    expected: [
      {
        statement: statement(PAYDAY, [
          ['REGULAR', '2639.11'],
          ['CPP', '149.02'],
          ['UNION_DUES', '28.50'],
        ]),
      },
    ],
    actual: [
      statement(PAYDAY, [
        ['REGULAR', '1200.00'],
        ['REGULAR', '1339.11'],
        ['CPP', '150.02'],
        ['OVERTIME', '12.00'],
      ]),
    ],
  }).findings,
  ...compareStatements({
    scenarioId: 'S1',
    expected: [{ statement: statement(PAYDAY, [['REGULAR', '10.00']]) }],
    actual: [],
  }).findings,
];

describe('verify quotes a stored finding’s sentence in the reader’s language (issue 19)', () => {
  it('made again from the stored fields in French, days and money in French form, no English left', () => {
    expect(new Set(findings.map((f) => f.kind))).toEqual(
      new Set(['different', 'missing', 'unexpected', 'gross', 'net', 'missed-pay']),
    );
    expect(findings.some((f) => f.summed)).toBe(true);
    for (const f of findings) {
      const q = quotedFinding(stored(f), same);
      expect(q.en).toBe(f.message);
      expect({ fr: q.fr, words: englishWords(q.fr) }).toEqual({ fr: q.fr, words: [] });
      expect(q.fr).toContain('28 janvier 2026');
      expect(q.fr).not.toContain(PAYDAY);
      expect(q.fr).toMatch(/\d,\d\d\u00a0\$/);
    }
    const summed = quotedFinding(stored(findings.find((f) => f.summed)!), same);
    expect(summed.fr).toContain('le fournisseur a envoyé 2 lignes, la référence 1 ligne');
  });

  it('a sentence its fields cannot make again (a changed store, an invariant, a supplier’s error) is quoted as stored, said so in French', () => {
    const cpp = stored(findings.find((f) => f.code === 'CPP')!);
    const edited = quotedFinding({ ...cpp, message: `${cpp.message} (edited)` }, same);
    expect(edited.fr).toBe(`« ${cpp.message} (edited) » (cité tel qu’enregistré, en anglais)`);
    const invariant = quotedFinding(
      { ...cpp, kind: 'invariant', code: null, message: 'Net on 2026-01-28 is not gross minus deductions' },
      same,
    );
    expect(invariant.fr).toMatch(
      /^« Net on 2026-01-28 is not gross minus deductions » \(cité tel qu’enregistré, en anglais\)$/,
    );
    // Outside the quoted English, no English word.
    expect(englishWords(invariant.fr.replace(/«[^»]*»/, ''))).toEqual([]);
  });

  it('the quote is shortened as the terminal needs, in both languages', () => {
    const q = quotedFinding(stored(findings[0]), (m) => m.slice(0, 10));
    expect(q.en).toHaveLength(10);
    expect(q.fr.replace(/^« | »$/g, '')).toHaveLength(10);
  });
});
