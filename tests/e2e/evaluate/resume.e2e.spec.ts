import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as sqlite3 from 'sqlite3';
import { scenarioToJson } from '../../../src/domain/scenario';
import { ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';
import { REPO_ROOT } from '../cli/run-cli';
import { CHILD_TIME_LIMIT_S, timedOut } from '../../setup/time-limit';

/** The suite's one time limit (tests/setup/time-limit.json), most of it for a spawned run. */
const RUN_LIMIT_MS = CHILD_TIME_LIMIT_S * 1000;

interface Finished {
  status: number | null;
  stdout: string;
  stderr: string;
}

function payproof(args: string[]): { child: ChildProcess; done: Promise<Finished> } {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/payproof.js'), ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Finished>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(timedOut(`payproof ${args.join(' ')}`, CHILD_TIME_LIMIT_S, { stdout, stderr }));
    }, RUN_LIMIT_MS);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
  return { child, done };
}

function query<T>(db: string, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const conn = new sqlite3.Database(db, sqlite3.OPEN_READONLY, (err) => {
      if (err) return reject(err);
      conn.all(sql, (e, rows) => conn.close(() => (e ? reject(e) : resolve(rows as T[]))));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

const alive = (pid: number) =>
  existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

/** Waits until the run has done at least `share` of its work, then kills the harness with SIGKILL. */
async function killAt(db: string, child: ChildProcess, share: number): Promise<{ runId: string; suppliers: number[] }> {
  for (;;) {
    const rows = existsSync(db)
      ? await query<{ id: string; work_done: number; work_total: number }>(
          db,
          'SELECT id, work_done, work_total FROM evaluation_run',
        ).catch(() => [])
      : [];
    if (rows[0] && rows[0].work_done >= share * rows[0].work_total) {
      const suppliers = childrenOf(child.pid!);
      child.kill('SIGKILL');
      return { runId: rows[0].id, suppliers };
    }
    if (child.exitCode !== null) throw new Error(`the run ended (exit ${child.exitCode}) before ${share * 100} %`);
    await sleep(100);
  }
}

function reportDir(stdout: string): string {
  const html = /Report: (\S+index\.html)/.exec(stdout);
  if (!html) throw new Error(`no report in:\n${stdout}`);
  return path.resolve(REPO_ROOT, path.dirname(html[1]));
}

/** Every finding of the run, without the run's id (two runs are compared): defect, role and root included. */
function findingsOf(stdout: string): unknown[] {
  return readFileSync(path.join(reportDir(stdout), 'findings.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const { runId: _run, ...finding } = JSON.parse(l) as Record<string, unknown>;
      return finding;
    });
}

/** The run's defects (defects.json), each with its counts, dollars, families and smallest example. */
function defectsOf(stdout: string): unknown[] {
  return (JSON.parse(readFileSync(path.join(reportDir(stdout), 'defects.json'), 'utf8')) as { defects: unknown[] })
    .defects;
}

describe('payproof evaluate: killed with kill -9, then --resume (built bin, real suppliers)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'payproof-resume-'));
  const scenarios = path.join(dir, 'scenarios.json');
  const common = (db: string) => ['evaluate', '--db', path.join(dir, db), '--out', path.join(dir, 'reports')];
  const fresh = (db: string) => [...common(db), '--vendors', 'floatwise,daycount', '--scenarios', scenarios];
  let uninterrupted: unknown[];
  let uninterruptedDefects: unknown[];

  beforeAll(async () => {
    // The catalogue twice over (ids made unique), in chunks of 5: enough chunks to stop part way.
    const load = await new ScenarioCatalog().load(path.join(REPO_ROOT, 'test-payrolls'));
    const all = [1, 2].flatMap((k) =>
      load.scenarios.map(({ scenario }, i) => ({ ...scenarioToJson(scenario), id: `copy${k}-${i}` })),
    );
    writeFileSync(scenarios, JSON.stringify(all));
    const run = await payproof([...fresh('whole.sqlite'), '--chunk-size', '5']).done;
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(0);
    uninterrupted = findingsOf(run.stdout);
    expect(uninterrupted.length).toBeGreaterThan(0);
    uninterruptedDefects = defectsOf(run.stdout);
    expect(uninterruptedDefects.length).toBeGreaterThan(0);
  });

  it.each([0.3, 0.7])(
    'killed at %p of the work: the run is interrupted, no supplier process is left, and --resume gives the same findings and defects',
    async (share) => {
      const db = `killed-${share}.sqlite`;
      const first = payproof([...fresh(db), '--chunk-size', '5']);
      const { runId, suppliers } = await killAt(path.join(dir, db), first.child, share);
      await first.done;
      expect(suppliers.length).toBeGreaterThan(0); // daycount's server (and the watchdog)
      for (let waited = 0; suppliers.some(alive) && waited < 10_000; waited += 100) await sleep(100);
      expect(suppliers.filter(alive)).toEqual([]);

      const resumed = await payproof([...common(db), '--resume', runId]).done;
      expect(resumed.stderr).not.toMatch(/internal error/);
      expect([resumed.status, resumed.stderr]).toEqual([0, expect.anything()]);
      expect(findingsOf(resumed.stdout)).toEqual(uninterrupted);
      expect(defectsOf(resumed.stdout)).toEqual(uninterruptedDefects);
      const [row] = await query<{ status: string }>(path.join(dir, db), 'SELECT status FROM evaluation_run');
      expect(row.status).toBe('finished');
    },
  );

  it('two evaluations on one database at the same time both finish', async () => {
    const args = [
      ...common('shared.sqlite'),
      '--vendors',
      'floatwise,daycount',
      '--scenarios',
      path.join(REPO_ROOT, 'test-payrolls/acting-pay.csv'),
    ];
    const [a, b] = await Promise.all([payproof(args).done, payproof(args).done]);
    expect([a.status, b.status, a.stderr + b.stderr]).toEqual([
      0,
      0,
      expect.not.stringMatching(/SQLITE_BUSY|internal error/),
    ]);
    const rows = await query<{ status: string }>(path.join(dir, 'shared.sqlite'), 'SELECT status FROM evaluation_run');
    expect(rows.map((r) => r.status)).toEqual(['finished', 'finished']);
  });
});
