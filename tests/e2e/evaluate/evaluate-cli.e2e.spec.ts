import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as sqlite3 from 'sqlite3';
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

  it('uses the tolerance policy stored with PUT /api/policy unless --policy is given, and says which', async () => {
    const db = path.join(dir, 'runs.sqlite');
    const policy = { tolerances: { CPP: { amount: '0.05', reason: 'the supplier rounds per bracket' } } };
    await new Promise<void>((resolve, reject) => {
      const conn = new sqlite3.Database(db, (err) => {
        if (err) return reject(err);
        conn.run(
          `INSERT OR REPLACE INTO setting (key, value, updated_at, updated_by) VALUES ('tolerance-policy', ?, '2026-11-22T10:00:00.000Z', 'procurement team')`,
          [JSON.stringify(policy)],
          (e) => conn.close(() => (e ? reject(e) : resolve())),
        );
      });
    });
    const args = ['evaluate', '--scenarios', 'test-payrolls/acting-pay.csv', '--vendors', 'floatwise'];
    const stored = runPayproof([...args, '--db', db, '--out', path.join(dir, 'reports')]);
    expect(stored.status).toBe(0);
    expect(stored.stdout).toMatch(
      /^Tolerance policy: the stored policy \(set by procurement team at 2026-11-22T10:00:00.000Z\)/m,
    );
    const file = path.join(dir, 'exact.json');
    writeFileSync(file, JSON.stringify({ tolerances: {} }));
    const given = runPayproof([...args, '--db', db, '--out', path.join(dir, 'reports'), '--policy', file]);
    expect(given.status).toBe(0);
    expect(given.stdout).toMatch(/^Tolerance policy: --policy \S+exact\.json/m);
    const policyOf = (out: string) =>
      JSON.parse(readFileSync(path.join(path.dirname(/Report: (\S+index\.html)/.exec(out)![1]), 'run.json'), 'utf8'))
        .run.pins.tolerancePolicy;
    expect(policyOf(stored.stdout).tolerances.CPP.amount).toBe('0.05');
    expect(policyOf(given.stdout).tolerances).toEqual({});
  });
});
