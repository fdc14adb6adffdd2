import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runInProcess } from './run-cli';

/** The volunteer: EC-04 acting EC-05 for six weeks, entered late, then two weeks of LWOP; two lines typed from the stub. */
const CASE = [
  'scenario,record,id,title,family,first_payday,last_payday,employee_id,province,federal_claim_code,provincial_claim_code,pension_group,classification,step,annual_rate,effective,end,entered,payday,line_code,amount,source',
  'ec-acting,scenario,,EC-04 acting EC-05 for six weeks,acting pay,2026-03-25,2026-05-06,,,,,,,,,,,,,,,',
  'ec-acting,employee,,,,,,E-1,ON,1,1,PSSA-2,EC-04,,94000,,,,,,,',
  'ec-acting,acting,acting-1,,,,,,,,,,EC-05,,102000,2026-03-02,2026-04-10,2026-03-30,,,,',
  'ec-acting,leave without pay,lwop-1,,,,,,,,,,,,,2026-04-13,2026-04-24,2026-04-01,,,,',
  'ec-acting,expected,,,,,,,,,,,,,,,,,2026-04-08,REGULAR,3456.12,my pay stub',
  'ec-acting,expected,,,,,,,,,,,,,,,,,2026-04-22,ACTING,306.65,my pay stub',
].join('\n');

function fileWith(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'payproof-stub-'));
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
}

describe("a volunteer's stub lines, checked wherever a scenario is read (the CLI, in process)", () => {
  const file = fileWith('my-pay.csv', CASE);

  it('scenarios validate: the file is valid; each stub line is confirmed or shown wrong with its trace', async () => {
    const run = await runInProcess(['scenarios', 'validate', file, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 scenario in 1 file: all valid\n');
    expect(run.stdout).toContain(
      '✗ Your stub: regular pay (REGULAR) 3,456.12 on April 8, 2026. Correct: 3,603.19. You were under-paid 147.07.',
    );
    expect(run.stdout).toMatch(/under-paid 147\.07\.\n +REGULAR: Regular pay: .* = 3603\.19/);
    expect(run.stdout).toContain(
      '✓ Your stub: acting pay (ACTING) 306.65 on April 22, 2026. Correct: 306.65. This line is right.',
    );
    expect(run.stdout).toContain('2 stub lines: 1 right, 1 wrong, 0 not checked.');
  });

  it('explain, in text: the statements, then the stub lines checked', async () => {
    const run = await runInProcess(['explain', file, '--brief', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Payday April 8, 2026 +\(period March 12, 2026 to March 25, 2026\)/);
    expect(run.stdout).toMatch(/REGULAR +3,603\.19/);
    expect(run.stdout).toContain('You were under-paid 147.07.');
  });

  it('explain --json: the stub checks with amounts as text, direction and the trace of the reference line', async () => {
    const run = await runInProcess(['explain', file, '--json']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.stubChecks).toEqual([
      expect.objectContaining({
        payday: '2026-04-08',
        code: 'REGULAR',
        stub: '3456.12',
        correct: '3603.19',
        verdict: 'differs',
        difference: '-147.07',
        netEffect: '147.07',
        direction: 'under',
        trace: [expect.objectContaining({ step: 'REGULAR', value: '3603.19' })],
      }),
      expect.objectContaining({ code: 'ACTING', verdict: 'matches', direction: 'none' }),
    ]);
  });

  it('in French, with --lang fr or a French locale: money and dates as a French reader writes them', async () => {
    const flag = await runInProcess(['explain', file, '--brief', '--lang', 'fr']);
    const locale = await runInProcess(['explain', file, '--brief'], { env: { LANG: 'fr_CA.UTF-8', LC_ALL: '' } });
    for (const run of [flag, locale]) {
      expect(run.status).toBe(0);
      // fr-CA groups thousands with a no-break space (U+00A0), as Intl writes it.
      run.stdout = run.stdout.replace(/\u00a0/g, ' ');
      expect(run.stdout).toMatch(/Jour de paye 8 avril 2026 +\(période du 12 mars 2026 au 25 mars 2026\)/);
      expect(run.stdout).toContain(
        'Votre talon : rémunération régulière (REGULAR) 3 456,12 le 8 avril 2026. Montant exact : 3 603,19. Vous avez reçu 147,07 de moins que votre dû.',
      );
    }
    const validate = await runInProcess(['scenarios', 'validate', file, '--lang', 'fr']);
    expect(validate.stdout).toContain('Montant exact : 3\u00a0603,19.');
    expect(validate.stdout).toContain('1 scénario dans 1 fichier : tous valides');
    expect(validate.stdout).toContain('2 lignes de talon : 1 juste(s), 1 erronée(s), 0 non vérifiée(s).');
  });

  it('refuses an unknown --lang, naming the flag', async () => {
    const run = await runInProcess(['explain', file, '--lang', 'de']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--lang: expected en or fr, found "de"');
  });

  it('scenarios validate screens for personal information, file name included, without repeating it', async () => {
    const named = fileWith('jean-tremblay-046-454-286.csv', CASE.replace(',E-1,', ',K1A 0B1,'));
    const run = await runInProcess(['scenarios', 'validate', named, '--lang', 'en']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('the file’s name looks like it holds a Social Insurance Number');
    expect(run.stdout).toContain('row 3, column "employee_id": this looks like a postal code');
    expect(run.stdout).not.toContain('K1A 0B1');
    expect(run.stdout).toContain('2 problems in 1 of 1 file');
  });
});
