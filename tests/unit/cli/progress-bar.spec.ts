import { PassThrough } from 'node:stream';
import { duration, progressBar, rateAndEta } from '../../../src/cli/evaluate/progress-bar';
import { englishWords } from '../../tools/english-words';

describe('evaluate progress', () => {
  it('computes the rate since this process started and the time left', () => {
    expect(rateAndEta({ done: 300, startDone: 100, total: 1100, elapsedMs: 2000 })).toEqual({
      rate: 100,
      etaSeconds: 8,
    });
    expect(rateAndEta({ done: 0, startDone: 0, total: 10, elapsedMs: 1000 })).toEqual({ rate: 0, etaSeconds: null });
    expect([duration(null), duration(42), duration(125), duration(7300)]).toEqual([
      '?',
      '42 s',
      '2 min 5 s',
      '2 h 1 min',
    ]);
  });

  it('prints plain lines when not on a terminal: the run id, then people per supplier', () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (d: Buffer) => (text += d.toString()));
    const { listener, stop } = progressBar(out as unknown as NodeJS.WriteStream);
    listener({ type: 'reading', files: 1, scenarios: 10 });
    listener({
      type: 'started',
      runId: 'r1',
      total: 20,
      vendors: [
        { id: 'acme', total: 10, done: 4 },
        { id: 'zeta', total: 10, done: 0 },
      ],
    });
    stop();
    expect(text).toContain('evaluating: reading the scenarios (1 files, 10 scenarios so far)');
    expect(text).toContain('run r1: if it stops before the end, finish it with payproof evaluate --resume r1');
    expect(text).toMatch(/evaluating: acme 4\/10 people \(0\/s, \? left\); zeta 0\/10 people/);
  });

  it('says the same in French (--lang fr, or a French locale)', () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (d: Buffer) => (text += d.toString()));
    const { listener, stop } = progressBar(out as unknown as NodeJS.WriteStream, 'fr');
    listener({ type: 'reading', files: 1, scenarios: 10 });
    listener({ type: 'started', runId: 'r1', total: 10, vendors: [{ id: 'acme', total: 10, done: 4 }] });
    listener({ type: 'reporting', runId: 'r1' });
    stop();
    expect(text).toContain('évaluation : lecture des scénarios (1 fichier(s), 10 scénario(s) jusqu’ici)');
    expect(text).toContain(
      'évaluation r1 : si elle s’arrête avant la fin, terminez-la avec payproof evaluate --resume r1',
    );
    expect(text).toMatch(/évaluation : acme 4\/10 personnes \(0\/s, \? restant\)/);
    expect(text).toContain('écriture des rapports');
    expect(englishWords(text, new Set(['payproof', 'evaluate', 'resume']))).toEqual([]);
  });
});
