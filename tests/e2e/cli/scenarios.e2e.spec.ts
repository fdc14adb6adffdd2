import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runPayproof } from './run-cli';

const GOOD = [
  'scenario,record,id,title,family,first_payday,last_payday,employee_id,province,federal_claim_code,provincial_claim_code,pension_group,classification,step,effective,end,entered',
  'ACT-1,scenario,,Acting entered late,acting pay,2026-01-14,2026-04-08,,,,,,,,,,',
  'ACT-1,employee,,,,,,E1,ON,1,1,PSSA-2,AS-02,1,,,',
  'ACT-1,acting,a1,,,,,,,,,,AS-04,1,2026-01-29,2026-03-04,2026-02-26',
].join('\r\n');

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'payproof-scenarios-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('payproof scenarios (the built CLI)', () => {
  it('validates a good file and lists its scenarios', () => {
    const dir = folderWith({ 'my-pay.csv': `\uFEFF${GOOD}\r\n` });
    const ok = runPayproof(['scenarios', 'validate', 'my-pay.csv'], { cwd: dir });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('1 scenario in 1 file: all valid\n');
    const list = runPayproof(['scenarios', 'list', dir]);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/ACT-1\s+acting pay\s+Acting entered late\s+1/);
  });

  it('prints every problem with file, row and column, and exits with code 1', () => {
    const bad = GOOD.replace('2026-01-29', '2026-02-30');
    const dir = folderWith({ 'my-pay.csv': bad, 'other.json': '{ "id": ' });
    const run = runPayproof(['scenarios', 'validate', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('my-pay.csv, row 4, column "effective": 2026-02-30 is not a date: February 2026 has only 28 days');
    expect(run.stdout).toMatch(/other\.json: this is not valid JSON/);
    expect(run.stdout).toContain('2 problems in 2 of 2 files; a file with a problem loads no scenario');
  });

  it('says plainly when the path does not exist (exit code 2)', () => {
    const run = runPayproof(['scenarios', 'validate', 'no-such-file.csv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('payproof: no-such-file.csv: no such file or folder (expected a scenario .csv or .json file, or a folder of them)\n');
  });
});
