import { TransportFailure } from '../vendor-transport';
import { aborted, deadline, OutcomeWithoutTime } from './answer';
import { exchangeJson, ExchangeOptions, JobAccepted } from './http-exchange';
import { delay } from './process-group';

/**
 * Async mode (docs/vendor-protocol.md section 10): the request is POSTed once, exactly as in
 * the synchronous mode; a supplier that answers 202 Accepted with a Location is then polled
 * there with GETs (idempotent, so nothing is ever asked twice) until the job answers 200 with
 * the ordinary answer JSON. One deadline covers the whole job, the POST included.
 */
export interface AsyncJobOptions extends Omit<ExchangeOptions, 'jobs' | 'body'> {
  body: string;
  /** The whole job, from the POST to the answer (manifest async.deadlineMs). */
  deadlineMs: number;
  /** Between polls when the supplier gives no Retry-After (manifest async.pollIntervalMs). */
  pollIntervalMs: number;
}

/** A Retry-After of 0 (or a date in the past) still waits this long: polls never spin. */
export const MIN_POLL_MS = 100;

interface Job {
  url?: string;
  polls: number;
}

export async function runJob(o: AsyncJobOptions): Promise<OutcomeWithoutTime> {
  // One signal for the job: the deadline or the harness's own cancel (a listener removed at the
  // end, so a run-long signal does not collect one per request).
  const stop = new AbortController();
  let expired = false;
  const timer = deadline(o.deadlineMs, () => ((expired = true), stop.abort()));
  const cancel = () => stop.abort();
  if (o.signal?.aborted) cancel();
  o.signal?.addEventListener('abort', cancel, { once: true });
  const job: Job = { polls: 0 };
  try {
    const result = await follow(o, stop.signal, job);
    // Whatever the abort caused in a call or a wait, the deadline passing is the finding.
    if (!result.ok && expired && !o.signal?.aborted) return { ok: false, failure: pastDeadline(o.deadlineMs, job) };
    return result;
  } finally {
    timer.cancel();
    o.signal?.removeEventListener('abort', cancel);
  }
}

async function follow(o: AsyncJobOptions, signal: AbortSignal, job: Job): Promise<OutcomeWithoutTime> {
  let answer = await exchangeJson({ ...o, signal, jobs: true });
  if (!('accepted' in answer)) return answer; // a synchronous answer, or a failure of the POST
  const location = jobLocation(answer, o.url);
  if (!location.ok) return location;
  job.url = location.url;
  for (;;) {
    await delay(waitMs(answer.retryAfter, o.pollIntervalMs), signal);
    if (signal.aborted) return { ok: false, failure: aborted() };
    job.polls++;
    const { body: _posted, ...get } = o;
    const polled = await exchangeJson({ ...get, url: job.url, signal, jobs: true });
    if (!('accepted' in polled)) return polled.ok ? polled : { ok: false, failure: whilePolling(polled.failure, job) };
    answer = polled;
  }
}

/** Where to poll: the 202's Location, resolved against the POST's URL, on the supplier's own origin. */
function jobLocation(
  accepted: JobAccepted,
  postUrl: string,
): { ok: true; url: string } | { ok: false; failure: TransportFailure } {
  const refuse = (why: string) => ({
    ok: false as const,
    failure: {
      kind: 'http-status' as const,
      message: `supplier answered HTTP 202 Accepted ${why}; an asynchronous job must give the URL to poll in a Location header on its own origin`,
      detail: { status: 202 },
    },
  });
  if (!accepted.location) return refuse('without a Location header');
  let url: URL;
  try {
    url = new URL(accepted.location, postUrl);
  } catch {
    return refuse(`with a Location that is not a URL (${accepted.location})`);
  }
  // The harness polls only where it was told to POST: a supplier cannot send it elsewhere.
  if (url.origin !== new URL(postUrl).origin)
    return refuse(`with a Location on another origin (${url.origin}, not ${new URL(postUrl).origin})`);
  return { ok: true, url: url.href };
}

/**
 * How long to wait before the next poll: Retry-After in seconds or as an HTTP date
 * (RFC 9110 section 10.2.3), else the manifest's interval; an unreadable value is ignored.
 */
export function waitMs(retryAfter: string | undefined, pollIntervalMs: number, now = Date.now()): number {
  const value = retryAfter?.trim() ?? '';
  let ms = pollIntervalMs;
  if (/^\d+$/.test(value)) ms = Number(value) * 1_000;
  // Every HTTP-date form starts with the day's name; Date.parse alone would read "-3" as a year.
  else if (/^[A-Za-z]/.test(value) && !Number.isNaN(Date.parse(value))) ms = Date.parse(value) - now;
  return Math.max(MIN_POLL_MS, ms);
}

function whilePolling(failure: TransportFailure, job: Job): TransportFailure {
  return {
    ...failure,
    message: `polling the supplier's job at ${job.url} (poll ${job.polls}): ${failure.message}`,
    detail: { ...failure.detail, job: job.url, polls: job.polls },
  };
}

function pastDeadline(deadlineMs: number, job: Job): TransportFailure {
  const where = job.url
    ? `; it accepted the request as a job at ${job.url} and was polled ${job.polls} time${job.polls === 1 ? '' : 's'}`
    : '; it had not accepted the request yet';
  return {
    kind: 'async-deadline',
    message: `timed out: the supplier's asynchronous job did not finish within its deadline of ${deadlineMs} ms (async.deadlineMs)${where}`,
    detail: { timeoutMs: deadlineMs, job: job.url, polls: job.polls },
  };
}
