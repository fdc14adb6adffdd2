import { compareStatements } from '../../../src/domain/checks/compare-statements';
import { findingMessage } from '../../../src/domain/checks/messages';
import type { TraceStep } from '../../../src/domain/reference/trace';
import { langOfRequest, reading } from '../../../src/submissions/reader-text';
import { statement } from '../checks/helpers';
import { englishWords } from '../../tools/english-words';
import { catalogueTraces } from './catalogue-traces';

/** Words a trace step name keeps in French: the worksheet's variable names, plan names and codes. */
const KEPT = new Set(['Option']);

describe('trace step names in French, for every step the reference writes on the whole catalogue', () => {
  let steps: TraceStep[] = [];
  let notes: { en: string[]; fr: string[] }[] = [];

  beforeAll(async () => {
    ({ steps, notes } = await catalogueTraces());
  }, 120000);

  it('walks many kinds of step (federal, provincial, Quebec, pension, corrections, recoveries)', () => {
    const kinds = new Set(steps.map((s) => s.step));
    expect(steps.length).toBeGreaterThan(1000);
    for (const step of ['A', 'T1', 'T2', 'K1', 'K2', 'C', 'EI', 'REGULAR', 'ACTING', 'PENSION', 'due', 'paid'])
      expect(kinds).toContain(step);
  });

  it('every step has a French name that is not its English one and has no English word left', () => {
    const missing = steps.filter((s) => !s.labelFr || s.labelFr === s.label).map((s) => `${s.step}: ${s.label}`);
    expect([...new Set(missing)]).toEqual([]);
    const english = [...new Set(steps.map((s) => s.labelFr ?? ''))]
      .map((label) => ({ label, words: englishWords(label, KEPT) }))
      .filter((x) => x.words.length > 0);
    expect(english).toEqual([]);
  });

  it('the notes of what is left owed are in French too, one for one', () => {
    for (const n of notes) {
      expect(n.fr).toHaveLength(n.en.length);
      for (const line of n.fr) expect(englishWords(line)).toEqual([]);
    }
  });
});

describe('finding sentences in French, made again from a finding’s fields', () => {
  const PAYDAY = '2026-01-28';
  const reference = statement(PAYDAY, [
    ['REGULAR', '2639.11'],
    ['CPP', '149.02'],
    ['UNION_DUES', '28.50'],
  ]);
  const supplier = statement(PAYDAY, [
    ['REGULAR', '2539.11'],
    ['CPP', '150.02'],
    ['OVERTIME', '12.00'],
  ]);
  const findings = [
    ...compareStatements({ scenarioId: 'S1', expected: [{ statement: reference }], actual: [supplier] }).findings,
    ...compareStatements({ scenarioId: 'S1', expected: [{ statement: reference }], actual: [] }).findings,
    ...compareStatements({ scenarioId: 'S1', expected: [], actual: [supplier] }).findings,
  ];

  it('covers every kind of finding', () => {
    expect(new Set(findings.map((f) => f.kind))).toEqual(
      new Set(['different', 'missing', 'unexpected', 'gross', 'net', 'missed-pay', 'unexpected-pay']),
    );
  });

  it('in English, the sentence stored with the finding; in French, its translation with no English word left', () => {
    for (const f of findings) {
      expect(findingMessage(f, 'en')).toBe(f.message);
      const fr = findingMessage(f, reading('fr'));
      expect(fr).not.toBe(f.message);
      expect({ fr, words: englishWords(fr) }).toEqual({ fr, words: [] });
    }
  });

  it('in French, days and money in French form (« 28 janvier 2026 », « 150,02 $ », no-break spaces); stored: ISO and plain', () => {
    const cpp = findings.find((f) => f.code === 'CPP')!;
    expect(findingMessage(cpp, reading('fr'))).toBe(
      'CPP, paye du 28 janvier 2026 : le fournisseur a retenu 150,02\u00a0$, la référence 149,02\u00a0$ (1,00\u00a0$ de plus)',
    );
    expect(cpp.message).toBe('CPP on 2026-01-28: supplier withheld 150.02, reference 149.02 (1.00 more)');
    const net = findings.find((f) => f.kind === 'net')!;
    const fr = findingMessage(net, reading('fr'));
    expect(fr).toMatch(/^Paye nette du 28 janvier 2026 : .*\(moins-payé de [\d\u202f\u00a0]+,\d\d\u00a0\$\)$/);
    expect(fr).not.toMatch(/2026-01-28|\d\.\d\d/);
    const big = findings.find((f) => f.code === 'REGULAR')!;
    expect(findingMessage(big, reading('fr'))).toContain('2\u00a0539,11\u00a0$');
    // A period a correction is for, in French days too (the form the project uses everywhere: Intl fr-CA, "long").
    const retro = { ...big, forPeriod: { start: '2026-01-01', end: '2026-01-14' } };
    expect(findingMessage(retro, reading('fr'))).toMatch(
      /^REGULAR pour la période du 1 janvier 2026 au 14 janvier 2026, paye du 28 janvier 2026 : /,
    );
  });
});

describe('the reader’s language over HTTP', () => {
  it.each<[unknown, string | undefined, 'en' | 'fr']>([
    ['fr', undefined, 'fr'],
    ['en', 'fr-CA', 'en'],
    [undefined, 'fr-CA,fr;q=0.9,en;q=0.8', 'fr'],
    [undefined, 'en-CA,fr;q=0.5', 'en'],
    [undefined, 'de-DE,fr;q=0.7', 'fr'],
    [undefined, 'fr;q=0, en', 'en'],
    [undefined, undefined, 'en'],
    ['de', undefined, 'en'],
  ])('?lang=%s, Accept-Language %s → %s', (query, accept, lang) => {
    expect(langOfRequest(query, accept)).toBe(lang);
  });
});
