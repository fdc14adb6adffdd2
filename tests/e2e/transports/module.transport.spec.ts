import * as path from 'node:path';
import { PayproofError } from '../../../src/domain/errors';
import { ModuleTransportConfig } from '../../../src/vendors/manifest';
import { ModuleTransport } from '../../../src/vendors/transports/module.transport';
import { FAKE_VENDORS } from './helpers';

function transport(overrides: Partial<ModuleTransportConfig> = {}): ModuleTransport {
  return new ModuleTransport({
    kind: 'module',
    entry: path.join(FAKE_VENDORS, 'module-engine.js'),
    timeoutMs: 300,
    maxResponseBytes: 64 * 1024,
    startTimeoutMs: 30_000,
    ...overrides,
  });
}

describe('module transport, loading an engine into the harness', () => {
  it("calls the engine's handle() and brings back its answer as JSON, numbers kept as numbers", async () => {
    const outcome = await transport().call({ behaviour: 'echo', employee: 'E1' });

    expect(outcome).toEqual({
      ok: true,
      body: { received: { behaviour: 'echo', employee: 'E1' }, gross: 1234.5, net: '987.65' },
      elapsedMs: expect.any(Number),
    });
  });

  it('shares no objects with the engine: it cannot change the request, nor we its answer', async () => {
    const request = { behaviour: 'mutate', lines: [{ code: 'REG' }] };
    const outcome = await transport().call(request);

    expect(request).toEqual({ behaviour: 'mutate', lines: [{ code: 'REG' }] });
    expect(outcome).toMatchObject({ ok: true, body: { touched: true } });
    expect((outcome as { body: { lines: unknown } }).body.lines).not.toBe(request.lines);
  });

  it('accepts an engine whose handle() is on its default export', async () => {
    const vendor = transport({ entry: path.join(FAKE_VENDORS, 'module-default-export.js') });

    expect(await vendor.call({ id: 'R1' })).toMatchObject({ ok: true, body: { style: 'default export', id: 'R1' } });
  });

  it('reports an engine that throws as a crash with its message, and the stack as stderr', async () => {
    const outcome = await transport().call({ behaviour: 'throw' });

    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'crash', message: "supplier's engine threw: engine exploded: no rate table for 2031" },
    });
    expect(outcome.stderr).toContain('module-engine.js');
  });

  it('reports a thrown non-Error value as a crash too', async () => {
    const outcome = await transport().call({ behaviour: 'throw-sync-string' });

    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'crash', message: "supplier's engine threw: a bare string" },
    });
  });

  it('stops waiting for an engine that does not answer within the timeout', async () => {
    const outcome = await transport({ timeoutMs: 300 }).call({ behaviour: 'sleep', ms: 1_000 });

    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'timeout', message: 'supplier did not answer within 300 ms' },
    });
    expect(outcome.elapsedMs).toBeLessThan(900);
  });

  it.each([
    ['bigint', /^supplier's answer is not JSON-serialisable: .*BigInt/],
    ['undefined', /^supplier's answer is not JSON-serialisable: got undefined$/],
  ])('reports a %s answer as malformed', async (behaviour, message) => {
    const outcome = await transport().call({ behaviour });

    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'malformed', message: expect.stringMatching(message) },
    });
  });

  it('measures the answer after JSON.stringify and refuses one over the limit', async () => {
    const outcome = await transport({ maxResponseBytes: 1024 }).call({ behaviour: 'huge', bytes: 5_000 });
    // {"filler":"x…x"} is 5,000 bytes of x plus 13 of JSON around them.

    expect(outcome).toMatchObject({
      ok: false,
      failure: {
        kind: 'too-large',
        message: "supplier's answer is 4.9 KB, over the 1 KB limit",
        detail: { bytes: 5_013 },
      },
    });
  });

  it('reports a module without handle() from start(), and as a crash from call()', async () => {
    const vendor = transport({ entry: path.join(FAKE_VENDORS, 'module-no-handle.js') });

    await expect(vendor.start()).rejects.toBeInstanceOf(PayproofError);
    const outcome = await vendor.call({});
    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'crash', message: expect.stringMatching(/exports no handle\(request\) function$/) },
    });
  });

  it('reports a module that cannot be loaded as a crash', async () => {
    const outcome = await transport({ entry: path.join(FAKE_VENDORS, 'missing-engine.js') }).call({});

    expect(outcome).toMatchObject({
      ok: false,
      failure: {
        kind: 'crash',
        message: expect.stringMatching(/^could not load supplier module .*missing-engine\.js: /),
      },
    });
  });

  it('stops an engine stuck in a synchronous loop at the timeout, and the next call gets a fresh one', async () => {
    const vendor = transport({ timeoutMs: 300 });
    try {
      const stuck = await vendor.call({ behaviour: 'busy' });
      expect(stuck).toMatchObject({
        ok: false,
        failure: { kind: 'timeout', message: 'supplier did not answer within 300 ms' },
      });

      expect(await vendor.call({ behaviour: 'echo', employee: 'E2' })).toMatchObject({
        ok: true,
        body: { received: { employee: 'E2' } },
      });
    } finally {
      await vendor.stop();
    }
  });

  it('stops a module whose top level never returns, reporting it from start() and call()', async () => {
    const vendor = transport({ entry: path.join(FAKE_VENDORS, 'module-stuck-on-load.js'), startTimeoutMs: 300 });

    await expect(vendor.start()).rejects.toMatchObject({
      code: 'VENDOR_FAILURE',
      details: { failure: { kind: 'timeout', message: "supplier's engine did not load within 300 ms" } },
    });
    expect(await vendor.call({})).toMatchObject({ ok: false, failure: { kind: 'timeout' } });
  });

  it("keeps the engine's console output for the report, off the harness's standard output", async () => {
    const written = jest.spyOn(process.stdout, 'write');
    const vendor = transport();
    try {
      const outcome = await vendor.call({ behaviour: 'log' });

      expect(outcome).toMatchObject({ ok: true, body: { logged: true } });
      expect(outcome.stderr).toBe('engine says hello\nengine warns\n');
      expect(written.mock.calls.flat().join('')).not.toContain('engine says hello');
    } finally {
      written.mockRestore();
      await vendor.stop();
    }
  });

  it('reports an engine that ends its thread (process.exit) as a crash, and recovers', async () => {
    const vendor = transport();
    try {
      expect(await vendor.call({ behaviour: 'exit' })).toMatchObject({
        ok: false,
        failure: { kind: 'crash', message: "supplier's engine exited with code 3" },
      });
      expect(await vendor.call({ behaviour: 'echo' })).toMatchObject({ ok: true });
    } finally {
      await vendor.stop();
    }
  });

  it("gives the engine the suppliers' small fixed environment, not the harness's own", async () => {
    process.env.PAYPROOF_TEST_SECRET = 'do-not-leak';
    const vendor = transport();
    try {
      const outcome = await vendor.call({ behaviour: 'env' });
      const names = (outcome as { body: { env: string[] } }).body.env;

      expect(names).not.toContain('PAYPROOF_TEST_SECRET');
      expect(names).toContain('PATH');
    } finally {
      delete process.env.PAYPROOF_TEST_SECRET;
      await vendor.stop();
    }
  });

  it('ends a call in progress as aborted when the transport stops', async () => {
    const vendor = transport({ timeoutMs: 5_000 });
    const call = vendor.call({ behaviour: 'busy' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await vendor.stop();

    expect(await call).toMatchObject({ ok: false, failure: { kind: 'aborted' } });
  });
});
