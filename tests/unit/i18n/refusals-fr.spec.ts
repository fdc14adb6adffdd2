import { PayproofError } from '../../../src/domain/errors';
import { computeDeductions, option2Tax, type DeductionInput } from '../../../src/domain/reference/deductions';
import { fill, REFUSALS, type RefusalKey } from '../../../src/domain/refusals';
import en from '../../../src/http/dashboard/public/i18n/en.json';
import fr from '../../../src/http/dashboard/public/i18n/fr.json';
import { refusalIn, refusalKeyOf, refusalView } from '../../../src/submissions/refusal-text';
import { englishWords } from '../../tools/english-words';
import { code, headline, m } from '../deductions/helpers';

/** Field names, codes and typed values a refusal quotes: not words. */
const KEPT = new Set(['payDate', 'periodNumber', 'labourFundShares', 'bonus', 'spread', 'method']);
const EN = en as Record<string, string>;
const FR = fr as Record<string, string>;

function refusalOf(work: () => unknown): PayproofError {
  try {
    work();
  } catch (err) {
    if (err instanceof PayproofError) return err;
    throw err;
  }
  throw new Error('expected the reference to refuse');
}

/** Every refusal site the deductions reach, with the input that makes it refuse. */
const CASES: [RefusalKey, () => unknown][] = [
  ['payDate.format', () => computeDeductions(headline({ payDate: '2026-02-30' }))],
  ['edition.before', () => computeDeductions(headline({ payDate: '2024-06-12' }))],
  ['edition.year', () => computeDeductions(headline({ payDate: '2027-01-13' }))],
  ['amount.negative', () => computeDeductions(headline({ rrsp: m('-1.00') }))],
  ['whole.range', () => computeDeductions(headline({ periodsPerYear: 0 }))],
  ['province.unknown', () => computeDeductions(headline({ province: 'XX' as DeductionInput['province'] }))],
  ['claim.code', () => computeDeductions(headline({ federalClaim: code(11 as 1) }))],
  [
    'retro.method',
    () => computeDeductions(headline({ retro: { method: 'lump' } as unknown as DeductionInput['retro'] })),
  ],
  ['quebec.claimCode', () => computeDeductions(headline({ province: 'QC', provincialClaim: code(3) }))],
  ['quebec.labourFunds', () => computeDeductions(headline({ province: 'QC', labourFundShares: m('50.00') }))],
  [
    'periodNumber.range',
    () => option2Tax({ ...headline(), periodNumber: 0 } as unknown as Parameters<typeof option2Tax>[0]),
  ],
];

describe('the reference’s refusals in French (issue 19): a key and parameters, rendered at each door', () => {
  it('every refusal has its English sentence in the catalogue as the reference writes it, and a French one', () => {
    for (const key of Object.keys(REFUSALS) as RefusalKey[]) {
      expect({ key, en: EN[`refusal.${key}`] }).toEqual({ key, en: REFUSALS[key] });
      const french = FR[`refusal.${key}`];
      expect({ key, words: englishWords(french.replace(/\{\w+\}/g, ''), KEPT) }).toEqual({ key, words: [] });
    }
  });

  it.each(CASES)('%s: thrown with its key, rendered in French with no English left', (key, work) => {
    const err = refusalOf(work);
    expect(err.say?.key).toBe(key);
    expect(fill(REFUSALS[key], err.say!.params as Record<string, string | number>)).toBe(err.message);
    const french = refusalIn('fr', err);
    expect(french).not.toBe(err.message);
    expect({ french, words: englishWords(french, KEPT) }).toEqual({ french, words: [] });
    expect(refusalIn('en', err)).toBe(err.message);
    // A stored refusal keeps only its code and English sentence: it renders in French all the same.
    expect(refusalIn('fr', { message: err.message })).toBe(french);
    expect(refusalView(err)).toEqual({ code: err.code, message: err.message, messageFr: french });
  });

  it('the engine’s refusals too (no position, a classification or step not in the pay table, no pension rates)', () => {
    const examples: [RefusalKey, Record<string, string | number>][] = [
      ['position.none', { scenario: 'S-1', date: '2026-04-08' }],
      ['position.increment', { event: 'inc-1' }],
      ['classification.unknown', { event: 'acting-1', classification: 'ZZ-09' }],
      ['classification.step', { event: 'hire-1', classification: 'EC-04', step: 9, date: '2026-04-08' }],
      ['pension.rates', { group: 'PSSA-2', year: 2027 }],
      ['claim.rangesFederal', { code: 4, edition: 'T4127-2025-07' }],
      ['province.quebecNotHeld', { edition: 'T4127-2025-07', taxYear: 2025 }],
    ];
    for (const [key, params] of examples) {
      const message = fill(REFUSALS[key], params);
      expect(refusalKeyOf({ message })?.key).toBe(key);
      const french = refusalIn('fr', { message });
      expect({ key, words: englishWords(french, KEPT) }).toEqual({ key, words: [] });
    }
    expect(refusalIn('fr', { message: fill(REFUSALS['position.none'], { scenario: 'S-1', date: '2026-04-08' }) })).toBe(
      'S-1 : l’employé n’a aucun poste le 8 avril 2026',
    );
  });

  it('a message that is no refusal of the reference stays as it came', () => {
    expect(refusalIn('fr', { message: 'supplier crashed' })).toBe('supplier crashed');
  });
});

describe('a refusal a door prefixes with its flag', () => {
  it('keeps the flag and says the rest in French', () => {
    const message = `--pay-date: ${fill(REFUSALS['edition.before'], { payDate: '2024-06-12', first: 'T4127-2025-01', effective: '2025-01-01' })}`;
    expect(refusalIn('fr', { message })).toBe(
      '--pay-date : aucune édition de la T4127 ne couvre la date de paye du 12 juin 2024 : la première édition détenue est T4127-2025-01, en vigueur le 1 janvier 2025',
    );
  });
});
