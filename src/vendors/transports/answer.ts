import { PayproofError } from '../../domain/errors';
import { TransportFailure, TransportOutcome } from '../vendor-transport';

/** Turning the supplier's raw bytes into an outcome, the same way for every transport. */

const MALFORMED_PREVIEW_CHARS = 200;

/** Parse an answer's text as JSON; anything else is 'malformed', with a preview for the report. */
export function parseAnswer(text: string): { ok: true; body: unknown } | { ok: false; failure: TransportFailure } {
  // A UTF-8 byte-order mark is an encoding artefact, not part of the answer.
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (clean.trim() === '') return { ok: false, failure: { kind: 'malformed', message: "supplier's answer is empty" } };
  try {
    return { ok: true, body: JSON.parse(clean) };
  } catch (err) {
    const bodyStart = clean.slice(0, MALFORMED_PREVIEW_CHARS);
    return {
      ok: false,
      failure: {
        kind: 'malformed',
        message: `supplier's answer is not JSON: ${(err as Error).message} (first ${MALFORMED_PREVIEW_CHARS} chars: ${bodyStart})`,
        detail: { bodyStart },
      },
    };
  }
}

/** 12.3 MB / 4.0 KB / 900 bytes, in powers of 1024 as the limits are configured. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB'];
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}

/** The answer's size is known (Content-Length, or a module's JSON text). */
export function tooLarge(bytes: number, limitBytes: number): TransportFailure {
  return oversize(formatBytes(bytes), bytes, limitBytes);
}

/** Reading stopped once the limit was passed, so only a lower bound of the size is known. */
export function tooLargeStopped(bytesRead: number, limitBytes: number): TransportFailure {
  return oversize(`more than ${formatBytes(limitBytes)}`, bytesRead, limitBytes);
}

function oversize(size: string, bytes: number, limitBytes: number): TransportFailure {
  const message = `supplier's answer is ${size}, over the ${formatBytes(limitBytes)} limit`;
  return { kind: 'too-large', message, detail: { bytes, limitBytes } };
}

/** No complete answer by the deadline; `bytes` says how much of one had arrived, when any had. */
export function timedOut(timeoutMs: number, bytes = 0): TransportFailure {
  if (bytes === 0)
    return { kind: 'timeout', message: `supplier did not answer within ${timeoutMs} ms`, detail: { timeoutMs } };
  return {
    kind: 'timeout',
    message: `supplier did not finish its answer within ${timeoutMs} ms (${formatBytes(bytes)} received)`,
    detail: { timeoutMs, bytes },
  };
}

/**
 * Calls onExpired once `ms` have passed, but only after the I/O that had already arrived by
 * then is handled: setImmediate runs after the event loop's poll phase. On a loaded machine an
 * exit, a socket error or the end of an answer that came before the deadline is still seen
 * first, so a fault is classified by what happened, not by how late the harness looked.
 */
export function deadline(ms: number, onExpired: () => void): { cancel(): void } {
  let immediate: NodeJS.Immediate | undefined;
  const timer = setTimeout(() => (immediate = setImmediate(onExpired)), ms);
  return {
    cancel: () => {
      clearTimeout(timer);
      if (immediate) clearImmediate(immediate);
    },
  };
}

export function aborted(): TransportFailure {
  return { kind: 'aborted', message: 'the harness cancelled the call' };
}

/** "supplier exited with code 3" / "supplier was killed by SIGSEGV". */
export function exited(code: number | null, signal: NodeJS.Signals | null): TransportFailure {
  const how = code !== null ? `exited with code ${code}` : `was killed by ${signal ?? 'an unknown signal'}`;
  return { kind: 'crash', message: `supplier ${how}`, detail: { exitCode: code, signal } };
}

/** Measures one call; performance.now() is monotonic, so a clock change cannot skew timings. */
export function stopwatch(): (result: OutcomeWithoutTime, stderr?: string) => TransportOutcome {
  const started = performance.now();
  return (result, stderr) => {
    const elapsedMs = Math.round(performance.now() - started);
    const outcome = result.ok
      ? { ok: true as const, body: result.body, elapsedMs }
      : { ok: false as const, failure: result.failure, elapsedMs };
    return stderr === undefined ? outcome : { ...outcome, stderr };
  };
}

export type OutcomeWithoutTime = { ok: true; body: unknown } | { ok: false; failure: TransportFailure };

/** The request as JSON text; a request that cannot be sent is the harness's bug, so it throws. */
export function encodeRequest(request: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(request);
  } catch (err) {
    throw new PayproofError('INVALID_INPUT', `the request is not JSON-serialisable: ${(err as Error).message}`);
  }
  if (text === undefined)
    throw new PayproofError('INVALID_INPUT', `the request is not JSON-serialisable: got ${typeof request}`);
  return text;
}

/** What start() throws when a supplier cannot be made ready; call() turns it back into a failure. */
export function notReady(failure: TransportFailure, stderr?: string): PayproofError {
  return new PayproofError('VENDOR_FAILURE', failure.message, { failure, stderr });
}

export function failureOf(err: unknown): { failure: TransportFailure; stderr?: string } {
  const details =
    err instanceof PayproofError ? (err.details as { failure?: TransportFailure; stderr?: string }) : undefined;
  if (details?.failure) return { failure: details.failure, stderr: details.stderr };
  return { failure: { kind: 'crash', message: `could not start supplier: ${(err as Error).message}` } };
}
