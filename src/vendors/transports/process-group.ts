import { ChildProcess, spawn, StdioOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { onExit } from 'signal-exit';
import { SUPPLIER_TAG_VAR, sweepTagged, taggedPidsSync } from './process-sweep';

/**
 * Supplier processes run in their own session and process group (detached: setsid), so a
 * timeout or stop() kills the whole tree: a shell script's `node server.js`, a server's worker
 * children, and so on. Each also carries a tag in its environment (process-sweep.ts), so what
 * escaped the group (setsid, a double fork) is found and killed too.
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

/** A supplier process and the tag its descendants inherit. */
export interface SupplierProcess {
  child: ChildProcess;
  tag: string;
}

/** Tags are this harness's pid, a random part and a counter: unique, and one prefix per harness. */
const TAG_PREFIX = `${process.pid}-${randomBytes(4).toString('hex')}-`;
let spawned = 0;

/** Groups still alive; killed with SIGKILL if the harness exits first, so none are orphaned. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

export function spawnGroup(opts: SpawnGroupOptions): SupplierProcess {
  const tag = `${TAG_PREFIX}${++spawned}`;
  // No shell: arguments reach the supplier exactly as the manifest wrote them.
  const child = spawn(opts.command, opts.args, {
    cwd: opts.cwd,
    env: { ...supplierEnv(opts.env), [SUPPLIER_TAG_VAR]: tag },
    stdio: opts.stdio,
    detached: true,
  });
  const pid = child.pid;
  if (pid !== undefined) {
    liveGroups.add(pid);
    child.once('exit', () => liveGroups.delete(pid));
    installExitHook();
  }
  return { child, tag };
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
 * more for members that outlived their leader, and for every process carrying the tag wherever
 * it went. Resolves once the leader has exited and the sweep is done.
 */
export async function killGroup(p: SupplierProcess, graceMs: number): Promise<void> {
  const pid = p.child.pid;
  if (pid === undefined) return;
  const exit = exitOf(p.child);
  signalGroup(pid, 'SIGTERM');
  const graceOver = new AbortController();
  const exitedInTime = await Promise.race([exit.then(() => true), delay(graceMs, graceOver.signal).then(() => false)]);
  graceOver.abort(); // clears the grace timer so it cannot hold the event loop open
  if (!exitedInTime) signalGroup(pid, 'SIGKILL');
  await exit;
  await killLeftovers(p);
}

/** After the leader has exited: whatever it left behind, in its group or escaped from it. */
export async function killLeftovers(p: SupplierProcess): Promise<void> {
  if (p.child.pid !== undefined) signalGroup(p.child.pid, 'SIGKILL');
  await sweepTagged(p.tag);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone, which is what we wanted.
  }
}

/**
 * When the harness exits, on its own or by a signal (Ctrl-C, SIGTERM), its suppliers go with
 * it: signal-exit runs this synchronously in both cases, then lets the signal do its work.
 */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  onExit(() => {
    for (const pid of liveGroups) signalGroup(pid, 'SIGKILL');
    for (const pid of taggedPidsSync(TAG_PREFIX)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
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
