import * as net from 'node:net';
import { HttpTransportConfig } from '../../../src/vendors/manifest';
import { freePort } from '../../../src/vendors/transports/managed-server';
import { HttpTransport } from '../../../src/vendors/transports/http.transport';
import { readJson, startServer, TestServer } from './helpers';

function transport(url: string, overrides: Partial<HttpTransportConfig> = {}): HttpTransport {
  return new HttpTransport({
    kind: 'http',
    url,
    timeoutMs: 1_000,
    retries: 2,
    retryBackoffMs: 50,
    maxResponseBytes: 64 * 1024,
    ...overrides,
  });
}

describe('http transport, against a real server on 127.0.0.1', () => {
  let supplier: TestServer;
  let requests = 0;

  beforeAll(async () => {
    supplier = await startServer(async (req, res) => {
      requests++;
      const request = await readJson(req);
      switch (request.behaviour) {
        case 'echo':
          return res.end(JSON.stringify({ received: request, method: req.method, type: req.headers['content-type'] }));
        case 'sleep':
          return setTimeout(() => res.end('{}'), 2_000).unref();
        case 'status-500':
          res.statusCode = 500;
          return res.end(`Internal error: ${'e'.repeat(1_000)}`);
        case 'not-json':
          return res.end('<html>Service unavailable</html>');
        case 'declared-huge':
          res.setHeader('content-length', String(50 * 1024 * 1024));
          return res.write('{"filler":"');
        case 'endless':
          return streamForever(res);
      }
    });
  });
  afterAll(() => supplier.close());

  it('POSTs the JSON request and brings back the parsed JSON answer with timing', async () => {
    const outcome = await transport(supplier.url).call({ behaviour: 'echo', hours: 7.5 });

    expect(outcome).toMatchObject({
      ok: true,
      body: { received: { behaviour: 'echo', hours: 7.5 }, method: 'POST', type: 'application/json' },
    });
    expect(outcome.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(outcome).not.toHaveProperty('stderr');
  });

  it('aborts a supplier that does not answer within the timeout', async () => {
    const started = Date.now();
    const outcome = await transport(supplier.url, { timeoutMs: 300 }).call({ behaviour: 'sleep' });

    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'timeout', message: 'supplier did not answer within 300 ms' },
    });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('reports a non-2xx answer as http-status with the first 500 characters of the body', async () => {
    const outcome = await transport(supplier.url).call({ behaviour: 'status-500' });

    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'http-status', detail: { status: 500 } } });
    if (outcome.ok) return;
    expect(outcome.failure.message).toMatch(/^supplier answered HTTP 500 Internal Server Error: Internal error: e+$/);
    expect(outcome.failure.detail?.bodyStart).toHaveLength(500);
  });

  it('reports a 2xx answer that is not JSON as malformed', async () => {
    const outcome = await transport(supplier.url).call({ behaviour: 'not-json' });

    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'malformed', detail: { bodyStart: '<html>Service unavailable</html>' } },
    });
  });

  it('refuses an answer whose Content-Length is over the limit without reading it', async () => {
    const outcome = await transport(supplier.url).call({ behaviour: 'declared-huge' });

    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'too-large', message: "supplier's answer is 50 MB, over the 64 KB limit" },
    });
  });

  it('stops reading an endless streamed answer once it passes the limit', async () => {
    const outcome = await transport(supplier.url).call({ behaviour: 'endless' });

    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'too-large', message: "supplier's answer is more than 64 KB, over the 64 KB limit" },
    });
  });

  it('retries a refused connection the configured number of times, then reports connection', async () => {
    const port = await freePort(); // nothing listens here
    const started = Date.now();
    const outcome = await transport(`http://127.0.0.1:${port}/`, { retries: 2, retryBackoffMs: 100 }).call({});

    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'connection', detail: { code: 'ECONNREFUSED', attempts: 3 } },
    });
    if (outcome.ok) return;
    expect(outcome.failure.message).toMatch(/^could not reach supplier at .*: connect ECONNREFUSED .* \(3 attempts\)$/);
    // Backoff doubles: 100 ms, then 200 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('retries connections dropped while connecting and succeeds when the supplier recovers', async () => {
    let resets = 0;
    let answered = 0;
    // A fresh server, so no pooled keep-alive connection bypasses the resets.
    const flaky = await startServer((_req, res) => {
      answered++;
      res.end('{"recovered":true}');
    });
    flaky.server.prependListener('connection', (socket: net.Socket) => {
      if (resets++ < 2) socket.resetAndDestroy();
    });
    try {
      const outcome = await transport(flaky.url, { retryBackoffMs: 10 }).call({ behaviour: 'echo' });

      expect(outcome).toMatchObject({ ok: true, body: { recovered: true } });
      expect(resets).toBe(3);
      expect(answered).toBe(1);
    } finally {
      await flaky.close();
    }
  });

  it('does not retry once the supplier has answered, even with an error status', async () => {
    requests = 0;
    await transport(supplier.url).call({ behaviour: 'status-500' });

    expect(requests).toBe(1);
  });

  it('does not retry a connection reset after the request was sent, as the protocol says', async () => {
    let received = 0;
    const resetting = await startServer((req) => {
      req.resume();
      req.on('end', () => {
        received++;
        req.socket.resetAndDestroy();
      });
    });
    try {
      const outcome = await transport(resetting.url, { retries: 2, retryBackoffMs: 10 }).call({ behaviour: 'echo' });

      expect(outcome).toMatchObject({
        ok: false,
        failure: { kind: 'connection', detail: { code: 'ECONNRESET', attempts: 1 } },
      });
      if (outcome.ok) return;
      expect(outcome.failure.message).toMatch(
        /closed the connection after the request was sent, without answering \(ECONNRESET\); not retried/,
      );
      expect(received).toBe(1);
    } finally {
      await resetting.close();
    }
  });

  it('reports a connection lost in the middle of the answer, with the bytes received', async () => {
    const cut = await startServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"protocol":"payproof-vendor/1","type":"payRunResult","results":[', () =>
          res.socket?.resetAndDestroy(),
        );
      });
    });
    try {
      const outcome = await transport(cut.url).call({});

      expect(outcome).toMatchObject({ ok: false, failure: { kind: 'connection' } });
      if (outcome.ok) return;
      expect(outcome.failure.message).toMatch(
        /^connection to supplier was lost while reading its answer \(\d+ bytes received\)$/,
      );
    } finally {
      await cut.close();
    }
  });
});

function streamForever(res: import('node:http').ServerResponse): void {
  const chunk = 'x'.repeat(16 * 1024);
  const write = () => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', write);
  };
  write();
}
