import { ChildProcess, spawn, StdioOptions } from 'node:child_process';

/**
 * Supplier processes run in their own process group (detached), so a timeout or stop() kills
 * the whole tree: a shell script's `node server.js`, a server's worker children, and so on.
 */

// Suppliers get a small, fixed environment plus their manifest's env, never the harness's own
// (which may hold database passwords or API tokens), and runs do not depend on who launched them.
const PASSED_ENV = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'TZ', 'SYSTEMROOT'];

export function supplierEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of PASSED_ENV) if (process.env[name] !== undefined) env[name] = process.env[name];
  return { ...env, ...extra };
}

export interface SpawnGroupOptions {
  command: string;
  args: string[];
  cwd?: string;
  env: Record<string, string>;
  stdio: StdioOptions;
}

/** Groups still alive; killed with SIGKILL if the harness exits first, so none are orphaned. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

export function spawnGroup(opts: SpawnGroupOptions): ChildProcess {
  // No shell: arguments reach the supplier exactly as the manifest wrote them.
  const child = spawn(opts.command, opts.args, {
    cwd: opts.cwd,
    env: supplierEnv(opts.env),
    stdio: opts.stdio,
    detached: true,
  });
  const pid = child.pid;
  if (pid !== undefined) {
    liveGroups.add(pid);
    child.once('exit', () => liveGroups.delete(pid));
    installExitHook();
  }
  return child;
}

/** Resolves when the child has exited (immediately if it already has, or never started). */
export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/**
 * SIGTERM to the group, SIGKILL after `graceMs` if the leader is still there, then SIGKILL once
 * more for members that outlived their leader. Resolves once the leader has exited.
 */
export async function killGroup(child: ChildProcess, graceMs: number): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const exit = exitOf(child);
  signalGroup(pid, 'SIGTERM');
  const graceOver = new AbortController();
  const exitedInTime = await Promise.race([exit.then(() => true), delay(graceMs, graceOver.signal).then(() => false)]);
  graceOver.abort(); // clears the grace timer so it cannot hold the event loop open
  if (!exitedInTime) signalGroup(pid, 'SIGKILL');
  await exit;
  signalGroup(pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone, which is what we wanted.
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const pid of liveGroups) signalGroup(pid, 'SIGKILL');
  });
}

export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
