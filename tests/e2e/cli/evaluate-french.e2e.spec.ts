import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { englishWords } from '../../tools/english-words';
import { REPO_ROOT, runInProcess } from './run-cli';

/**
 * `evaluate --lang fr` prints its table, its notes and its progress in French (issue 19): the
 * terminal report was English but for the defects' titles. What stays as typed: supplier and
 * scenario ids, codes, paths, commands.
 */
describe('evaluate in French: the terminal report, the supplier left out, the progress', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'payproof-eval-fr-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const kept = new Set([
    'payproof',
    'evaluate',
    'resume',
    'exchange',
    'import',
    'export',
    'vendor',
    'supplier',
    'deadline',
    'PATCH',
    'api',
    'runs',
  ]);
  /** The English words of an output, once what is quoted or a path is left out. */
  const english = (text: string) =>
    text
      .split('\n')
      .map((l) => l.replace(/`[^`]*`|«[^»]*»|"[^"]*"|\S*\/\S*/g, ' '))
      .flatMap((l) => englishWords(l, kept));
  const evaluate = (...args: string[]) =>
    runInProcess(
      [
        'evaluate',
        '--scenarios',
        path.join(REPO_ROOT, 'test-payrolls/acting-pay.csv'),
        '--out',
        path.join(dir, 'reports'),
        '--lang',
        'fr',
        ...args,
      ],
      { env: { PAYPROOF_DB: path.join(dir, 'db.sqlite'), PAYPROOF_EXCHANGE: path.join(dir, 'exchange') } },
    );

  it('the table, the defects, the families, how it was judged and the supplier left out: no English prose', async () => {
    const run = await evaluate();
    expect({ status: run.status, stderr: run.stderr.slice(-400) }).toMatchObject({ status: 0 });
    expect(english(run.stdout + run.stderr)).toEqual([]);
    expect(run.stdout).toMatch(/^Évaluation \S+ : 7 scénarios x 3 fournisseurs/m);
    expect(run.stdout).toContain('Personnes payées exactement, par famille de scénarios :');
    expect(run.stdout).toContain('rémunération d’intérim');
    expect(run.stdout).toContain(
      'Politique de tolérance : la politique par défaut (chaque ligne exacte au cent près; aucune enregistrée)',
    );
    expect(run.stdout).toMatch(
      /quickpay-exchange : pas dans cette évaluation : aucun registre de paye importé pour l’instant/,
    );
  }, 120_000);

  it('a run awaiting the exchange supplier: what is missing, in French days', async () => {
    const run = await evaluate('--vendors', 'floatwise,quickpay-exchange');
    expect({ status: run.status, stderr: run.stderr.slice(-400) }).toMatchObject({ status: 5 });
    expect(english(run.stdout + run.stderr)).toEqual([]);
    expect(run.stdout).toContain('attend un fournisseur');
    expect(run.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}\)/);
  }, 120_000);
});
