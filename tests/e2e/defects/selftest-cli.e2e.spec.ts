import * as path from 'node:path';
import { runPayproof } from '../cli/run-cli';

/** `payproof selftest` as a user runs it: the built bin, no database, no standard input. */

describe('payproof selftest', () => {
  it('reports every class detected, each one defect with its title, in French on request; exit 0', () => {
    const run = runPayproof(['selftest', '--lang', 'fr']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^payproof selftest : 19 catégories de défauts implantées/);
    expect(run.stdout).toContain('Présentées comme un seul défaut au titre attendu : 19 sur 19.');
  });

  it('prints the report as JSON with both languages; a set that cannot reveal a class exits 1', () => {
    const one = path.join('test-payrolls', 'acting-pay.csv');
    const run = runPayproof(['selftest', '--scenarios', one, '--json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { classes: { id: string; detected: boolean; expectedTitle: object }[] };
    expect(report.classes.find((c) => c.id === 'acting-first-period-unpaid')?.detected).toBe(true);
    expect(report.classes.find((c) => c.id === 'paid-after-termination')?.detected).toBe(false);
    expect(Object.keys(report.classes[0].expectedTitle)).toEqual(['en', 'fr']);
  });

  it('names a bad flag value and what was expected; exit 2', () => {
    const run = runPayproof(['selftest', '--lang', 'de']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('payproof: --lang: found "de", expected en or fr\n');
  });
});
