import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runPayproof } from '../cli/run-cli';

describe('npx payproof evaluate (the built bin, no stdin, not a terminal)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'payproof-cli-eval-'));

  it('prints the side-by-side table and where the report is, and exits 0 although there are findings', () => {
    const r = runPayproof([
      'evaluate',
      '--scenarios',
      'test-payrolls/acting-pay.csv',
      '--vendors',
      'floatwise,quickpay-cli',
      '--out',
      path.join(dir, 'reports'),
      '--db',
      path.join(dir, 'runs.sqlite'),
    ]);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(0);
    const header = r.stdout.split('\n').find((l) => l.includes('#1 ') && l.includes('#2 '));
    expect(header).toMatch(/floatwise/);
    expect(header).toMatch(/quickpay-cli/);
    expect(r.stdout).toMatch(/People paid exactly right +\d+\/\d+/);
    expect(r.stdout).toMatch(/weights: 40% people paid exactly right/);
    const report = /Report: (\S+index\.html)/.exec(r.stdout)![1];
    expect(existsSync(report)).toBe(true);
    for (const f of ['discrepancies.csv', 'run.json'])
      expect(existsSync(path.join(path.dirname(report), f))).toBe(true);
    // Plain progress lines on standard error when not on a terminal (CI).
    expect(r.stderr).toMatch(/evaluating .* scenario-supplier pairs/);
  });

  it('names an unknown supplier on one line of standard error and prints nothing on standard output', () => {
    const r = runPayproof([
      'evaluate',
      '--vendors',
      'nobody',
      '--out',
      path.join(dir, 'reports'),
      '--db',
      path.join(dir, 'runs.sqlite'),
    ]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^payproof: --vendors: unknown vendor "nobody"; known vendors: daycount, floatwise, quickpay-cli, quickpay-exchange$/,
      ),
    ]);
  });
});
