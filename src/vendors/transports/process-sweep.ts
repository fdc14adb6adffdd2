import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';

/**
 * Finding a supplier's processes after the fact, through Linux's /proc. Every process the
 * harness starts for a supplier carries SUPPLIER_TAG_VAR in its environment, and every process
 * it starts inherits it, including one that leaves the process group with setsid() or
 * double-forks to become a daemon. Killing the group catches most leftovers; sweeping by tag
 * catches those. Where /proc is absent (macOS, Windows) the sweep finds nothing and only the
 * process group is killed (docs/vendor-protocol.md §1 says what cannot be guaranteed).
 */
export const SUPPLIER_TAG_VAR = 'PAYPROOF_SUPPLIER_TAG';

const PROC = '/proc';
const isPid = (name: string) => /^\d+$/.test(name);

/** Pids of processes (other than this one) whose environment holds SUPPLIER_TAG_VAR=tag. */
export async function taggedPids(tag: string): Promise<number[]> {
  const names = await readdir(PROC).catch(() => [] as string[]);
  const needle = `\0${SUPPLIER_TAG_VAR}=${tag}\0`;
  const found = await Promise.all(
    names.filter(isPid).map(async (name) => {
      const environ = await readFile(`${PROC}/${name}/environ`, 'latin1').catch(() => '');
      return `\0${environ}`.includes(needle) ? Number(name) : undefined;
    }),
  );
  return found.filter((pid): pid is number => pid !== undefined && pid !== process.pid);
}

/** The same, synchronously: for the harness's exit hook, where nothing asynchronous runs. */
export function taggedPidsSync(tagPrefix: string): number[] {
  let names: string[];
  try {
    names = readdirSync(PROC);
  } catch {
    return [];
  }
  const needle = `\0${SUPPLIER_TAG_VAR}=${tagPrefix}`;
  return names.filter(isPid).flatMap((name) => {
    try {
      return `\0${readFileSync(`${PROC}/${name}/environ`, 'latin1')}`.includes(needle) ? [Number(name)] : [];
    } catch {
      return [];
    }
  });
}

/**
 * SIGKILL every process carrying the tag, repeating while new ones appear (a process may
 * fork while its parent is being killed). Returns how many were killed.
 */
export async function sweepTagged(tag: string): Promise<number> {
  let killed = 0;
  for (let round = 0; round < 5; round++) {
    const pids = (await taggedPids(tag)).filter(isRunning);
    if (pids.length === 0) break;
    for (const pid of pids) if (kill(pid)) killed++;
  }
  return killed;
}

function kill(pid: number): boolean {
  try {
    process.kill(pid, 'SIGKILL');
    return true;
  } catch {
    return false; // gone already
  }
}

/** include/linux/sched.h: the task is getting shut down. */
const PF_EXITING = 0x4;

export type ProcState = 'running' | 'exited' | 'unknown';

/**
 * Whether a process has exited, read from /proc without reaping it: 'exited' when it is a
 * zombie or gone, 'unknown' where /proc cannot tell. The harness uses it to tell a supplier
 * that died on its own from one it stopped, when both happen around a deadline.
 */
export function procState(pid: number): ProcState {
  try {
    const stat = readFileSync(`${PROC}/${pid}/stat`, 'latin1');
    // After the command name: state, ppid, pgrp, session, tty_nr, tpgid, flags (proc(5)).
    const [state, , , , , , flags] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Z and X: dead; PF_EXITING: dying (its sockets and pipes may close before it is a zombie).
    return state === 'Z' || state === 'X' || (Number(flags) & PF_EXITING) !== 0 ? 'exited' : 'running';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' && procAvailable() ? 'exited' : 'unknown';
  }
}

function isRunning(pid: number): boolean {
  return procState(pid) !== 'exited';
}

let hasProc: boolean | undefined;
function procAvailable(): boolean {
  if (hasProc === undefined) {
    try {
      readFileSync(`${PROC}/self/stat`);
      hasProc = true;
    } catch {
      hasProc = false;
    }
  }
  return hasProc;
}
