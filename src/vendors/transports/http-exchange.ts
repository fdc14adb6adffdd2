import { TransportFailure } from '../vendor-transport';
import { aborted, OutcomeWithoutTime, parseAnswer, timedOut, tooLarge, tooLargeStopped } from './answer';
import { delay } from './process-group';

/**
 * One POST of a JSON request, with the whole call (every attempt and backoff) under one
 * deadline. Retries happen only when no response was received at all, so a supplier never
 * sees a request twice after it has started answering.
 */
export interface ExchangeOptions {
  url: string;
  body: string;
  timeoutMs: number;
  retries: number;
  /** Wait before retry n is retryBackoffMs * 2^(n-1). */
  retryBackoffMs: number;
  maxResponseBytes: number;
  signal?: AbortSignal;
}

// Refused or reset before any response; UND_ERR_SOCKET is undici's "other side closed".
const RETRYABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET']);
const ERROR_BODY_CHARS = 500;
// Enough bytes for 500 characters of any UTF-8 text.
const ERROR_BODY_BYTES = ERROR_BODY_CHARS * 4;

export async function postJson(o: ExchangeOptions): Promise<OutcomeWithoutTime> {
  const controller = new AbortController();
  let stopped: TransportFailure | undefined;
  const stop = (failure: TransportFailure) => {
    stopped ??= failure;
    controller.abort();
  };
  const timer = setTimeout(() => stop(timedOut(o.timeoutMs)), o.timeoutMs);
  const onAbort = () => stop(aborted());
  if (o.signal?.aborted) onAbort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const result = await attempt(o, controller.signal);
    // Whatever error the abort caused inside fetch, the reason we aborted is the finding.
    return stopped ? { ok: false, failure: stopped } : result;
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onAbort);
    controller.abort(); // releases the connection if the body was not read to the end
  }
}

async function attempt(o: ExchangeOptions, signal: AbortSignal): Promise<OutcomeWithoutTime> {
  for (let n = 1; ; n++) {
    let response: Response;
    try {
      response = await fetch(o.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: o.body,
        signal,
      });
    } catch (err) {
      if (signal.aborted || n > o.retries || !RETRYABLE.has(errorCode(err) ?? '')) {
        return connectionFailed({ url: o.url, err, attempts: n });
      }
      await delay(o.retryBackoffMs * 2 ** (n - 1), signal);
      continue;
    }
    return readResponse(response, o.maxResponseBytes);
  }
}

async function readResponse(response: Response, maxBytes: number): Promise<OutcomeWithoutTime> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (response.ok && declared > maxBytes) {
    await response.body?.cancel();
    return { ok: false, failure: tooLarge(declared, maxBytes) };
  }
  let read: LimitedRead;
  try {
    read = await readLimited(response.body, response.ok ? maxBytes : ERROR_BODY_BYTES);
  } catch (err) {
    const failure: TransportFailure = {
      kind: 'connection',
      message: `connection to supplier was lost while reading its answer: ${describe(err)}`,
      detail: { code: errorCode(err) },
    };
    return { ok: false, failure };
  }
  if (!response.ok) return { ok: false, failure: httpStatus(response, read.text) };
  if (read.overLimit) return { ok: false, failure: tooLargeStopped(read.bytes, maxBytes) };
  return parseAnswer(read.text);
}

interface LimitedRead {
  text: string;
  bytes: number;
  overLimit: boolean;
}

/** Reads at most `limit` bytes and cancels the stream past that, so a huge answer is never held. */
async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<LimitedRead> {
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  if (!body) return { text: '', bytes, overLimit: false };
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      return { text: Buffer.concat(chunks).toString('utf8'), bytes, overLimit: true };
    }
    chunks.push(value);
  }
  return { text: Buffer.concat(chunks).toString('utf8'), bytes, overLimit: false };
}

function httpStatus(response: Response, text: string): TransportFailure {
  const bodyStart = text.slice(0, ERROR_BODY_CHARS);
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return {
    kind: 'http-status',
    message: `supplier answered HTTP ${status}${bodyStart ? `: ${bodyStart}` : ''}`,
    detail: { status: response.status, bodyStart },
  };
}

function connectionFailed({ url, err, attempts }: { url: string; err: unknown; attempts: number }): OutcomeWithoutTime {
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
  return {
    ok: false,
    failure: {
      kind: 'connection',
      message: `could not reach supplier at ${url}: ${describe(err)} (${tries})`,
      detail: { code: errorCode(err), attempts },
    },
  };
}

/** fetch() wraps the socket error: TypeError("fetch failed") with the real one as `cause`. */
function errorCode(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string; errors?: { code?: string }[] } };
  return e?.cause?.code ?? e?.cause?.errors?.[0]?.code ?? e?.code;
}

function describe(err: unknown): string {
  const e = err as { message?: string; cause?: { message?: string } };
  return e?.cause?.message ?? e?.message ?? String(err);
}
