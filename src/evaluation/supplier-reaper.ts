import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * No supplier process outlives the harness, even after `kill -9` of the harness (which runs
 * no exit hook). Supplier processes run in their own process groups (transports/process-group.ts);
 * a small watchdog process watches the harness: every half second it notes the process groups
 * the harness leads children in, and when the harness's end of its stdin pipe closes without
 * a goodbye (the harness died: the kernel closes its descriptors), it kills those groups.
 *
 * What cannot be guaranteed: a supplier started less than half a second before the harness
 * died may not have been noted yet; a supplier that leaves its process group (setsid) is still
 * found by the tag in its environment, unless it also cleared its environment;
 * the watchdog needs /proc (Linux) and does nothing elsewhere; `kill -9` of the watchdog itself.
 */
const WATCHDOG = `
const fs = require('fs');
const parent = Number(process.argv[1]);
const groups = new Set();
function scan() {
  let pids = [];
  try { pids = fs.readdirSync('/proc').filter((d) => /^\\d+$/.test(d)); } catch { return; }
  for (const g of [...groups]) if (!fs.existsSync('/proc/' + g)) groups.delete(g);
  for (const d of pids) {
    let stat;
    try { stat = fs.readFileSync('/proc/' + d + '/stat', 'utf8'); } catch { continue; }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(d), ppid = Number(f[1]), pgrp = Number(f[2]);
    if (ppid === parent && pgrp === pid && pid !== process.pid) groups.add(pid);
  }
}
scan();
setInterval(scan, 500);
let bye = false;
process.stdin.on('data', (d) => { if (String(d).includes('bye')) bye = true; });
// Every supplier process carries PAYPROOF_SUPPLIER_TAG=<harness pid>-… (transports/process-sweep.ts),
// so one that left its process group (setsid, a double fork) is found by its environment.
const TAG = '\\0PAYPROOF_SUPPLIER_TAG=' + parent + '-';
function sweep() {
  let pids = [];
  try { pids = fs.readdirSync('/proc').filter((d) => /^\\d+$/.test(d)); } catch { return; }
  for (const d of pids) {
    try { if (('\\0' + fs.readFileSync('/proc/' + d + '/environ', 'latin1')).includes(TAG)) process.kill(Number(d), 'SIGKILL'); } catch {}
  }
}
process.stdin.on('end', () => {
  if (!bye) {
    for (const g of groups) { try { process.kill(-g, 'SIGKILL'); } catch {} }
    sweep();
  }
  process.exit(0);
});
process.stdin.on('error', () => {});
process.stdin.resume();
`;

export interface Reaper {
  stop(): void;
}

export function startReaper(): Reaper {
  if (!existsSync('/proc/self/stat')) return { stop: () => undefined };
  const child = spawn(process.execPath, ['-e', WATCHDOG, String(process.pid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
    detached: true,
  });
  child.unref();
  child.stdin.on('error', () => undefined);
  // The pipe must not keep the harness alive either.
  (child.stdin as unknown as { unref?: () => void }).unref?.();
  return {
    stop: () => {
      child.stdin.end('bye\n');
    },
  };
}
