import { HttpTransportConfig } from '../manifest';
import { CallOptions, TransportOutcome, VendorTransport } from '../vendor-transport';
import { encodeRequest, failureOf, stopwatch } from './answer';
import { runJob } from './http-async';
import { postJson } from './http-exchange';
import { ManagedServer } from './managed-server';

/** Without an explicit URL, a started supplier is reached on the loopback port it was given. */
export const DEFAULT_STARTED_URL = 'http://127.0.0.1:{port}/';

/**
 * POSTs the request JSON to the supplier's URL; in async mode (manifest `async`) a 202 is
 * followed by polling the job (http-async.ts). When the manifest says how to start the
 * supplier, start() runs it on a free local port first (in its own session and process group)
 * and stop() kills it with everything it started.
 */
export class HttpTransport implements VendorTransport {
  readonly kind = 'http' as const;
  private starting?: Promise<ManagedServer | undefined>;

  constructor(private readonly config: HttpTransportConfig) {}

  async start(): Promise<void> {
    await this.ensureStarted();
  }

  async call(request: unknown, opts: CallOptions = {}): Promise<TransportOutcome> {
    const finish = stopwatch();
    const body = encodeRequest(request);
    let server: ManagedServer | undefined;
    try {
      server = await this.ensureStarted();
    } catch (err) {
      const { failure, stderr } = failureOf(err);
      return finish({ ok: false, failure }, stderr);
    }
    // A started supplier that has died is reported as the crash it is, not as a refused connection.
    const dead = server?.exitFailure();
    if (dead) return finish({ ok: false, failure: dead }, server?.stderr());
    const { config } = this;
    const url = server?.url ?? config.url!;
    const exchange = { ...config, url, body, signal: opts.signal };
    const result = config.async ? await runJob({ ...exchange, ...config.async }) : await postJson(exchange);
    if (result.ok) return finish(result);
    // A lost connection or a silent deadline from a started supplier that died is the crash it was.
    const died = ['connection', 'timeout'].includes(result.failure.kind) ? await server?.diedDuringCall() : undefined;
    return finish({ ok: false, failure: died ?? result.failure }, server?.stderr());
  }

  async stop(): Promise<void> {
    const starting = this.starting;
    this.starting = undefined;
    const server = await starting?.catch(() => undefined);
    await server?.stop();
  }

  private ensureStarted(): Promise<ManagedServer | undefined> {
    const { start, url } = this.config;
    if (!start) return Promise.resolve(undefined);
    this.starting ??= ManagedServer.start({ start, url: url ?? DEFAULT_STARTED_URL }).catch((err: unknown) => {
      this.starting = undefined; // a later call or start() may try again
      throw err;
    });
    return this.starting;
  }
}
