import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, runInProcess } from './run-cli';

const GOOD = [
  'scenario,record,id,title,family,first_payday,last_payday,employee_id,province,federal_claim_code,provincial_claim_code,pension_group,classification,step,effective,end,entered',
  'ACT-1,scenario,,Acting entered late,acting pay,2026-01-14,2026-04-08,,,,,,,,,,',
  'ACT-1,employee,,,,,,E1,ON,1,1,PSSA-2,AS-02,1,,,',
  'ACT-1,acting,a1,,,,,,,,,,AS-04,1,2026-01-29,2026-03-04,2026-02-26',
].join('\r\n');

function folderWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'payproof-scenarios-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('payproof scenarios (in-process)', () => {
  it('validates a good file and lists its scenarios', async () => {
    const dir = folderWith({ 'my-pay.csv': `\uFEFF${GOOD}\r\n` });
    const ok = await runInProcess(['scenarios', 'validate', 'my-pay.csv'], { cwd: dir });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('1 scenario in 1 file: all valid\n');
    const list = await runInProcess(['scenarios', 'list', dir]);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/ACT-1\s+acting pay\s+Acting entered late\s+1/);
  });

  it('prints every problem with file, row and column, and exits with code 1', async () => {
    const bad = GOOD.replace('2026-01-29', '2026-02-30');
    const dir = folderWith({ 'my-pay.csv': bad, 'other.json': '{ "id": ' });
    const run = await runInProcess(['scenarios', 'validate', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'my-pay.csv, row 4, column "effective": 2026-02-30 is not a date: February 2026 has only 28 days',
    );
    expect(run.stdout).toMatch(/other\.json: this is not valid JSON/);
    expect(run.stdout).toContain('2 problems in 2 of 2 files; a file with a problem loads no scenario');
  });

  it('validates the bundled catalogue, and lists it when no path is given', async () => {
    const ok = await runInProcess(['scenarios', 'validate', 'test-payrolls']);
    expect(ok.status).toBe(0);
    const [, scenarios] = /^(\d+) scenarios in \d+ files: all valid\n/.exec(ok.stdout) ?? [];
    // Then every stub line of the catalogue, checked against the reference: all right.
    expect(ok.stdout).toMatch(/\n(\d+) stub lines: \1 right, 0 wrong, 0 not checked\.\n$/);
    expect(Number(scenarios)).toBeGreaterThanOrEqual(40);
    const list = await runInProcess(['scenarios', 'list']);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(
      /act-01-acting-entered-four-weeks-late\s+acting pay\s+AS-02 acting AS-04 from March 2, entered four weeks later\s+1\n/,
    );
    expect(list.stdout).toContain(`\n${scenarios} scenarios in`);
  });

  it('accepts the README example as a volunteer would save it', async () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'test-payrolls/README.md'), 'utf8');
    const example = /```csv\n([\s\S]*?)```/.exec(readme)![1];
    const dir = folderWith({ 'my-pay.csv': `\uFEFF${example.replace(/\n/g, '\r\n')}` });
    const run = await runInProcess(['scenarios', 'validate', 'my-pay.csv'], { cwd: dir });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^1 scenario in 1 file: all valid\n/);
    expect(run.stdout).toContain('✓ Your stub: regular pay (REGULAR) 2,639.11 on March 11, 2026. Correct: 2,639.11.');
  });

  it('refuses files saved as UTF-16 or Windows-1252, saying how to save them', async () => {
    const dir = folderWith({
      'unicode-text.csv': Buffer.from(`\uFEFF${GOOD}`, 'utf16le'),
      'ansi.csv': Buffer.from(GOOD.replace('Acting entered late', 'Intérim saisi en retard'), 'latin1'),
    });
    const run = await runInProcess(['scenarios', 'validate', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'ansi.csv, row 2: this row has characters that are not UTF-8 (accented letters such as é saved in another encoding). To save it the standard way:',
    );
    expect(run.stdout).toContain(
      'unicode-text.csv: this file is not UTF-8 text (it looks like UTF-16, which Excel calls "Unicode Text"). To save it the standard way:',
    );
  });

  it('says plainly when the path does not exist (exit code 2)', async () => {
    const run = await runInProcess(['scenarios', 'validate', 'no-such-file.csv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'payproof: no-such-file.csv: no such file or folder (expected a scenario .csv or .json file, or a folder of them)\n',
    );
  });
});
