import * as http from 'node:http';
import * as https from 'node:https';
import { TransportFailure } from '../vendor-transport';
import {
  aborted,
  deadline,
  formatBytes,
  OutcomeWithoutTime,
  parseAnswer,
  timedOut,
  tooLarge,
  tooLargeStopped,
} from './answer';
import { delay } from './process-group';

/**
 * One POST of a JSON request (or one GET of an asynchronous job, http-async.ts), with the
 * whole call (every attempt and backoff) under one deadline. A retry happens only when no
 * connection could be made: once a connection is open the request is on its way, and a
 * supplier must never see it twice, so a reset after that is reported, not retried
 * (docs/vendor-protocol.md §1). Node's own http client is used rather
 * than fetch() because it says whether the connection was made, which fetch() does not.
 */
export interface ExchangeOptions {
  url: string;
  /** The request JSON, POSTed; without it the call is a GET (polling an asynchronous job). */
  body?: string;
  timeoutMs: number;
  retries: number;
  /** Wait before retry n is retryBackoffMs * 2^(n-1). */
  retryBackoffMs: number;
  maxResponseBytes: number;
  signal?: AbortSignal;
  /** Async mode (docs/vendor-protocol.md section 10): a 202 is a job accepted, not an answer. */
  jobs?: boolean;
}

/** A 202 Accepted in async mode: where the job can be polled and when, as the supplier said. */
export interface JobAccepted {
  accepted: true;
  location?: string;
  retryAfter?: string;
}

const ERROR_BODY_CHARS = 500;
// Enough bytes for 500 characters of any UTF-8 text.
const ERROR_BODY_BYTES = ERROR_BODY_CHARS * 4;

/** How far one attempt got: a failure is classified by it. */
type Stage = 'connecting' | 'sent' | 'answering';

interface Attempt {
  outcome: OutcomeWithoutTime | JobAccepted;
  /** True only when the attempt failed before any connection was made. */
  retryable: boolean;
}

/** The synchronous exchange: a 202 is read as any 2xx answer, as before async mode existed. */
export function postJson(o: ExchangeOptions & { body: string }): Promise<OutcomeWithoutTime> {
  return exchangeJson({ ...o, jobs: false }) as Promise<OutcomeWithoutTime>;
}

export async function exchangeJson(o: ExchangeOptions): Promise<OutcomeWithoutTime | JobAccepted> {
  const controller = new AbortController();
  let stopped: TransportFailure | undefined;
  const received = { bytes: 0 };
  const stop = (failure: TransportFailure) => {
    stopped ??= failure;
    controller.abort();
  };
  const timer = deadline(o.timeoutMs, () => stop(timedOut(o.timeoutMs, received.bytes)));
  const onAbort = () => stop(aborted());
  if (o.signal?.aborted) onAbort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (let n = 1; ; n++) {
      received.bytes = 0;
      const attempt = stopped ? undefined : await post(o, controller.signal, received);
      // Whatever error the abort caused inside the request, the reason we aborted is the finding.
      if (stopped || !attempt) return { ok: false, failure: stopped ?? aborted() };
      if (!attempt.retryable || n > o.retries) return withAttempts(attempt, n);
      await delay(o.retryBackoffMs * 2 ** (n - 1), controller.signal);
    }
  } finally {
    timer.cancel();
    o.signal?.removeEventListener('abort', onAbort);
    controller.abort(); // releases the connection if the body was not read to the end
  }
}

function post(o: ExchangeOptions, signal: AbortSignal, received: { bytes: number }): Promise<Attempt> {
  const target = new URL(o.url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let stage: Stage = 'connecting';
    const done = (outcome: OutcomeWithoutTime | JobAccepted, retryable = false) => resolve({ outcome, retryable });
    const body =
      o.body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(o.body) };
    const req = client.request(target, {
      method: o.body === undefined ? 'GET' : 'POST',
      // A fresh connection per request: a pooled one could be closed by the supplier at any moment.
      agent: false,
      signal,
      headers: { ...body, accept: 'application/json' },
    });
    req.once('socket', (socket) => {
      socket.once(target.protocol === 'https:' ? 'secureConnect' : 'connect', () => (stage = 'sent'));
    });
    req.once('response', (res) => {
      stage = 'answering';
      if (o.jobs && res.statusCode === 202) return done(accepted(res));
      void readResponse(res, o.maxResponseBytes, received).then((outcome) => done(outcome));
    });
    req.once('error', (err) => {
      if (stage === 'answering') return; // the response's own reader reports it
      done(requestFailed(o.url, stage, err), stage === 'connecting');
    });
    req.end(o.body);
  });
}

function readResponse(
  res: http.IncomingMessage,
  maxBytes: number,
  received: { bytes: number },
): Promise<OutcomeWithoutTime> {
  const status = res.statusCode ?? 0;
  const ok = status >= 200 && status < 300;
  const declared = Number(res.headers['content-length'] ?? NaN);
  if (ok && declared > maxBytes) {
    res.destroy();
    return Promise.resolve({ ok: false, failure: tooLarge(declared, maxBytes) });
  }
  const limit = ok ? maxBytes : ERROR_BODY_BYTES;
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    const text = () => Buffer.concat(chunks).toString('utf8');
    res.on('data', (chunk: Buffer) => {
      received.bytes += chunk.length;
      if (received.bytes <= limit) return void chunks.push(chunk);
      res.destroy();
      resolve(ok ? { ok: false, failure: tooLargeStopped(received.bytes, maxBytes) } : httpStatus(res, text()));
    });
    res.once('end', () => resolve(ok ? parseAnswer(text()) : httpStatus(res, text())));
    res.once('close', () => {
      // Closed before the end: the connection was lost in the middle of the answer.
      if (!res.complete) resolve({ ok: false, failure: lostWhileReading(received.bytes) });
    });
  });
}

/** The body of a 202 is not read: the job's Location and Retry-After are the whole message. */
function accepted(res: http.IncomingMessage): JobAccepted {
  res.resume();
  const { location, 'retry-after': retryAfter } = res.headers;
  return { accepted: true, location, retryAfter };
}

function lostWhileReading(bytes: number): TransportFailure {
  return {
    kind: 'connection',
    message: `connection to supplier was lost while reading its answer (${formatBytes(bytes)} received)`,
    detail: { bytes },
  };
}

function httpStatus(res: http.IncomingMessage, text: string): OutcomeWithoutTime {
  const bodyStart = text.slice(0, ERROR_BODY_CHARS);
  const status = `${res.statusCode}${res.statusMessage ? ` ${res.statusMessage}` : ''}`;
  return {
    ok: false,
    failure: {
      kind: 'http-status',
      message: `supplier answered HTTP ${status}${bodyStart ? `: ${bodyStart}` : ''}`,
      detail: { status: res.statusCode, bodyStart },
    },
  };
}

function requestFailed(url: string, stage: Stage, err: Error): OutcomeWithoutTime {
  const code = errorCode(err);
  const message =
    stage === 'connecting'
      ? `could not reach supplier at ${url}: ${err.message || code}`
      : `supplier at ${url} closed the connection after the request was sent, without answering (${code ?? err.message}); not retried, as the supplier may have acted on it`;
  return { ok: false, failure: { kind: 'connection', message, detail: { code } } };
}

/** The number of attempts on a connection failure; the message counts them when connecting failed. */
function withAttempts({ outcome, retryable }: Attempt, attempts: number): OutcomeWithoutTime | JobAccepted {
  if ('accepted' in outcome || outcome.ok || outcome.failure.kind !== 'connection') return outcome;
  const { failure } = outcome;
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
  const message = retryable ? `${failure.message} (${tries})` : failure.message;
  return { ok: false, failure: { ...failure, message, detail: { ...failure.detail, attempts } } };
}

/** Node's socket errors carry a code; a failed multi-address connect wraps them in an AggregateError. */
function errorCode(err: unknown): string | undefined {
  const e = err as { code?: string; errors?: { code?: string }[] };
  return e?.code ?? e?.errors?.[0]?.code;
}
