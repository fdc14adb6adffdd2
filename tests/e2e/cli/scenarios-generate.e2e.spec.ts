import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runPayproof } from './run-cli';

const freshDir = () => mkdtempSync(path.join(tmpdir(), 'payproof-generate-e2e-'));
const contents = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((name) => readFileSync(path.join(dir, name), 'utf8'));

describe('payproof scenarios generate (the built CLI)', () => {
  it('writes a population that `scenarios validate` accepts, the same bytes for the same seed', () => {
    const [a, b] = [freshDir(), freshDir()];
    const args = [
      'scenarios',
      'generate',
      '--employees',
      '40',
      '--seed',
      '3',
      '--year',
      '2025-2026',
      '--per-file',
      '15',
    ];
    const run = runPayproof([...args, '--out', a]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^wrote 40 scenarios \(g3-0000001 to g3-0000040\) in 3 files to .+: 0\.\d MB\n/);
    expect(run.stdout).toContain('paydays 2025-01-15 to 2026-12-30: 52 per employee, 2080 employee-pay-periods\n');
    expect(run.stdout).toContain(`replay: payproof ${args.slice(0, 8).join(' ')} --out ${a} --per-file 15\n`);
    const validate = runPayproof(['scenarios', 'validate', a]);
    expect(validate).toEqual({ status: 0, stdout: '40 scenarios in 3 files: all valid\n', stderr: '' });
    expect(runPayproof([...args, '--out', b]).status).toBe(0);
    expect(contents(b)).toEqual(contents(a));
  });

  it.each([
    [['--employees', '0'], 'payproof: --employees: found "0", expected a whole number from 1 to 1000000\n'],
    [
      ['--employees', '5', '--year', '2027'],
      'payproof: --year: found "2027", expected a year from 2025 to 2026 or a range such as 2025-2026 (the pay years the reference holds)\n',
    ],
  ])('refuses %j with exit code 2 and one line naming the flag', (flags, line) => {
    const run = runPayproof(['scenarios', 'generate', ...flags, '--out', freshDir()]);
    expect(run).toEqual({ status: 2, stdout: '', stderr: line });
  });

  it('states the mix in --help', () => {
    const help = runPayproof(['scenarios', 'generate', '--help']);
    expect(help.status).toBe(0);
    const text = help.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('30 % with HR events');
    expect(text).toContain('--employees <n>');
  });
});
