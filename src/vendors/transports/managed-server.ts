import * as net from 'node:net';
import { HttpStartConfig } from '../manifest';
import { TransportFailure } from '../vendor-transport';
import { exited, notReady } from './answer';
import { delay, exitOf, killGroup, spawnGroup, SupplierProcess } from './process-group';
import { procState } from './process-sweep';
import { TailBuffer } from './tail-buffer';

/**
 * A supplier's own HTTP server, started by the harness on a free loopback port in its own
 * session and process group, and killed on stop with everything it started (process-group.ts).
 * Its stderr tail is kept for the report.
 */
export interface StartServerOptions {
  start: HttpStartConfig;
  /** The supplier's URL, possibly holding `{port}`. */
  url: string;
}

const POLL_MS = 50;

export class ManagedServer {
  private readonly stderrTail = new TailBuffer();
  private spawnError?: NodeJS.ErrnoException;

  private constructor(
    private readonly proc: SupplierProcess,
    readonly url: string,
    private readonly killGraceMs: number,
  ) {
    proc.child.stderr!.on('data', (chunk: Buffer) => this.stderrTail.push(chunk));
    proc.child.once('error', (err) => (this.spawnError = err));
  }

  private get child() {
    return this.proc.child;
  }

  /** Spawns the server and waits until it is ready; rejects with notReady(failure, stderr). */
  static async start(o: StartServerOptions): Promise<ManagedServer> {
    const port = await freePort();
    const fill = (s: string) => s.replaceAll('{port}', String(port));
    const proc = spawnGroup({
      command: o.start.command,
      args: o.start.args.map(fill),
      cwd: o.start.cwd,
      env: Object.fromEntries(Object.entries(o.start.env).map(([k, v]) => [k, fill(v)])),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const server = new ManagedServer(proc, fill(o.url), o.start.killGraceMs);
    const probe = o.start.readyPath
      ? () => answers(new URL(fill(o.start.readyPath!), server.url))
      : () => accepts(server.url);
    const failure = await server.waitUntilReady(probe, o.start.startTimeoutMs);
    if (failure) {
      await server.stop();
      throw notReady(failure, server.stderr());
    }
    return server;
  }

  stderr(): string | undefined {
    return this.stderrTail.text();
  }

  /** Why the server is gone, if it is: a crash the harness did not ask for. */
  exitFailure(): TransportFailure | undefined {
    if (this.spawnError)
      return {
        kind: 'crash',
        message: `could not start supplier: ${this.spawnError.message}`,
        detail: { code: this.spawnError.code },
      };
    const { exitCode, signalCode } = this.child;
    if (exitCode === null && signalCode === null) return undefined;
    return exited(exitCode, signalCode);
  }

  /**
   * The crash behind a failed call, if the server is dead or dying: a socket error can arrive
   * before the exit is seen, so a server that /proc shows as exited is waited for, and the call
   * is reported as the crash it was rather than a lost connection.
   */
  async diedDuringCall(): Promise<TransportFailure | undefined> {
    const known = this.exitFailure();
    if (known || this.child.pid === undefined) return known;
    if (procState(this.child.pid) !== 'exited') return undefined;
    await exitOf(this.child);
    return this.exitFailure();
  }

  async stop(): Promise<void> {
    await killGroup(this.proc, this.killGraceMs);
  }

  private async waitUntilReady(
    probe: () => Promise<boolean>,
    startTimeoutMs: number,
  ): Promise<TransportFailure | undefined> {
    const deadline = performance.now() + startTimeoutMs;
    const gone = exitOf(this.child);
    while (performance.now() < deadline) {
      const crash = this.exitFailure();
      if (crash) return { ...crash, message: `${crash.message} before it was ready` };
      if (await probe()) return undefined;
      await Promise.race([delay(POLL_MS), gone]);
    }
    return {
      kind: 'timeout',
      message: `supplier did not become ready within ${startTimeoutMs} ms`,
      detail: { timeoutMs: startTimeoutMs },
    };
  }
}

/** Port 0 makes the OS pick a free port; there is a small race until the supplier binds it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** True when something accepts TCP connections at the URL's host and port. */
function accepts(url: string): Promise<boolean> {
  const { hostname, port, protocol } = new URL(url);
  const target = { host: hostname, port: Number(port || (protocol === 'https:' ? 443 : 80)) };
  return new Promise((resolve) => {
    const socket = net.connect(target);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => (socket.destroy(), resolve(false)));
  });
}

/** True when the readiness URL answers 2xx. */
async function answers(url: URL): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
