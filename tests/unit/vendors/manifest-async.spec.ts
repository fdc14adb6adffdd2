import { parseManifest } from '../../../src/vendors/manifest';

/** The http transport's `async` block (docs/vendor-protocol.md section 10). */
const DIR = '/srv/payproof/vendors/acme';
const LABEL = { displayPath: 'vendors/acme/vendor.json' };

function withAsync(async: unknown, transport: Record<string, unknown> = {}) {
  return {
    id: 'acme',
    name: 'Acme Payroll',
    protocol: 'payproof-vendor/1',
    transport: { kind: 'http', url: 'https://pay.acme.example/payproof', async, ...transport },
  };
}

const errorsOf = (json: unknown) => {
  const result = parseManifest(json, DIR, LABEL);
  return result.ok ? [] : result.errors;
};

describe('vendor manifest: the async block of an http transport', () => {
  it('fills the defaults: a 10-minute deadline, a poll every second', () => {
    const result = parseManifest(withAsync({}), DIR, LABEL);

    expect(result.ok && result.manifest.transport).toMatchObject({
      kind: 'http',
      async: { deadlineMs: 600_000, pollIntervalMs: 1_000 },
    });
  });

  it('leaves a transport without the block synchronous', () => {
    const { async: _none, ...transport } = withAsync(undefined).transport;
    const result = parseManifest({ ...withAsync(undefined), transport }, DIR, LABEL);

    expect(result.ok && result.manifest.transport).not.toHaveProperty('async');
  });

  it.each([
    [true, 'transport.async: expected object, found true'],
    [{ deadlineMs: '10m' }, 'transport.async.deadlineMs: expected number, found "10m"'],
    [{ deadlineMs: 0 }, 'transport.async.deadlineMs: expected more than 0, found 0'],
    [{ deadlineMs: 3_600_001 }, 'transport.async.deadlineMs: expected at most 3600000, found 3600001'],
    [{ pollIntervalMs: 10 }, 'transport.async.pollIntervalMs: expected at least 100, found 10'],
    [{ pollIntervalMs: 60_001 }, 'transport.async.pollIntervalMs: expected at most 60000, found 60001'],
    [{ pollMs: 500 }, 'transport.async.pollMs: unknown field'],
  ])('refuses %j naming the field and what was expected', (async, says) => {
    expect(errorsOf(withAsync(async))).toEqual([`vendors/acme/vendor.json: ${says}`]);
  });

  it('refuses a deadline no longer than timeoutMs: the deadline covers the POST too', () => {
    expect(errorsOf(withAsync({ deadlineMs: 5_000 }, { timeoutMs: 5_000 }))).toEqual([
      'vendors/acme/vendor.json: transport.async.deadlineMs: expected more than timeoutMs (5000): the deadline covers the whole job, the POST included, found 5000',
    ]);
  });
});
