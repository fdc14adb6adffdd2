import { awaitingText } from '../../../src/cli/evaluate/awaiting-text';
import type { RunView } from '../../../src/evaluation/evaluation.types';
import { englishWords } from '../../tools/english-words';

/** What `evaluate` prints for a run awaiting an exchange supplier, in English and French. */
const run = (supplierDeadline: string | null) =>
  ({
    id: 'R1',
    supplierDeadline,
    missing: { 'quickpay-exchange': { employees: 4, payRuns: 9 } },
  }) as unknown as RunView;
const first = [
  { vendorId: 'quickpay-exchange', scenarioId: 'act-01', paydays: ['2026-02-25', '2026-03-11'] },
  { vendorId: 'quickpay-exchange', scenarioId: 'act-02', paydays: ['2026-05-06'] },
];

describe('the terminal text of a run awaiting a supplier', () => {
  it('names the supplier, what is missing, the first employees, the deadline and the commands to continue', () => {
    expect(awaitingText(run('2099-12-31T22:00:00.000Z'), first, 'en').split('\n')).toEqual([
      'Run R1 is awaiting a supplier: some exchange answers are missing.',
      '  quickpay-exchange: 4 employee(s), 9 pay run(s) with no register yet',
      '    first: act-01 (2 pay run(s) from February 25, 2026); act-02 (1 pay run(s) from May 6, 2026); …',
      'Deadline: 2099-12-31T22:00:00.000Z. After it, the missing answers count as missed pays.',
      'Continue: payproof exchange import --vendor quickpay-exchange <folder|zip>, then payproof evaluate --resume R1',
    ]);
    expect(awaitingText(run(null), first, 'en')).toContain(
      'No deadline is set: the run waits until procurement sets one (payproof evaluate --resume R1 --supplier-deadline <date-time>, or PATCH /api/runs/R1/deadline).',
    );
  });

  it('says the same in French, with no English word', () => {
    for (const deadline of ['2099-12-31T22:00:00.000Z', null]) {
      const text = awaitingText(run(deadline), first, 'fr');
      expect(text).toContain('quickpay-exchange : 4 employé(s), 9 cycle(s) de paye sans registre');
      // Days and the deadline in French form, never ISO.
      expect(text).toContain(
        'act-01 (2 cycle(s) de paye à partir du 25 février 2026); act-02 (1 cycle(s) de paye à partir du 6 mai 2026)',
      );
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      if (deadline) expect(text).toContain('Échéance : 31 déc. 2099, 22 h 00 UTC.');
      expect(
        englishWords(
          text,
          new Set([
            'payproof',
            'exchange',
            'import',
            'evaluate',
            'resume',
            'supplier',
            'deadline',
            'vendor',
            'PATCH',
            'api',
            'runs',
          ]),
        ),
      ).toEqual([]);
    }
  });
});
