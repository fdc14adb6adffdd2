import { CommandTransportConfig } from '../manifest';
import { CallOptions, TransportFailure, TransportOutcome, VendorTransport } from '../vendor-transport';
import {
  aborted,
  deadline,
  encodeRequest,
  exited,
  OutcomeWithoutTime,
  parseAnswer,
  stopwatch,
  timedOut,
  tooLargeStopped,
} from './answer';
import { killGroup, killLeftovers, spawnGroup, SupplierProcess } from './process-group';
import { procState } from './process-sweep';
import { TailBuffer } from './tail-buffer';

/**
 * One process per call: the request JSON goes to stdin, the answer JSON comes back on stdout,
 * stderr is kept (last 64 KB) for the report. A fresh process per call means one pay run cannot
 * leak state into the next, at the cost of start-up time. When the process exits, whatever it
 * left running is killed, so nothing outlives the call.
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

/**
 * The life of one supplier process, from spawn to a classified result. The result follows
 * what happened: the exit status the process gave itself, the bytes it wrote, or the
 * harness's own decision to stop it (deadline, size limit, cancel), in that order of arrival.
 */
class CommandRun {
  private readonly proc: SupplierProcess;
  private readonly stdout: Buffer[] = [];
  private stdoutBytes = 0;
  private readonly stderr = new TailBuffer();
  /** Set when the harness decided to end the process; it wins over the exit status. */
  private verdict?: TransportFailure;
  private killing?: Promise<void>;
  /** Set once the process has exited on its own: its leftovers are being killed. */
  private cleanup?: Promise<void>;

  constructor(
    private readonly config: CommandTransportConfig,
    private readonly signal?: AbortSignal,
  ) {
    this.proc = spawnGroup({ ...config, stdio: ['pipe', 'pipe', 'pipe'] });
  }

  finished(input: string): Promise<{ result: OutcomeWithoutTime; stderr?: string }> {
    const { child } = this.proc;
    const timer = deadline(this.config.timeoutMs, () => this.onDeadline());
    const onAbort = () => void this.end(aborted());
    this.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout!.on('data', (chunk: Buffer) => this.onStdout(chunk));
    child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk));
    // EPIPE when the supplier exits without reading all of its input: its exit status says why.
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(input);
    // The answer is complete when the process exits; anything it left running is a leftover.
    child.once('exit', () => {
      this.cleanup ??= killLeftovers(this.proc);
    });
    let settled = false;
    return new Promise((resolve) => {
      const settle = async (result: () => OutcomeWithoutTime) => {
        if (settled) return;
        settled = true;
        timer.cancel();
        this.signal?.removeEventListener('abort', onAbort);
        // Everything the supplier started is gone before the call reports.
        await (this.killing ?? this.cleanup ?? killLeftovers(this.proc));
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

  /** The deadline passed with no complete answer, unless the process had already ended by itself. */
  private onDeadline(): void {
    const { child } = this.proc;
    if (this.verdict) return;
    if (this.cleanup) {
      // Exited, but something outside its tag still holds its output open: stop waiting for it.
      this.destroyStreams();
      return;
    }
    // A zombie not yet reaped died on its own before the deadline: its exit status decides.
    if (child.pid !== undefined && procState(child.pid) === 'exited') return;
    void this.end(timedOut(this.config.timeoutMs, this.stdoutBytes));
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
    // A process that left the group could still hold stdout open; stop waiting for it.
    return (this.killing = killGroup(this.proc, this.config.killGraceMs).then(() => this.destroyStreams()));
  }

  private destroyStreams(): void {
    this.proc.child.stdout?.destroy();
    this.proc.child.stderr?.destroy();
  }

  private classify(code: number | null, signal: NodeJS.Signals | null): OutcomeWithoutTime {
    if (this.verdict) return { ok: false, failure: this.verdict };
    if (code !== 0) return { ok: false, failure: exited(code, signal) };
    return parseAnswer(Buffer.concat(this.stdout).toString('utf8'));
  }
}
