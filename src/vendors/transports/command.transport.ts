import { ChildProcess } from 'node:child_process';
import { CommandTransportConfig } from '../manifest';
import { CallOptions, TransportFailure, TransportOutcome, VendorTransport } from '../vendor-transport';
import {
  aborted,
  encodeRequest,
  exited,
  OutcomeWithoutTime,
  parseAnswer,
  stopwatch,
  timedOut,
  tooLargeStopped,
} from './answer';
import { killGroup, spawnGroup } from './process-group';
import { TailBuffer } from './tail-buffer';

/**
 * One process per call: the request JSON goes to stdin, the answer JSON comes back on stdout,
 * stderr is kept (last 64 KB) for the report. A fresh process per call means one pay run cannot
 * leak state into the next, at the cost of start-up time.
 */
export class CommandTransport implements VendorTransport {
  readonly kind = 'command' as const;
  private readonly running = new Set<CommandRun>();

  constructor(private readonly config: CommandTransportConfig) {}

  async call(request: unknown, opts: CallOptions = {}): Promise<TransportOutcome> {
    const finish = stopwatch();
    const input = encodeRequest(request);
    if (opts.signal?.aborted) return finish({ ok: false, failure: aborted() });
    const run = new CommandRun(this.config, opts.signal);
    this.running.add(run);
    const { result, stderr } = await run.finished(input);
    this.running.delete(run);
    return finish(result, stderr);
  }

  /** Kills calls still in flight; each of them then resolves with an 'aborted' failure. */
  async stop(): Promise<void> {
    await Promise.all([...this.running].map((run) => run.end(aborted())));
  }
}

/** The life of one supplier process, from spawn to a classified result. */
class CommandRun {
  readonly child: ChildProcess;
  private readonly stdout: Buffer[] = [];
  private stdoutBytes = 0;
  private readonly stderr = new TailBuffer();
  /** Set when the harness decided to end the process; it wins over the exit status. */
  private verdict?: TransportFailure;
  private killing?: Promise<void>;

  constructor(
    private readonly config: CommandTransportConfig,
    private readonly signal?: AbortSignal,
  ) {
    this.child = spawnGroup({ ...config, stdio: ['pipe', 'pipe', 'pipe'] });
  }

  finished(input: string): Promise<{ result: OutcomeWithoutTime; stderr?: string }> {
    const { child, config } = this;
    const timer = setTimeout(() => void this.end(timedOut(config.timeoutMs)), config.timeoutMs);
    const onAbort = () => void this.end(aborted());
    this.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout!.on('data', (chunk: Buffer) => this.onStdout(chunk));
    child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk));
    // EPIPE when the supplier exits without reading all of its input: its exit status says why.
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(input);
    let settled = false;
    return new Promise((resolve) => {
      const settle = async (result: () => OutcomeWithoutTime) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.signal?.removeEventListener('abort', onAbort);
        // Kill what is left of the group (grandchildren) before reporting, so nothing outlives a call.
        await (this.killing ?? killGroup(child, 0));
        resolve({ result: result(), stderr: this.stderr.text() });
      };
      child.once('error', (err: NodeJS.ErrnoException) => {
        this.verdict ??= {
          kind: 'crash',
          message: `could not start supplier: ${err.message}`,
          detail: { code: err.code },
        };
        void settle(() => ({ ok: false, failure: this.verdict! }));
      });
      child.once('close', (code, signal) => void settle(() => this.classify(code, signal)));
    });
  }

  private onStdout(chunk: Buffer): void {
    if (this.verdict) return;
    this.stdoutBytes += chunk.length;
    if (this.stdoutBytes > this.config.maxResponseBytes) {
      void this.end(tooLargeStopped(this.stdoutBytes, this.config.maxResponseBytes));
    } else {
      this.stdout.push(chunk);
    }
  }

  end(failure: TransportFailure): Promise<void> {
    if (this.killing) return this.killing;
    this.verdict ??= failure;
    return (this.killing = killGroup(this.child, this.config.killGraceMs).then(() => {
      // A grandchild that left the group could still hold stdout open; stop waiting for it.
      this.child.stdout?.destroy();
      this.child.stderr?.destroy();
    }));
  }

  private classify(code: number | null, signal: NodeJS.Signals | null): OutcomeWithoutTime {
    if (this.verdict) return { ok: false, failure: this.verdict };
    if (code !== 0) return { ok: false, failure: exited(code, signal) };
    return parseAnswer(Buffer.concat(this.stdout).toString('utf8'));
  }
}
