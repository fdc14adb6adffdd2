import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { HttpAsyncConfig, HttpTransportConfig } from '../../../src/vendors/manifest';
import { HttpTransport } from '../../../src/vendors/transports/http.transport';
import { readJson, startServer, TestServer } from './helpers';

/**
 * Async mode (docs/vendor-protocol.md section 10) against a real server on 127.0.0.1: the
 * request's `behaviour` picks how the job goes. Every POST and every poll is counted per request,
 * so a request sent twice would show. No assertion is on elapsed time.
 */
interface Job {
  behaviour: string;
  polls: number;
  acceptedAt: number;
}

function transport(url: string, async: Partial<HttpAsyncConfig> = {}, overrides: Partial<HttpTransportConfig> = {}) {
  return new HttpTransport({
    kind: 'http',
    url,
    timeoutMs: 5_000,
    retries: 2,
    retryBackoffMs: 20,
    maxResponseBytes: 64 * 1024,
    async: { deadlineMs: 60_000, pollIntervalMs: 100, ...async },
    ...overrides,
  });
}

const ANSWER = { protocol: 'payproof-vendor/1', type: 'payRunResult', results: [] };

describe('http transport in async mode, against a real server on 127.0.0.1', () => {
  let supplier: TestServer;
  const jobs = new Map<string, Job>();
  const posts = new Map<string, number>();

  beforeAll(async () => {
    supplier = await startServer(async (req, res) => {
      if (req.method === 'GET') return poll(req.url!.replace('/jobs/', ''), res);
      const { requestId, behaviour } = (await readJson(req)) as { requestId: string; behaviour: string };
      posts.set(requestId, (posts.get(requestId) ?? 0) + 1);
      jobs.set(requestId, { behaviour, polls: 0, acceptedAt: performance.now() });
      switch (behaviour) {
        case 'sync':
          return res.end(JSON.stringify({ ...ANSWER, requestId }));
        case 'no-location':
          return res.writeHead(202).end();
        case 'elsewhere':
          return res.writeHead(202, { location: 'http://127.0.0.2:9/jobs/x' }).end();
        case 'never-accepts':
          return setTimeout(() => res.end('{}'), 10_000).unref();
        case 'retry-after':
          return res.writeHead(202, { location: `/jobs/${requestId}`, 'retry-after': '1' }).end();
        default:
          return res.writeHead(202, { location: `/jobs/${requestId}` }).end();
      }
    });

    function poll(id: string, res: import('node:http').ServerResponse) {
      const job = jobs.get(id);
      if (!job) return res.writeHead(404).end('no such job');
      job.polls++;
      const pending = () => res.writeHead(202).end();
      switch (job.behaviour) {
        case 'three-polls':
          return job.polls < 3 ? pending() : res.end(JSON.stringify({ ...ANSWER, requestId: id }));
        case 'retry-after':
          // Done 900 ms after accepting (the supplier's own clock); a poller ignoring Retry-After: 1 polls ~9 times.
          if (performance.now() - job.acceptedAt < 900) return res.writeHead(202, { 'retry-after': '1' }).end();
          return res.end(JSON.stringify({ ...ANSWER, requestId: id }));
        case 'poll-500':
          return res.writeHead(500).end('job store unavailable');
        case 'poll-404':
          return res.writeHead(404).end('no such job');
        case 'poll-malformed':
          return res.end('<html>done</html>');
        default:
          return pending(); // 'forever'
      }
    }
  });
  afterAll(() => supplier.close());

  const call = (requestId: string, behaviour: string, t = transport(supplier.url), signal?: AbortSignal) =>
    t.call({ requestId, behaviour }, { signal });

  afterEach(() => {
    // Whatever happened, no request was ever POSTed twice.
    for (const [id, count] of posts) expect([id, count]).toEqual([id, 1]);
  });

  it('POSTs once, polls the Location with GETs until 200, and brings back the answer', async () => {
    const outcome = await call('r-three', 'three-polls');

    expect(outcome).toMatchObject({ ok: true, body: { ...ANSWER, requestId: 'r-three' } });
    expect(jobs.get('r-three')!.polls).toBe(3);
  });

  it('takes a 200 to the POST as the answer, as in the synchronous mode', async () => {
    const outcome = await call('r-sync', 'sync');

    expect(outcome).toMatchObject({ ok: true, body: { requestId: 'r-sync' } });
    expect(jobs.get('r-sync')!.polls).toBe(0);
  });

  it('waits as long as Retry-After says rather than its own shorter interval', async () => {
    const outcome = await call('r-retry', 'retry-after', transport(supplier.url, { pollIntervalMs: 100 }));

    expect(outcome).toMatchObject({ ok: true, body: { requestId: 'r-retry' } });
    // One poll after the 1 s asked for; at 100 ms intervals there would be about nine.
    expect(jobs.get('r-retry')!.polls).toBe(1);
  });

  it('fails the request as async-deadline, a timeout, when the job runs past its deadline', async () => {
    const outcome = await call(
      'r-forever',
      'forever',
      transport(supplier.url, { deadlineMs: 600, pollIntervalMs: 100 }),
    );

    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'async-deadline', detail: { timeoutMs: 600 } } });
    if (outcome.ok) return;
    expect(outcome.failure.message).toMatch(
      /^timed out: the supplier's asynchronous job did not finish within its deadline of 600 ms \(async\.deadlineMs\); it accepted the request as a job at http:\/\/127\.0\.0\.1:\d+\/jobs\/r-forever and was polled \d+ times?$/,
    );
    // The polls sent; the last may have been cut off by the deadline before the server counted it.
    const received = jobs.get('r-forever')!.polls;
    expect([received, received + 1]).toContain(outcome.failure.detail!.polls);
    expect(received).toBeGreaterThan(0);
  });

  it('counts the POST itself under the deadline', async () => {
    const slow = transport(supplier.url, { deadlineMs: 300 }, { timeoutMs: 30_000 });
    const outcome = await call('r-never', 'never-accepts', slow);

    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'async-deadline' } });
    if (outcome.ok) return;
    expect(outcome.failure.message).toMatch(/deadline of 300 ms .*; it had not accepted the request yet$/);
  });

  it.each([
    ['poll-500', 'http-status', /\(poll 1\): supplier answered HTTP 500 Internal Server Error: job store unavailable$/],
    ['poll-404', 'http-status', /\(poll 1\): supplier answered HTTP 404 Not Found: no such job$/],
    ['poll-malformed', 'malformed', /\(poll 1\): supplier's answer is not JSON: /],
  ])('reports a poll answering %s as %s, naming the job and the poll', async (behaviour, kind, says) => {
    const outcome = await call(`r-${behaviour}`, behaviour);

    expect(outcome).toMatchObject({ ok: false, failure: { kind, detail: { polls: 1 } } });
    if (outcome.ok) return;
    expect(outcome.failure.message).toMatch(/^polling the supplier's job at http:\/\/127\.0\.0\.1:\d+\/jobs\/r-poll-/);
    expect(outcome.failure.message).toMatch(says);
    expect(jobs.get(`r-${behaviour}`)!.polls).toBe(1);
  });

  it.each([
    ['no-location', /^supplier answered HTTP 202 Accepted without a Location header; /],
    [
      'elsewhere',
      /^supplier answered HTTP 202 Accepted with a Location on another origin \(http:\/\/127\.0\.0\.2:9, not /,
    ],
  ])('refuses a 202 %s without polling anything', async (behaviour, says) => {
    const outcome = await call(`r-${behaviour}`, behaviour);

    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'http-status', detail: { status: 202 } } });
    if (outcome.ok) return;
    expect(outcome.failure.message).toMatch(says);
  });

  it('stops polling when the harness cancels the call, and says so', async () => {
    const cancel = new AbortController();
    const pending = call('r-cancel', 'forever', transport(supplier.url), cancel.signal);
    while (!(jobs.get('r-cancel')?.polls ?? 0)) await new Promise((resolve) => setTimeout(resolve, 20));
    cancel.abort();

    expect(await pending).toMatchObject({ ok: false, failure: { kind: 'aborted' } });
  });
});

describe('http transport in async mode, with a supplier the harness started', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'payproof-async-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a server that dies while its job is polled as the crash it is', async () => {
    const script = path.join(dir, 'dies.js');
    writeFileSync(
      script,
      `require('node:http').createServer((req, res) => {
         if (req.method === 'GET') return res.end('ok');
         req.resume();
         req.on('end', () => res.writeHead(202, { location: '/jobs/1' }).end(() => process.exit(3)));
       }).listen(Number(process.argv[2]), '127.0.0.1');`,
    );
    const vendor = new HttpTransport({
      kind: 'http',
      url: 'http://127.0.0.1:{port}/',
      start: { command: process.execPath, args: [script, '{port}'], env: {}, startTimeoutMs: 10_000, killGraceMs: 200 },
      timeoutMs: 5_000,
      retries: 1,
      retryBackoffMs: 20,
      maxResponseBytes: 64 * 1024,
      async: { deadlineMs: 60_000, pollIntervalMs: 100 },
    });
    try {
      const outcome = await vendor.call({ type: 'payRun' });

      expect(outcome).toMatchObject({ ok: false, failure: { kind: 'crash', message: 'supplier exited with code 3' } });
    } finally {
      await vendor.stop();
    }
  });
});
