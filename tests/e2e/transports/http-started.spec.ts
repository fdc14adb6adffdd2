import * as path from 'node:path';
import { PayproofError } from '../../../src/domain/errors';
import { HttpStartConfig, HttpTransportConfig } from '../../../src/vendors/manifest';
import { HttpTransport } from '../../../src/vendors/transports/http.transport';
import { FAKE_VENDORS, isAlive } from './helpers';

const SCRIPT = path.join(FAKE_VENDORS, 'http-vendor.js');

function transport(start: Partial<HttpStartConfig> = {}, overrides: Partial<HttpTransportConfig> = {}): HttpTransport {
  return new HttpTransport({
    kind: 'http',
    url: 'http://127.0.0.1:{port}/pay-run',
    start: {
      command: process.execPath,
      args: [SCRIPT, '{port}'],
      env: { VENDOR_MODE: 'simulated-{port}' },
      cwd: FAKE_VENDORS,
      readyPath: '/ready',
      startTimeoutMs: 3_000,
      killGraceMs: 200,
      ...start,
    },
    timeoutMs: 1_000,
    retries: 1,
    retryBackoffMs: 20,
    maxResponseBytes: 64 * 1024,
    ...overrides,
  });
}

describe("http transport starting the supplier's own server", () => {
  it('starts the supplier on a free port, calls it, and kills it on stop', async () => {
    const vendor = transport();
    await vendor.start();
    const outcome = await vendor.call({ behaviour: 'echo', employee: 'E7' });

    expect(outcome).toMatchObject({ ok: true, body: { received: { employee: 'E7' }, path: '/pay-run' } });
    const body = (outcome as { body: { pid: number; mode: string } }).body;
    expect(body.mode).toMatch(/^simulated-\d+$/);
    expect(isAlive(body.pid)).toBe(true);

    await vendor.stop();
    expect(isAlive(body.pid)).toBe(false);
    await vendor.stop(); // twice is harmless
  });

  it('starts lazily on the first call, waiting for the port to accept connections when there is no readyPath', async () => {
    const vendor = transport({ readyPath: undefined });
    try {
      const outcome = await vendor.call({ behaviour: 'echo' });
      expect(outcome).toMatchObject({ ok: true, body: { received: { behaviour: 'echo' } } });
    } finally {
      await vendor.stop();
    }
  });

  it('reports a supplier that dies during start-up, with its stderr, from start() and call()', async () => {
    const vendor = transport({ args: [SCRIPT, '{port}', 'crash-on-start'] });

    const error = await vendor.start().then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(PayproofError);
    expect(error).toMatchObject({
      code: 'VENDOR_FAILURE',
      message: 'supplier exited with code 2 before it was ready',
      details: { failure: { kind: 'crash', detail: { exitCode: 2 } }, stderr: 'cannot open licence file\n' },
    });
    const outcome = await vendor.call({ behaviour: 'echo' });
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'crash' }, stderr: 'cannot open licence file\n' });
  });

  it('gives up on a supplier that never becomes ready, and kills it', async () => {
    // The fake listens on the port it is given; pointing readiness elsewhere means it never looks ready.
    const vendor = transport({ readyPath: '/never-ready', startTimeoutMs: 400 });

    const outcome = await vendor.call({ behaviour: 'echo' });
    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'timeout', message: 'supplier did not become ready within 400 ms' },
    });
    expect(outcome.stderr).toMatch(/^fake vendor listening on \d+\n$/);
  });

  it('reports a started supplier that dies during a call as a crash, not a refused connection', async () => {
    const vendor = transport();
    try {
      const outcome = await vendor.call({ behaviour: 'die' });

      expect(outcome).toMatchObject({ ok: false, failure: { kind: 'crash', message: 'supplier exited with code 5' } });
      expect(outcome.stderr).toContain('segfault in pay engine');
    } finally {
      await vendor.stop();
    }
  });

  it('reports a started supplier killed in the middle of its answer as a crash naming the signal', async () => {
    const vendor = transport();
    try {
      const outcome = await vendor.call({ behaviour: 'die-mid-answer' });

      expect(outcome).toMatchObject({
        ok: false,
        failure: { kind: 'crash', message: 'supplier was killed by SIGKILL' },
      });
    } finally {
      await vendor.stop();
    }
  });
});
