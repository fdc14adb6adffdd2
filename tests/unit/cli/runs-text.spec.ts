import { awaitingText } from '../../../src/cli/evaluate/awaiting-text';
import { RUNS_WORDS, when } from '../../../src/cli/runs/runs-text';
import { AWAITING_WORDS, DEADLINE_ERRORS } from '../../../src/cli/runs/awaiting-words';
import type { RunView } from '../../../src/evaluation/evaluation.types';
import { englishWords } from '../../tools/english-words';

/** The words of `payproof runs`: moments readable in both languages, every sentence in both. */
describe('payproof runs: its words', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('writes a moment in the machine time zone, named, in English and French', () => {
    process.env.TZ = 'UTC';
    expect(when('en', '2099-12-31T22:00:00.000Z')).toBe('December 31, 2099 at 10:00 p.m. UTC');
    expect(when('fr', '2099-12-31T22:00:00.000Z')).toBe('31 décembre 2099 à 22 h 00 UTC');
    expect(when('en', '2099-12-31T22:00:00.000Z', 'short')).toBe('Dec 31, 2099, 10:00 p.m. UTC');
    process.env.TZ = 'America/Toronto';
    expect(when('en', '2099-12-31T22:00:00.000Z')).toBe('December 31, 2099 at 5:00 p.m. EST');
    expect(when('fr', '2099-07-01T16:00:00.000Z')).toBe('1 juillet 2099 à 12 h 00 HAE');
  });

  it('hands the awaiting text the deadline as the reader reads it (evaluate keeps ISO 8601)', () => {
    const run = { id: 'R1', supplierDeadline: '2099-12-31T22:00:00.000Z', missing: {} } as unknown as RunView;
    expect(awaitingText(run, [], 'fr', (iso) => `<${iso}>`)).toContain('Échéance : <2099-12-31T22:00:00.000Z>.');
    expect(awaitingText(run, [], 'en')).toContain('Deadline: 2099-12-31T22:00:00.000Z.');
  });

  it('has every sentence in French, with no English prose', () => {
    // Each sentence filled in: a run id, a count or status, a page (head) or a moment.
    const sentences = (words: object): string[] =>
      Object.entries(words).flatMap(([key, v]: [string, unknown]) =>
        typeof v === 'function'
          ? [
              String(
                (v as (...a: unknown[]) => unknown)(
                  'R1',
                  key === 'nothing' ? 'finished' : 3,
                  key === 'head' ? { page: 1, pages: 2 } : 'x',
                ),
              ),
            ]
          : typeof v === 'string'
            ? [v]
            : Array.isArray(v)
              ? v.map(String)
              : sentences(v as object),
      );
    const french = [
      ...sentences(RUNS_WORDS.fr),
      ...sentences(AWAITING_WORDS.fr),
      ...Object.values(DEADLINE_ERRORS).map((e) => e('R1', 'floatwise: module').fr),
    ];
    // Commands as typed are not prose.
    expect(
      french.flatMap((t) =>
        englishWords(
          t.replace(
            /payproof(?: (?:runs|missing|show|list|deadline|evaluate|exchange|import|serve|--[\w-]+|<[^>]+>|R1))+/g,
            ' ',
          ),
        ),
      ),
    ).toEqual([]);
    expect(Object.keys(RUNS_WORDS.fr)).toEqual(Object.keys(RUNS_WORDS.en));
    expect(Object.keys(AWAITING_WORDS.fr)).toEqual(Object.keys(AWAITING_WORDS.en));
  });
});
