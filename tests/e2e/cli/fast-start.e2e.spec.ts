import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runPayproof } from './run-cli';

const PROBE = path.join(__dirname, 'loaded-packages.js');
/** What only the database and HTTP commands need (issue 12: `payproof calc` took 2.5 s loading them). */
const HEAVY = ['typeorm', '@nestjs/typeorm', 'sqlite3', 'express', '@nestjs/platform-express', '@nestjs/swagger'];

const freshFolder = () => path.join(mkdtempSync(path.join(tmpdir(), 'payproof-generate-')), 'out');

/** The npm packages the built bin loaded to run these arguments. */
function packagesLoadedBy(args: string[]): { status: number | null; packages: string[] } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'payproof-probe-')), 'packages.json');
  const run = runPayproof(args, { env: { PAYPROOF_LOADED_PACKAGES: file }, nodeArgs: ['--require', PROBE] });
  return { status: run.status, packages: JSON.parse(readFileSync(file, 'utf8')) as string[] };
}

describe('commands that need no database or HTTP start without loading them (the built bin)', () => {
  it.each([
    ['calc', ['calc', '--pay-date', '2026-01-14', '--gross', '2307.69', '--json']],
    ['explain', ['explain', 'test-payrolls/acting-pay.csv', '--brief']],
    ['scenarios list', ['scenarios', 'list']],
    ['scenarios validate', ['scenarios', 'validate', 'test-payrolls']],
    [
      'scenarios generate',
      ['scenarios', 'generate', '--employees', '3', '--seed', '1', '--year', '2026', '--out', freshFolder()],
    ],
    ['--help', ['--help']],
  ])('%s', (_name, args) => {
    const { status, packages } = packagesLoadedBy(args);
    expect(status).toBe(0);
    expect(packages).toContain('commander');
    expect(packages.filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  it('while evaluate does load TypeORM (the probe sees what is loaded)', () => {
    const { status, packages } = packagesLoadedBy(['evaluate', '--help']);
    expect(status).toBe(0);
    expect(packages).toContain('typeorm');
  });
});
