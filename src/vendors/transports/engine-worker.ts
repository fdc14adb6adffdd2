import { Worker } from 'node:worker_threads';
import { TransportFailure } from '../vendor-transport';
import { aborted, deadline, notReady, OutcomeWithoutTime, parseAnswer, timedOut, tooLarge } from './answer';
import { supplierEnv } from './process-group';
import { TailBuffer } from './tail-buffer';

/**
 * A module supplier's engine, loaded in its own worker thread, so that a deadline can stop it
 * even when it never gives the event loop back (a synchronous loop): Worker.terminate() stops
 * JavaScript wherever it is. The engine meets the request and its own answer as JSON text only,
 * so it shares no object with the harness; the answer's size is measured inside the worker,
 * so a huge answer is refused without being copied to the harness.
 */

/** Old-generation heap of one engine's thread: an engine that needs more is reported as a crash. */
export const ENGINE_HEAP_MB = 1024;

// The worker's code, given as text (eval) so it runs the same from dist/ and under ts-jest.
const WORKER_SOURCE = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { entry, maxResponseBytes } = workerData;
// The engine's console output goes to the harness as messages (kept for the report), never to
// the harness's own standard output, which holds only its results.
for (const stream of [process.stdout, process.stderr]) {
  stream.write = (chunk, encoding, callback) => {
    parentPort.postMessage({ type: 'log', text: String(chunk) });
    if (typeof encoding === 'function') encoding();
    else if (typeof callback === 'function') callback();
    return true;
  };
}
let handle;
try {
  const loaded = require(entry);
  // exports.handle, or an ES module's export default { handle } compiled to CommonJS.
  const owner = loaded && typeof loaded.handle === 'function' ? loaded : loaded && loaded.default;
  if (!owner || typeof owner.handle !== 'function') {
    parentPort.postMessage({ type: 'load-error', message: 'supplier module ' + entry + ' exports no handle(request) function' });
  } else {
    handle = (request) => owner.handle(request);
    parentPort.postMessage({ type: 'ready' });
  }
} catch (err) {
  parentPort.postMessage({ type: 'load-error', message: 'could not load supplier module ' + entry + ': ' + (err && err.message) });
}
parentPort.on('message', async (request) => {
  let value;
  try {
    value = await handle(JSON.parse(request));
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    return parentPort.postMessage({ type: 'threw', message: error.message, stack: error.stack });
  }
  let text;
  try {
    text = JSON.stringify(value);
  } catch (err) {
    return parentPort.postMessage({ type: 'malformed', message: "supplier's answer is not JSON-serialisable: " + err.message });
  }
  if (text === undefined) {
    return parentPort.postMessage({ type: 'malformed', message: "supplier's answer is not JSON-serialisable: got " + typeof value });
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxResponseBytes) return parentPort.postMessage({ type: 'too-large', bytes });
  parentPort.postMessage({ type: 'answer', text });
});
`;

type FromWorker =
  | { type: 'ready' }
  | { type: 'log'; text: string }
  | { type: 'load-error'; message: string }
  | { type: 'answer'; text: string }
  | { type: 'threw'; message: string; stack?: string }
  | { type: 'malformed'; message: string }
  | { type: 'too-large'; bytes: number };

export interface EngineWorkerOptions {
  entry: string;
  maxResponseBytes: number;
  /** Limit on loading the engine: a module whose top level never returns is stopped too. */
  startTimeoutMs: number;
}

export interface EngineRun {
  result: OutcomeWithoutTime;
  stderr?: string;
  /** The thread cannot be used again (stopped, crashed); the caller drops it. */
  spent: boolean;
}

export class EngineWorker {
  private readonly output = new TailBuffer();
  private current?: (message: FromWorker | { type: 'died'; failure: TransportFailure }) => void;
  private dead = false;
  /** Why the harness stopped the current call, when it did: it wins over what the thread says next. */
  private stopped?: TransportFailure;

  private constructor(
    private readonly worker: Worker,
    private readonly options: EngineWorkerOptions,
  ) {
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'log') this.output.push(Buffer.from(message.text));
      else this.current?.(message);
    });
    worker.on('error', (err: Error & { code?: string }) => this.died(engineError(err)));
    worker.on('exit', (code) => this.died({ kind: 'crash', message: `supplier's engine exited with code ${code}` }));
  }

  /** A thread with the engine loaded; rejects with notReady(crash) when it cannot be loaded. */
  static async start(o: EngineWorkerOptions): Promise<EngineWorker> {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { entry: o.entry, maxResponseBytes: o.maxResponseBytes },
      env: supplierEnv({}),
      resourceLimits: { maxOldGenerationSizeMb: ENGINE_HEAP_MB },
    });
    const engine = new EngineWorker(worker, o);
    let late: TransportFailure | undefined;
    const timer = deadline(o.startTimeoutMs, () => {
      late = {
        kind: 'timeout',
        message: `supplier's engine did not load within ${o.startTimeoutMs} ms`,
        detail: { timeoutMs: o.startTimeoutMs },
      };
      void engine.terminate();
    });
    const first = await engine.next();
    timer.cancel();
    if (first.type === 'ready' && !late) return engine.idle();
    await engine.terminate();
    const failure: TransportFailure =
      late ??
      (first.type === 'died' ? first.failure : { kind: 'crash', message: messageOf(first as unknown as LoadFailure) });
    throw notReady(failure, engine.output.text());
  }

  /** One request (JSON text) through the engine, within `timeoutMs` and until `signal` aborts. */
  async run(request: string, o: { timeoutMs: number; signal?: AbortSignal }): Promise<EngineRun> {
    this.worker.ref();
    this.output.clear();
    this.stopped = undefined;
    const reply = this.next();
    const timer = deadline(o.timeoutMs, () => this.cancel(timedOut(o.timeoutMs)));
    const onAbort = () => this.cancel(aborted());
    if (o.signal?.aborted) onAbort();
    o.signal?.addEventListener('abort', onAbort, { once: true });
    this.worker.postMessage(request);
    const message = await reply;
    timer.cancel();
    o.signal?.removeEventListener('abort', onAbort);
    const result = this.stopped ? { ok: false as const, failure: this.stopped } : this.resultOf(message);
    this.idle();
    return { result, stderr: this.stderrOf(message), spent: this.dead };
  }

  /** Stops the call in progress, if any, as `failure` (the thread is terminated). */
  cancel(failure: TransportFailure): void {
    this.stopped ??= failure;
    void this.terminate();
  }

  /** False once the thread was stopped or died: it must not be given another request. */
  get usable(): boolean {
    return !this.dead;
  }

  terminate(): Promise<number> {
    this.dead = true;
    return this.worker.terminate();
  }

  private resultOf(message: FromWorker | { type: 'died'; failure: TransportFailure }): OutcomeWithoutTime {
    switch (message.type) {
      case 'answer':
        return parseAnswer(message.text);
      case 'too-large':
        return { ok: false, failure: tooLarge(message.bytes, this.options.maxResponseBytes) };
      case 'died':
        return { ok: false, failure: message.failure };
      case 'ready':
      case 'log':
        return { ok: false, failure: { kind: 'crash', message: "supplier's engine answered out of turn" } };
      default:
        return {
          ok: false,
          failure: { kind: message.type === 'malformed' ? 'malformed' : 'crash', message: messageOf(message) },
        };
    }
  }

  private stderrOf(message: FromWorker | { type: 'died' }): string | undefined {
    return message.type === 'threw' ? (message.stack ?? this.output.text()) : this.output.text();
  }

  /** The next message, or the reason the thread died. */
  private next(): Promise<FromWorker | { type: 'died'; failure: TransportFailure }> {
    return new Promise((resolve) => {
      this.current = (message) => {
        this.current = undefined;
        resolve(message);
      };
    });
  }

  private died(failure: TransportFailure): void {
    this.dead = true;
    this.current?.({ type: 'died', failure });
  }

  /** An idle thread does not keep the harness alive. */
  private idle(): this {
    this.worker.unref();
    return this;
  }
}

type LoadFailure = Exclude<FromWorker, { type: 'ready' | 'log' | 'answer' | 'too-large' }>;

function messageOf(message: LoadFailure): string {
  return message.type === 'threw' ? `supplier's engine threw: ${message.message}` : message.message;
}

function engineError(err: Error & { code?: string }): TransportFailure {
  if (err.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return { kind: 'crash', message: `supplier's engine ran out of memory (limit ${ENGINE_HEAP_MB} MB of heap)` };
  return { kind: 'crash', message: `supplier's engine failed: ${err.message}` };
}
