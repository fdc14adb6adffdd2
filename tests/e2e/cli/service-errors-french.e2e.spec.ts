import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { englishWords } from '../../tools/english-words';
import { runInProcess, type CliRun } from './run-cli';

/**
 * The services' errors in both languages at the CLI (issue 19's last gap): one family each, the
 * same code and exit in English and French, the English as it always was, the French with no
 * English word outside what is quoted (file names, commands, a refusal's codes).
 */
const HEADER = 'scenario,record,id,title,family,first_payday,last_payday,employee_id,province,annual_rate';
/** A CSV whose only scenario is broken (an employee with no province or rate): no valid scenario. */
const BAD_CSV = [HEADER, 's1,scenario,,T,,2026-01-14,2026-01-28,,,', 's1,employee,,,,,,E-1,ZZ,lots'].join('\n');
/** The one scenario of the evaluate fixtures that the reference refuses (a Quebec TD1 claim code). */
const REFUSED_ONLY = JSON.stringify(
  (
    JSON.parse(
      readFileSync(path.join(__dirname, '../../fixtures/evaluate-scenarios/one-paid-one-refused.json'), 'utf8'),
    ) as Array<{ id: string }>
  ).filter((s) => s.id === 'quebec-td1-code-3'),
);
/** Words that are names, not prose: commands, flags, file names, codes. */
const KEPT = new Set(['payproof', 'scenarios', 'validate', 'explain', 'evaluate', 'exchange', 'import', 'vendor']);

/** The English words of a French line once what it quotes (« », "", `…`) and file paths are left out. */
const english = (text: string) =>
  englishWords(
    text
      .replace(/«[^»]*»|"[^"]*"|`[^`]*`/g, ' ')
      .replace(/\S*\/\S*/g, ' ')
      .replace(/payproof: /, ''),
    KEPT,
  );

describe('the services’ errors at the CLI, in English and in French', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'payproof-errors-fr-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, text: string | Buffer) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  const both = async (args: string[]): Promise<{ en: CliRun; fr: CliRun }> => {
    const env = { PAYPROOF_DB: path.join(dir, 'db.sqlite') };
    const en = await runInProcess(args, { env: { ...env, LC_ALL: 'en_CA.UTF-8' } });
    const fr = await runInProcess(args, { env: { ...env, LC_ALL: 'fr_CA.UTF-8' } });
    return { en, fr };
  };
  const expectFrench = (fr: CliRun) => {
    expect(fr.stderr).toMatch(/^payproof: /m);
    expect({ stderr: fr.stderr, words: english(fr.stderr) }).toEqual({ stderr: fr.stderr, words: [] });
  };

  it('a bad CSV through the scenarios service: no valid scenario, and no such file', async () => {
    const bad = file('ma-paye.csv', BAD_CSV);
    const invalid = await both(['evaluate', '--scenarios', bad, '--vendors', 'floatwise']);
    expect([invalid.en.status, invalid.fr.status]).toEqual([2, 2]);
    expect(invalid.en.stderr).toContain(
      `${bad}: no valid scenario to evaluate (4 problem(s); run \`payproof scenarios validate ${bad}\`)`,
    );
    expect(invalid.fr.stderr).toContain(
      `${bad} : aucun scénario valide à évaluer (4 problème(s); lancez \`payproof scenarios validate ${bad}\`)`,
    );
    expectFrench(invalid.fr);

    const none = await both(['evaluate', '--scenarios', path.join(dir, 'none.csv')]);
    expect([none.en.status, none.fr.status]).toEqual([2, 2]);
    expect(none.en.stderr).toContain('none.csv: no such file or folder (expected a scenario .csv or .json file');
    expect(none.fr.stderr).toContain('none.csv : aucun fichier ni dossier de ce nom');
    expectFrench(none.fr);
  });

  it('a run the reference refuses entirely: each refusal in the reader’s language too', async () => {
    const refused = file('refused.json', REFUSED_ONLY);
    const run = await both(['evaluate', '--scenarios', refused, '--vendors', 'floatwise']);
    expect([run.en.status, run.fr.status]).toEqual([2, 2]);
    expect(run.en.stderr).toMatch(
      /refused\.json: the reference refused every scenario \(1\), so none was sent to a supplier and no supplier can be scored: quebec-td1-code-3 \(UNSUPPORTED: Quebec claim code 3/,
    );
    expect(run.fr.stderr).toMatch(
      /refused\.json : la référence a refusé tous les scénarios \(1\); aucun n’a donc été envoyé à un fournisseur .*: quebec-td1-code-3 \(UNSUPPORTED: /,
    );
    expect(run.fr.stderr).not.toContain('Quebec claim code 3');
    expectFrench(run.fr);
  });

  it('exchange import: no such folder, not a zip, a zip that cannot be read', async () => {
    const cases: [string, string, string][] = [
      [
        path.join(dir, 'none'),
        'no such file or folder (expected the folder or .zip',
        'aucun fichier ni dossier de ce nom',
      ],
      [
        file('answers.txt', 'x'),
        'expected a folder or a .zip file of registers',
        'un dossier ou un fichier .zip de registres est attendu',
      ],
      [file('answers.zip', 'not a zip'), 'zip file', 'zip'],
    ];
    for (const [target, en, fr] of cases) {
      const run = await both(['exchange', 'import', '--vendor', 'quickpay-exchange', target]);
      expect([run.en.status, run.fr.status]).toEqual([2, 2]);
      expect(run.en.stderr).toContain(`${target}: `);
      expect(run.en.stderr).toContain(en);
      expect(run.fr.stderr).toContain(`${target} : `);
      expect(run.fr.stderr).toContain(fr);
      expect(run.fr.stderr).not.toBe(run.en.stderr);
      // A zip library's own reason stays as it wrote it (in parentheses, not translated).
      expectFrench({ ...run.fr, stderr: run.fr.stderr.replace(/\([^()]*\)\n$/, '\n') });
    }
  });

  it('exchange import: a register with bad cells, each problem at its row and column, then the refusal', async () => {
    const folder = path.join(dir, 'retour');
    mkdirSync(folder);
    writeFileSync(
      path.join(folder, 'registre.csv'),
      [
        'EMPLOYEE_NO;PAY_DATE;WAGE_TYPE;FOR_FROM;FOR_TO;AMOUNT;TEXT;HOURS;RATE',
        'act-01;28.01.2026;1000;01.01.2026;14.01.2026;2.639,11;Regular;;',
      ].join('\n'),
    );
    const en = await runInProcess(['exchange', 'import', '--vendor', 'quickpay-exchange', folder, '--lang', 'en']);
    const fr = await runInProcess(['exchange', 'import', '--vendor', 'quickpay-exchange', folder, '--lang', 'fr']);
    expect([en.status, fr.status]).toEqual([2, 2]);
    expect(en.stderr).toContain(
      'registre.csv, row 2, column "AMOUNT": found "2.639,11", expected an amount with a decimal comma',
    );
    expect(en.stderr).toMatch(/import refused: \d+ problems? in 1 file; nothing was stored/);
    expect(fr.stderr).toContain(
      'registre.csv, ligne 2, colonne « AMOUNT » : trouvé "2.639,11", un montant avec une virgule décimale',
    );
    expect(fr.stderr).toMatch(/importation refusée : \d+ problème\(s\) dans 1 fichier\(s\); rien n’a été enregistré/);
    expect(english(fr.stderr)).toEqual([]);
  });
});
