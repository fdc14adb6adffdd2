import { ModuleTransportConfig } from '../manifest';
import { CallOptions, TransportFailure, TransportOutcome, VendorTransport } from '../vendor-transport';
import {
  aborted,
  encodeRequest,
  failureOf,
  notReady,
  OutcomeWithoutTime,
  stopwatch,
  timedOut,
  tooLarge,
} from './answer';

type Handle = (request: unknown) => unknown;

/**
 * An engine loaded into the harness's own process with require(): the fastest plug, meant for
 * simulated suppliers. The entry must be loadable by require() (compiled JS, or TS under a
 * loader such as ts-jest). Its timeout cannot stop synchronous code: a handle() that loops
 * forever blocks the harness too. Use the command transport for engines you do not trust.
 */
export class ModuleTransport implements VendorTransport {
  readonly kind = 'module' as const;
  private handle?: Handle;

  constructor(private readonly config: ModuleTransportConfig) {}

  async start(): Promise<void> {
    this.load();
  }

  async call(request: unknown, opts: CallOptions = {}): Promise<TransportOutcome> {
    const finish = stopwatch();
    // Through JSON both ways, so the engine shares no objects with the harness and sees exactly
    // what a remote supplier would.
    const input: unknown = JSON.parse(encodeRequest(request));
    let handle: Handle;
    try {
      handle = this.load();
    } catch (err) {
      return finish({ ok: false, failure: failureOf(err).failure });
    }
    const answer = await settleWithin(() => handle(input), { timeoutMs: this.config.timeoutMs, signal: opts.signal });
    if (answer.kind === 'threw') {
      const error = answer.error instanceof Error ? answer.error : new Error(String(answer.error));
      const failure: TransportFailure = { kind: 'crash', message: `supplier's engine threw: ${error.message}` };
      return finish({ ok: false, failure }, error.stack);
    }
    if (answer.kind !== 'value') return finish({ ok: false, failure: answer.failure });
    return finish(this.serialise(answer.value));
  }

  private load(): Handle {
    if (this.handle) return this.handle;
    const entry = this.config.entry;
    let loaded: { handle?: unknown; default?: { handle?: unknown } };
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the entry is only known at run time
      loaded = require(entry) as typeof loaded;
    } catch (err) {
      throw loadFailure(`could not load supplier module ${entry}: ${(err as Error).message}`);
    }
    // `exports.handle`, or an ES module's `export default { handle }` compiled to CommonJS.
    const owner = typeof loaded?.handle === 'function' ? loaded : loaded?.default;
    if (typeof owner?.handle !== 'function') {
      throw loadFailure(`supplier module ${entry} exports no handle(request) function`);
    }
    const target = owner as { handle: Handle };
    this.handle = (request) => target.handle(request);
    return this.handle;
  }

  private serialise(value: unknown): OutcomeWithoutTime {
    let text: string | undefined;
    try {
      text = JSON.stringify(value);
    } catch (err) {
      return malformed(`supplier's answer is not JSON-serialisable: ${(err as Error).message}`);
    }
    // JSON.stringify gives undefined for undefined, functions and symbols: nothing a wire could carry.
    if (text === undefined) return malformed(`supplier's answer is not JSON-serialisable: got ${typeof value}`);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > this.config.maxResponseBytes)
      return { ok: false, failure: tooLarge(bytes, this.config.maxResponseBytes) };
    return { ok: true, body: JSON.parse(text) };
  }
}

type Settled =
  | { kind: 'value'; value: unknown }
  | { kind: 'threw'; error: unknown }
  | { kind: 'stopped'; failure: TransportFailure };

/** Runs fn and waits for its result, a timeout, or the caller's abort, whichever comes first. */
async function settleWithin(
  fn: () => unknown,
  { timeoutMs, signal }: CallOptions & { timeoutMs: number },
): Promise<Settled> {
  if (signal?.aborted) return { kind: 'stopped', failure: aborted() };
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<Settled>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'stopped', failure: timedOut(timeoutMs) }), timeoutMs);
    onAbort = () => resolve({ kind: 'stopped', failure: aborted() });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  // Promise.resolve().then turns a synchronous throw into a rejection like an async one.
  const result = Promise.resolve()
    .then(fn)
    .then(
      (value): Settled => ({ kind: 'value', value }),
      (error: unknown): Settled => ({ kind: 'threw', error }),
    );
  try {
    return await Promise.race([result, stopped]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort!);
  }
}

function loadFailure(message: string): Error {
  return notReady({ kind: 'crash', message });
}

function malformed(message: string): OutcomeWithoutTime {
  return { ok: false, failure: { kind: 'malformed', message } };
}
