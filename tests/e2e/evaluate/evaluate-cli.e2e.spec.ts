import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runPayproof } from '../cli/run-cli';

describe('npx payproof evaluate (the built bin, no stdin, not a terminal)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'payproof-cli-eval-'));
  const notSqlite = path.join(dir, 'notes.txt');
  writeFileSync(notSqlite, 'these are not the runs you are looking for\n');

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
    // Plain progress lines on standard error when not on a terminal (CI): the run id first, then people per supplier.
    expect(r.stderr).toMatch(/^run \S+: if it stops before the end, finish it with payproof evaluate --resume \S+$/m);
    expect(r.stderr).toMatch(/^evaluating: (reading the scenarios|floatwise \d+\/\d+ people)/m);
    // The policy and the same-answer sample are said on the terminal.
    expect(r.stdout).toMatch(/^Tolerance policy: the default policy \(every line exact to the cent; none stored\)/m);
    expect(r.stdout).toMatch(/^Same answer twice: every request was sent a second time/m);
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

  it.each([
    ['--db', 'a folder', () => dir, /^payproof: --db: \S+ is a folder; expected a SQLite database file/],
    ['--db', 'a file that is not SQLite', () => notSqlite, /^payproof: --db: \S+ is not a SQLite database/],
    ['--out', 'a file', () => notSqlite, /^payproof: --out: \S+ is a file; expected a folder for reports\/<run-id>\//],
  ])('%s pointing at %s: one clear line, exit 2, nothing stored', (flag, _what, target, message) => {
    const db = path.join(dir, 'untouched.sqlite');
    const args = ['evaluate', '--scenarios', 'test-payrolls/acting-pay.csv', '--db', db, '--out', path.join(dir, 'r')];
    args[args.indexOf(flag) + 1] = target();
    const r = runPayproof(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
    if (flag === '--out') expect(existsSync(db)).toBe(false);
  });
});
