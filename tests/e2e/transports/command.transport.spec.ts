import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CommandTransportConfig } from '../../../src/vendors/manifest';
import { CommandTransport } from '../../../src/vendors/transports/command.transport';
import { FAKE_VENDORS, isAlive, waitUntilGone } from './helpers';

const SCRIPT = path.join(FAKE_VENDORS, 'command-vendor.js');

function transport(overrides: Partial<CommandTransportConfig> = {}): CommandTransport {
  return new CommandTransport({
    kind: 'command',
    command: process.execPath,
    args: [SCRIPT],
    cwd: FAKE_VENDORS,
    env: {},
    timeoutMs: 1_000,
    maxResponseBytes: 64 * 1024,
    killGraceMs: 100,
    ...overrides,
  });
}

describe('command transport, against a real child process', () => {
  it('sends the request on stdin and brings back the parsed stdout, with stderr and timing', async () => {
    const outcome = await transport().call({ behaviour: 'echo', employee: 'E1', hours: 37.5 });

    expect(outcome).toMatchObject({
      ok: true,
      body: { received: { behaviour: 'echo', employee: 'E1', hours: 37.5 }, gross: '1000.00' },
      stderr: 'computing pay\n',
    });
    expect(outcome.elapsedMs).toBeGreaterThan(0);
  });

  it('kills a supplier that sleeps past the timeout, grandchildren included, even if it ignores SIGTERM', async () => {
    // Long enough for a loaded machine to start the supplier and its grandchild before the deadline.
    const outcome = await transport({ timeoutMs: 2_000 }).call({ behaviour: 'sleep' });

    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure).toMatchObject({ kind: 'timeout', message: 'supplier did not answer within 2000 ms' });
    expect(outcome.stderr).toContain('ignoring SIGTERM');
    const pids = JSON.parse(outcome.stderr!.split('\n')[0]) as { pid: number; grandchild: number };
    expect(isAlive(pids.pid)).toBe(false);
    expect(await waitUntilGone(pids.grandchild)).toBe(true);
  });

  it('reports a non-zero exit as a crash with the code and the stderr tail (last 64 KB)', async () => {
    const outcome = await transport().call({ behaviour: 'exit3' });

    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'crash', message: 'supplier exited with code 3', detail: { exitCode: 3 } },
    });
    expect(outcome.stderr).toMatch(/FATAL: no rate table for 2031\n$/);
    expect(Buffer.byteLength(outcome.stderr!)).toBe(64 * 1024);
  });

  it('reports an answer that is not JSON as malformed, quoting its start', async () => {
    const outcome = await transport().call({ behaviour: 'not-json' });

    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.kind).toBe('malformed');
    expect(outcome.failure.message).toMatch(
      /^supplier's answer is not JSON: .+ \(first 200 chars: Hello! This is not JSON\.\n\)$/s,
    );
  });

  it('stops reading and kills the supplier once stdout passes the size limit', async () => {
    const outcome = await transport({ maxResponseBytes: 100 * 1024 }).call({ behaviour: 'huge' });

    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'too-large', message: "supplier's answer is more than 100 KB, over the 100 KB limit" },
    });
  });

  it('survives a supplier that exits without reading its input (EPIPE) and reports its exit', async () => {
    const bigRequest = { behaviour: 'echo', filler: 'y'.repeat(4 * 1024 * 1024) };
    const outcome = await transport({ args: [SCRIPT, 'exit-early'] }).call(bigRequest);

    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'crash', message: 'supplier exited with code 4' } });
    expect(outcome.stderr).toBe('refusing to read the request\n');
  });

  it('reports a command that does not exist as a crash, without throwing', async () => {
    const outcome = await transport({ command: path.join(FAKE_VENDORS, 'no-such-supplier') }).call({
      behaviour: 'echo',
    });

    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'crash', detail: { code: 'ENOENT' } } });
    if (outcome.ok) return;
    expect(outcome.failure.message).toMatch(/^could not start supplier: spawn .*no-such-supplier ENOENT$/);
  });

  it('ends the call as aborted when the harness cancels it, and kills the supplier', async () => {
    const pidFile = path.join(mkdtempSync(path.join(tmpdir(), 'payproof-abort-')), 'pids.json');
    const controller = new AbortController();
    const call = transport({ timeoutMs: 60_000 }).call({ behaviour: 'sleep', pidFile }, { signal: controller.signal });
    while (!existsSync(pidFile)) await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    const outcome = await call;

    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'aborted' } });
    const pids = JSON.parse(readFileSync(pidFile, 'utf8')) as { pid: number; grandchild: number };
    expect(await waitUntilGone(pids.pid)).toBe(true);
    expect(await waitUntilGone(pids.grandchild)).toBe(true);
  });

  it('kills what the supplier left behind when it exits, even a grandchild in a session of its own', async () => {
    const outcome = await transport().call({ behaviour: 'detach' });

    expect(outcome).toMatchObject({ ok: true, body: { received: { behaviour: 'detach' } } });
    const pids = JSON.parse(outcome.stderr!.split('\n')[0]) as { pid: number; grandchild: number };
    // SIGKILL was sent before the call returned; the kernel ends the process a moment later.
    expect(await waitUntilGone(pids.grandchild)).toBe(true);
  });

  it('reports half an answer followed by death by signal as a crash naming the signal', async () => {
    const outcome = await transport().call({ behaviour: 'half-then-die' });

    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'crash', message: 'supplier was killed by SIGKILL', detail: { signal: 'SIGKILL' } },
    });
  });

  it('says how much of an answer had arrived when the deadline passed', async () => {
    const outcome = await transport({ timeoutMs: 400, maxResponseBytes: 1024 * 1024 * 1024 }).call({
      behaviour: 'huge',
    });

    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'timeout', detail: { timeoutMs: 400 } } });
    if (outcome.ok) return;
    expect(outcome.failure.message).toMatch(/^supplier did not finish its answer within 400 ms \(.+ received\)$/);
  });
});
