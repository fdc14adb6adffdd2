import * as os from 'node:os';
import type { RunOwner, RunRecord } from './ports/run-records';

/** A run whose owner has not written for this long, on another machine, is taken as interrupted. */
export const STALE_AFTER_MS = 120_000;

export function thisProcess(): RunOwner {
  return { pid: process.pid, host: os.hostname() };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Why a run still marked running is not running any more, or undefined when it may be: its
 * process is gone (same machine), or it has not written for STALE_AFTER_MS (another machine,
 * or no owner recorded). `mine` are the runs this process is running now.
 */
export function whyInterrupted(run: RunRecord, nowMs: number, mine: ReadonlySet<string>): string | undefined {
  if (mine.has(run.id)) return undefined;
  const me = thisProcess();
  if (run.owner && run.owner.host === me.host) {
    if (run.owner.pid === me.pid) return `interrupted: this process (pid ${me.pid}) no longer runs it`;
    if (!alive(run.owner.pid)) return `interrupted: its process (pid ${run.owner.pid}) is gone`;
    return undefined;
  }
  const last = Date.parse(run.heartbeatAt ?? run.startedAt);
  if (nowMs - last > STALE_AFTER_MS)
    return `interrupted: no sign of life from its process since ${run.heartbeatAt ?? run.startedAt}`;
  return undefined;
}
