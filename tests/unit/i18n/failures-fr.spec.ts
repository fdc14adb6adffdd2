import { aborted, exited, timedOut, tooLarge, tooLargeStopped } from '../../../src/vendors/transports/answer';
import { readAnswer } from '../../../src/vendors/protocol/read-answer';
import { withBilingualTrace } from '../../../src/http/runs/bilingual-traces';
import { findingSentence } from '../../../src/reports/finding-text';
import { ReportText } from '../../../src/reports/report-text';
import type { FindingView } from '../../../src/evaluation/evaluation.types';
import { failureIn, failurePieces } from '../../../src/submissions/failure-text';
import { englishWords } from '../../tools/english-words';
import { z } from 'zod';

/** The English left once what is quoted (« … », the supplier's own words or a text as stored) is taken out. */
const prose = (t: string) => englishWords(t.replace(/«[^»]*»/g, ' ').replace(/`[^`]*`/g, ' '));

const vendorError = (() => {
  const read = readAnswer(
    {
      protocol: 'payproof-vendor/1',
      type: 'error',
      requestId: 'r',
      code: 'no-record',
      message: 'the employee has no pay record',
    },
    z.object({ requestId: z.string() }),
    'r',
  );
  if (read.ok) throw new Error('expected a vendor error');
  return read.failure.message;
})();

/** The harness's own failure sentences, as the transports write them. */
const HARNESS = [
  timedOut(10000).message,
  timedOut(10000, 12800).message,
  tooLarge(12 * 1024 * 1024, 10 * 1024 * 1024).message,
  tooLargeStopped(10 * 1024 * 1024 + 1, 10 * 1024 * 1024).message,
  aborted().message,
  exited(3, null).message,
  exited(null, 'SIGKILL').message,
  "supplier's answer is empty",
  "supplier's engine exited with code 1",
  "supplier's engine ran out of memory (limit 256 MB of heap)",
  'awaiting supplier quickpay-exchange: no register imported yet (run `payproof exchange import`) for E-1 (2026-01-14)',
  'no answer by the deadline 2026-12-01T17:00:00.000Z: awaiting supplier quickpay-exchange: no register imported in import 20261130-1 for E-1 (2026-01-14, 2026-01-28, 2026-02-11 and 4 more paydays)',
];

describe('a supplier’s failure in French (issue 19): the harness’s words translated, the supplier’s own quoted as it wrote them', () => {
  it.each(HARNESS)('%s', (message) => {
    const fr = failureIn('fr', message);
    expect(fr).not.toBe(message);
    expect(fr).not.toContain('tel qu’enregistré');
    expect({ fr, words: englishWords(fr.replace(/`[^`]*`/g, ' ')) }).toEqual({ fr, words: [] });
    expect(failureIn('en', message)).toBe(message);
  });

  it('the supplier’s own error text is kept as it wrote it, said to be its own, marked English', () => {
    expect(vendorError).toBe('supplier answered error no-record: the employee has no pay record');
    expect(failureIn('fr', vendorError)).toBe(
      'le fournisseur a répondu par l’erreur no-record; son message, tel qu’il l’a écrit : « the employee has no pay record »',
    );
    expect(failurePieces('fr', vendorError).filter((p) => p.en)).toEqual([
      { text: 'the employee has no pay record', en: true },
    ]);
    expect(prose(failureIn('fr', vendorError))).toEqual([]);
    const unsupported = failureIn('fr', 'supplier does not support this employee: no acting pay');
    expect(unsupported).toBe(
      'le fournisseur ne prend pas cet employé en charge; sa raison, telle qu’il l’a écrite : « no acting pay »',
    );
  });

  it('a message no template reads is quoted as stored and said to be English', () => {
    const fr = failureIn('fr', 'something new went wrong');
    expect(fr).toBe('« something new went wrong » (tel qu’enregistré, en anglais)');
    expect(prose(fr)).toEqual([]);
  });

  const errorFinding: FindingView = {
    findingId: 'acme:s1:0',
    vendorId: 'acme',
    scenarioId: 's1',
    family: null,
    kind: 'error',
    severity: 'high',
    payday: null,
    code: null,
    check: 'vendor-error',
    forPeriod: null,
    expected: null,
    actual: null,
    difference: null,
    netEffect: null,
    direction: null,
    message: `Supplier failed (vendor-error): ${vendorError}`,
    trace: null,
    defectId: null,
    role: 'root',
    rootId: 'acme:s1:0',
    stub: null,
  };

  it('in the French report, only the supplier’s own words are marked lang="en"', () => {
    const html = findingSentence(new ReportText('fr'), errorFinding);
    expect(html).toBe(
      'Le fournisseur n’a pas répondu pour cette personne (vendor-error). Le fournisseur a répondu par l’erreur no-record; son message, tel qu’il l’a écrit : « <span lang="en">the employee has no pay record</span> »',
    );
    expect(findingSentence(new ReportText('en'), errorFinding)).toContain(
      `<span lang="en">${errorFinding.message}</span>`,
    );
  });

  it('the run views give each finding’s sentence in French beside the stored English (messageFr), days and money in French form', () => {
    const line: FindingView = {
      ...errorFinding,
      findingId: 'acme:s1:1',
      kind: 'different',
      payday: '2026-01-28',
      code: 'CPP',
      check: null,
      expected: '1149.02',
      actual: '1150.02',
      difference: '1.00',
      netEffect: '-1.00',
      direction: 'under',
      message: 'CPP on 2026-01-28: supplier withheld 1150.02, reference 1149.02 (1.00 more)',
    };
    const [e, l] = [errorFinding, line].map((f) => withBilingualTrace(f) as FindingView & { messageFr: string });
    expect(e.message).toBe(errorFinding.message);
    expect(e.messageFr).toContain('« the employee has no pay record »');
    expect(l.messageFr).toContain('28 janvier 2026');
    expect(l.messageFr).toContain('1\u00a0150,02\u00a0$');
    expect(prose(l.messageFr)).toEqual([]);
    expect(prose(e.messageFr)).toEqual([]);
  });
});
