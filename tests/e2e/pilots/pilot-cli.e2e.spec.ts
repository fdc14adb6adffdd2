import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runInProcess } from '../cli/run-cli';

/** `payproof pilot` and `evaluate --pilot` as a user meets them: what they print and their exit codes. */
describe('payproof pilot (CLI)', () => {
  let dir: string;
  let db: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'payproof-pilot-cli-'));
    db = path.join(dir, 'runs.sqlite');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a pilot, lists it, and refuses the same name twice', async () => {
    const created = await runInProcess([
      'pilot',
      'create',
      'pilot-2027',
      '--description',
      'three suppliers',
      '--db',
      db,
    ]);
    expect([created.status, created.stdout]).toEqual([
      0,
      'pilot "pilot-2027" created; add rounds with payproof evaluate --pilot pilot-2027\n',
    ]);
    const again = await runInProcess(['pilot', 'create', 'pilot-2027', '--db', db]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('pilot "pilot-2027" already exists');
    const list = await runInProcess(['pilot', 'list', '--db', db]);
    expect(list.stdout).toMatch(/pilot-2027\s+0\s+\S+\s+three suppliers/);
  });

  it('names what is wrong: a bad name, an unknown pilot, a bad round or language', async () => {
    const bad = await runInProcess(['pilot', 'create', 'Pilot 2027', '--db', db]);
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringContaining('pilot name: expected 1 to 64 lower-case')]);
    const unknown = await runInProcess(['pilot', 'show', 'nobody', '--db', db]);
    expect([unknown.status, unknown.stderr]).toEqual([2, expect.stringContaining('pilot "nobody" does not exist')]);
    const round = await runInProcess(['pilot', 'brief', 'pilot-2027', '--round', 'last', '--db', db]);
    expect([round.status, round.stderr]).toEqual([2, expect.stringContaining('--round: expected a round number')]);
    const lang = await runInProcess(['pilot', 'show', 'pilot-2027', '--lang', 'de', '--db', db]);
    expect([lang.status, lang.stderr]).toEqual([2, expect.stringContaining('--lang: expected en or fr, found "de"')]);
    const empty = await runInProcess(['pilot', 'brief', 'pilot-2027', '--db', db, '--out', dir]);
    expect([empty.status, empty.stderr]).toEqual([
      2,
      expect.stringContaining('pilot "pilot-2027" has no finished round yet'),
    ]);
  });

  it('evaluate --pilot with an unknown pilot stops before any run is made', async () => {
    const run = await runInProcess([
      'evaluate',
      '--pilot',
      'nobody',
      '--db',
      db,
      '--out',
      path.join(dir, 'reports'),
      '--scenarios',
      path.join(__dirname, '../../fixtures/evaluate-scenarios/one-paid-one-refused.json'),
    ]);
    expect([run.status, run.stderr]).toEqual([2, expect.stringContaining('pilot "nobody" does not exist')]);
    expect(existsSync(path.join(dir, 'reports'))).toBe(false);
    const runs = await runInProcess(['pilot', 'show', 'pilot-2027', '--json', '--db', db]);
    expect(JSON.parse(runs.stdout).rounds).toEqual([]);
  });
});
