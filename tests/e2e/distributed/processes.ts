import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../cli/run-cli';
import { CHILD_TIME_LIMIT_S, timedOut } from '../../setup/time-limit';

export interface Spawned {
  child: ChildProcess;
  /** Standard error so far (workers log there). */
  stderr(): string;
  stdout(): string;
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** The built bin in a process of its own, killed (and the test told so) at the suite's time limit. */
export function payproof(args: string[], env: NodeJS.ProcessEnv = {}): Spawned {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/payproof.js'), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Awaited<Spawned['done']>>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(timedOut(`payproof ${args.join(' ')}`, CHILD_TIME_LIMIT_S, { stdout, stderr }));
    }, CHILD_TIME_LIMIT_S * 1000);
    child.on('exit', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
  return { child, stderr: () => stderr, stdout: () => stdout, done };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `test` holds of what the process printed on standard error; fails if it exits first. */
export async function waitFor(p: Spawned, test: (stderr: string) => boolean, what: string): Promise<void> {
  while (!test(p.stderr())) {
    if (p.child.exitCode !== null || p.child.signalCode !== null)
      throw new Error(`ended before ${what}:\n${p.stderr()}`);
    await sleep(50);
  }
}

/** Processes whose parent is `pid` (Linux /proc). */
export function childrenOf(pid: number): number[] {
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

export const alive = (pid: number): boolean =>
  existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

function reportDir(stdout: string): string {
  const html = /Report: (\S+index\.html)/.exec(stdout);
  if (!html) throw new Error(`no report in:\n${stdout}`);
  return path.resolve(REPO_ROOT, path.dirname(html[1]));
}

/** The findings of a run as `evaluate` wrote them (findings.jsonl beside the index.html it names), without the run's id. */
export function findingsOf(stdout: string): unknown[] {
  return readFileSync(path.join(reportDir(stdout), 'findings.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const { runId: _run, ...finding } = JSON.parse(l) as Record<string, unknown>;
      return finding;
    });
}

/** The run's defects (defects.json): each with its counts, dollars, families and smallest example. */
export function defectsOf(stdout: string): unknown[] {
  return (JSON.parse(readFileSync(path.join(reportDir(stdout), 'defects.json'), 'utf8')) as { defects: unknown[] })
    .defects;
}

/** Chunks a worker began ("chunk 3 of run …: evaluating") and those it stored. */
export function chunksIn(log: string): { began: number[]; stored: number[] } {
  const all = (re: RegExp) => [...log.matchAll(re)].map((m) => Number(m[1]));
  return { began: all(/chunk (\d+) of run \S+: evaluating/g), stored: all(/chunk (\d+) of run \S+: stored/g) };
}
