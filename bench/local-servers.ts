/**
 * PostgreSQL and Redis on loopback for the tests and bench:workers: each server in a temporary
 * folder, on a free port, started from the Debian packages (`postgresql`, `redis-server`) and
 * stopped by the caller. PostgreSQL refuses to run as root: as root, initdb and pg_ctl run as
 * the `postgres` user (runuser) in a folder it owns. Nothing here is part of payproof itself:
 * a real deployment uses its own servers (docs/runbook.md).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import * as path from 'node:path';

export interface LocalServer {
  url: string;
  /** CPU milliseconds the server's processes have used so far (Linux /proc; 0 elsewhere). */
  cpuMs(): number;
  stop(): Promise<void>;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** A process's fields after its name in /proc/<pid>/stat (field 3 onwards), or undefined when gone. */
function procStat(pid: number | string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/**
 * CPU milliseconds of a process: its own (utime, stime) and, with `reaped`, its children that
 * have exited and been waited for (cutime, cstime).
 */
export function processCpuMs(pid: number | 'self', reaped = false): number {
  const f = procStat(pid);
  if (!f) return 0;
  const ticks = Number(f[11]) + Number(f[12]) + (reaped ? Number(f[13]) + Number(f[14]) : 0);
  return ticks * TICK_MS;
}

/** A server and its live children (PostgreSQL's backends), plus the children it has reaped. */
function treeCpuMs(pid: number): number {
  if (!existsSync('/proc')) return 0;
  let live = 0;
  for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    const f = procStat(d);
    if (f && Number(f[1]) === pid) live += (Number(f[11]) + Number(f[12])) * TICK_MS;
  }
  return processCpuMs(pid, true) + live;
}

/** A port nobody listens on now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL's programs: Debian keeps them in /usr/lib/postgresql/<version>/bin, off the PATH. */
function postgresBin(program: string): string | undefined {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', program)))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length > 0) return path.join(root, versions[0], 'bin', program);
  const found = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** Why the servers cannot be started here, or undefined when they can. */
export function whyNoServers(): string | undefined {
  const missing = [
    postgresBin('initdb') ? undefined : 'PostgreSQL (apt-get install postgresql)',
    postgresBin('pg_ctl') ? undefined : 'pg_ctl',
    onPath('redis-server') ? undefined : 'Redis (apt-get install redis-server)',
  ].filter((m) => m !== undefined);
  if (missing.length > 0) return `not installed: ${missing.join(', ')}`;
  if (userInfo().uid === 0 && spawnSync('id', ['postgres']).status !== 0)
    return 'running as root and there is no postgres user to run PostgreSQL as';
  return undefined;
}

function onPath(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
}

/** Runs a PostgreSQL program, as the postgres user when this process is root. */
function asPostgres(program: string, args: string[]): void {
  const bin = postgresBin(program);
  if (bin === undefined) throw new Error(`${program}: not installed (apt-get install postgresql)`);
  const root = userInfo().uid === 0;
  const r = spawnSync(root ? 'runuser' : bin, root ? ['-u', 'postgres', '--', bin, ...args] : args, {
    encoding: 'utf8',
    input: '',
  });
  if (r.status !== 0) throw new Error(`${program} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
}

/**
 * A fresh PostgreSQL cluster (trust authentication, loopback only, a Unix socket in its own
 * folder). `durable: false` (tests) turns fsync off: faster, and a crash of the machine loses
 * the cluster, which is thrown away anyway.
 */
export async function startPostgres(o: { durable?: boolean } = {}): Promise<LocalServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'payproof-pg-'));
  if (userInfo().uid === 0) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(ids.stdout), Number(gid.stdout));
  }
  const data = path.join(dir, 'data');
  asPostgres('initdb', ['-D', data, '-U', 'payproof', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses='127.0.0.1'",
    '-c max_connections=200',
    ...(o.durable === true ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ');
  asPostgres('pg_ctl', ['-D', data, '-o', settings, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  return {
    url: `postgres://payproof@127.0.0.1:${port}/postgres`,
    // postmaster.pid's first line is the server's process id.
    cpuMs: () => treeCpuMs(Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0])),
    stop: async () => {
      try {
        asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A Redis server with no persistence, as a child of this process. */
export async function startRedis(): Promise<LocalServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'payproof-redis-'));
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start in 30 s:\n${output}`)), 30_000);
    const seen = (d: Buffer) => {
      output += d.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}):\n${output}`));
    });
  });
  child.stdout!.removeAllListeners('data').resume();
  child.stderr!.removeAllListeners('data').resume();
  child.removeAllListeners('exit');
  return {
    url: `redis://127.0.0.1:${port}`,
    cpuMs: () => (child.pid === undefined ? 0 : treeCpuMs(child.pid)),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A database of its own on a cluster (tests that must not see each other's runs). */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
