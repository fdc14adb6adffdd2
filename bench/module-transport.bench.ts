/**
 * What running a module supplier in a worker thread costs (issue 20): the bundled catalogue's
 * Ontario scenarios paid by floatwise in batches of 50, through the module transport (a worker
 * thread a deadline can terminate) and, for comparison, by calling floatwise's handle() in the
 * harness's own thread with the same JSON round trip the old transport made. Prints the time
 * per request and per employee for each, the overhead, and the time to start a worker.
 * Build with `npm run build`, run with `npm run bench:module-transport`; on a shared machine
 * start it with `nice` and read the figures as an upper bound.
 */
import * as path from 'node:path';
import { BUNDLED_SCENARIOS, BUNDLED_VENDORS } from '../src/common/paths';
import { readManifest } from '../src/vendors/manifest';
import { ModuleTransport } from '../src/vendors/transports/module.transport';
import { ProtocolVendorAdapter } from '../src/vendors/vendor-adapter';
import type { TransportOutcome, VendorTransport } from '../src/vendors/vendor-transport';
import { ScenarioCatalog } from '../src/scenarios/scenario-catalog.service';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const FLOATWISE = path.join(BUNDLED_VENDORS, 'floatwise', 'vendor.json');

/** The old way: floatwise's handle() in this thread, the request and answer copied through JSON. */
class InThread implements VendorTransport {
  readonly kind = 'module' as const;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the entry is a plain CommonJS plug
  private readonly engine = require(path.join(BUNDLED_VENDORS, 'floatwise', 'index.js')) as {
    handle: (r: unknown) => unknown;
  };

  call(request: unknown): Promise<TransportOutcome> {
    const started = performance.now();
    const answer = this.engine.handle(JSON.parse(JSON.stringify(request)));
    const body = JSON.parse(JSON.stringify(answer)) as unknown;
    return Promise.resolve({ ok: true, body, elapsedMs: performance.now() - started });
  }
}

/** Both ways, round by round in alternation, so a change in the machine's load hits both alike. */
async function timeRounds(
  adapters: readonly ProtocolVendorAdapter[],
  scenarios: Parameters<ProtocolVendorAdapter['payRun']>[0],
): Promise<number[]> {
  for (const adapter of adapters) await adapter.payRun(scenarios); // warm-up: loads the engine, describes, JIT
  const totals = adapters.map(() => 0);
  for (let i = 0; i < ROUNDS; i++) {
    for (const [k, adapter] of adapters.entries()) {
      const started = performance.now();
      await adapter.payRun(scenarios);
      totals[k] += performance.now() - started;
    }
  }
  return totals;
}

async function main(): Promise<void> {
  const { manifest, sha256 } = readManifest(FLOATWISE);
  if (manifest.transport.kind !== 'module') throw new Error('floatwise is expected to be a module supplier');
  const load = await new ScenarioCatalog().load(BUNDLED_SCENARIOS);
  const scenarios = load.scenarios.map((l) => l.scenario).filter((s) => s.employee.province === 'ON');
  const requests = Math.ceil(scenarios.length / 50) * ROUNDS;
  const employees = scenarios.length * ROUNDS;

  const workerTransport = new ModuleTransport(manifest.transport);
  const startedAt = performance.now();
  await workerTransport.start();
  const startMs = performance.now() - startedAt;
  const worker = new ProtocolVendorAdapter({ manifest, manifestHash: sha256, transport: workerTransport });
  const inThread = new ProtocolVendorAdapter({ manifest, manifestHash: sha256, transport: new InThread() });

  const [threadMs, workerMs] = await timeRounds([inThread, worker], scenarios);
  await workerTransport.stop();

  const row = (name: string, ms: number) =>
    `${name.padEnd(22)} ${(ms / requests).toFixed(2).padStart(9)} ms/request ${((ms / employees) * 1000).toFixed(0).padStart(7)} µs/employee`;
  process.stdout.write(
    [
      `floatwise, ${scenarios.length} Ontario scenarios in batches of up to 50, ${ROUNDS} rounds (${requests} requests)`,
      row('in the harness thread', threadMs),
      row('worker thread', workerMs),
      `overhead of the worker: ${(((workerMs - threadMs) / threadMs) * 100).toFixed(1)}% (${((workerMs - threadMs) / requests).toFixed(2)} ms per request)`,
      `starting a worker and loading floatwise: ${startMs.toFixed(0)} ms (once per supplier, and after a timeout)`,
    ].join('\n') + '\n',
  );
}

void main();
