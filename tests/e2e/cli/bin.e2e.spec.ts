import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runPayproof } from './run-cli';

/**
 * The built bin as the shell sees it: the exit code of each kind of outcome, results on
 * standard output and errors on standard error. The commands' behaviour is tested in-process
 * (calc, scenarios, flags); this is what only a real process shows.
 */
describe('the built payproof bin', () => {
  const calc = ['calc', '--pay-date', '2026-01-14', '--gross', '2307.69'];

  it('exits 0 with the result on standard output and nothing on standard error', () => {
    const run = runPayproof([...calc, '--json']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toMatchObject({ net: '1820.77' });
  });

  it('exits 1 when the command ran and found problems', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'payproof-bin-'));
    writeFileSync(path.join(dir, 'bad.json'), '{ "id": ');
    const run = runPayproof(['scenarios', 'validate', dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/bad\.json: this is not valid JSON/);
  });

  it('exits 2 for bad input, 3 for what is not supported, with one line on standard error and nothing on standard output', () => {
    for (const [args, status] of [
      [[...calc, '--gross', '100'], 2],
      [
        ['calc', '--gross', '2307.69', '--pay-date', '2026-01-14', '--province', 'QC', '--provincial-claim-code', '3'],
        3,
      ],
    ] as const) {
      const run = runPayproof([...args]);
      expect({ args, status: run.status, stdout: run.stdout }).toEqual({ args, status, stdout: '' });
      expect(run.stderr).toMatch(/^payproof: [^\n]+\n$/);
    }
  });

  it('prints the help on standard output with exit code 0, and refuses an unknown command with exit code 2', () => {
    const help = runPayproof(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: payproof/);
    expect(help.stdout).toMatch(/^ {2}calc\b/m);
    const unknown = runPayproof(['cacl']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe("payproof: unknown command 'cacl' (did you mean calc?)\n");
  });
});

describe('a run past the time limit', () => {
  it('is killed and says it timed out, with what it printed so far', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, () => {
        const { port: free } = probe.address() as AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'payproof-bin-')), 'db.sqlite');
    // `serve` runs until it is stopped: the helper must stop it and say why.
    expect(() => runPayproof(['serve', '--port', String(port)], { env: { PAYPROOF_DB: db }, timeoutS: 3 })).toThrow(
      /^payproof serve --port \d+ timed out after 3 s \(the test time limit, [^)]+\) and was killed;\nstandard output so far:\n/,
    );
  });
});
