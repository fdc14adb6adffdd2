/**
 * Queue-distributed evaluation on this machine: the same generated population (payproof
 * scenarios generate) evaluated by `payproof evaluate --queue` with 1, 2 and 4 `payproof
 * worker`s (one thread each), against PostgreSQL and Redis started on loopback
 * (bench/local-servers.ts). Prints the wall time of each, the speed-up as a ratio to one worker,
 * and the cost of the queue per chunk, measured two ways: directly (a real chunk of the
 * population queued, taken by a worker that reads its scenarios back and answers at once, one
 * after another: the queue's round trip with the chunk's scenarios serialised and checked), and
 * as the difference between the same run in one process (`evaluate` with one thread, no queue,
 * the same store) and with one queue worker, divided by the chunks (on a loaded machine this
 * one drowns in the noise; the queuing process also reads the catalogue beside the worker).
 *
 *   npm run build && nice -n 10 npm run bench:workers -- [--employees 2000] [--workers 1,2,4]
 *     [--vendor floatwise] [--year 2026] [--seed 1] [--chunk-size 50]
 *
 * Each configuration also prints the CPU it used (every payproof process and thread, read from
 * /proc: the finished children's times; PostgreSQL's and Redis's processes apart), which holds
 * on a busy machine where wall times do not. On a shared machine the wall figures move with the
 * load (printed before and after each run); with more workers than cores the ratio shows the
 * cores, not the queue.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { fromJobData, toJobData } from '../src/distributed/chunk-job';
import { redisConnection } from '../src/distributed/redis';
import { defaultChunkSize } from '../src/evaluation/plan';
import { PopulationGenerator } from '../src/scenarios/generate/population-generator.service';
import { ScenarioCatalog, scenarioHash } from '../src/scenarios/scenario-catalog.service';
import {
  createDatabase,
  processCpuMs,
  startPostgres,
  startRedis,
  whyNoServers,
  type LocalServer,
} from './local-servers';

const BIN = path.join(__dirname, '..', '..', 'bin', 'payproof.js');

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

interface Timed {
  wallMs: number;
  periods: number;
  chunks: number;
  workers: number;
}

/**
 * CPU used so far by this bench's finished child processes (every `evaluate` and stopped
 * worker, all their threads: /proc/self/stat cutime and cstime) and by the servers.
 */
interface Cpu {
  harnessMs: number;
  serversMs: number;
}

function cpuNow(servers: LocalServer[]): Cpu {
  return {
    harnessMs: processCpuMs('self', true) - processCpuMs('self'),
    serversMs: servers.reduce((sum, s) => sum + s.cpuMs(), 0),
  };
}

function cpuSince(before: Cpu, servers: LocalServer[]): Cpu {
  const now = cpuNow(servers);
  return { harnessMs: now.harnessMs - before.harnessMs, serversMs: now.serversMs - before.serversMs };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Wall-clock and CPU figures of one configuration, as one line. */
function figures(t: Timed, cpu: Cpu): string {
  return `${seconds(t.wallMs)} s, ${((t.periods * 1000) / t.wallMs).toFixed(0)} pay periods/s; CPU: payproof ${seconds(cpu.harnessMs)} s (${((t.periods * 1000) / cpu.harnessMs).toFixed(0)} pay periods per CPU second), PostgreSQL and Redis ${seconds(cpu.serversMs)} s`;
}

/** One `payproof evaluate`, timed from its start to its exit; its figures from the run.json it wrote. */
function evaluate(args: string[]): Timed {
  const started = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'evaluate', ...args], { encoding: 'utf8', input: '' });
  const wallMs = performance.now() - started;
  if (r.status !== 0) throw new Error(`payproof evaluate ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  const html = /Report: (\S+index\.html)/.exec(r.stdout);
  if (!html) throw new Error(`no report in:\n${r.stdout}`);
  const { run } = JSON.parse(readFileSync(path.join(path.dirname(path.resolve(html[1])), 'run.json'), 'utf8')) as {
    run: { summary: { payPeriods: number; workers: number }; pins: { scenarioCount: number } };
  };
  const chunkSize = Number(flag('chunk-size', '0')) || defaultChunkSize(run.pins.scenarioCount);
  return {
    wallMs,
    periods: run.summary.payPeriods,
    chunks: Math.ceil(run.pins.scenarioCount / chunkSize),
    workers: run.summary.workers,
  };
}

/** N workers, each one thread, ready before the clock starts. */
async function startWorkers(n: number, queue: string, db: string): Promise<ChildProcess[]> {
  const workers = Array.from({ length: n }, () =>
    spawn(process.execPath, [BIN, 'worker', '--queue', queue, '--db', db, '--workers', '1'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    }),
  );
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          let text = '';
          w.stderr.on('data', (d: Buffer) => {
            text += d.toString();
            if (text.includes('taking chunks')) resolve();
          });
          w.once('exit', (code) => reject(new Error(`a worker exited (${code}) before it was ready:\n${text}`)));
        }),
    ),
  );
  for (const w of workers) w.stderr.removeAllListeners('data').resume();
  return workers;
}

async function stopWorkers(workers: ChildProcess[]): Promise<void> {
  await Promise.all(
    workers.map((w) => {
      if (w.exitCode !== null) return Promise.resolve();
      const exited = new Promise((r) => w.once('exit', r));
      w.kill('SIGTERM');
      return exited;
    }),
  );
}

const ROUNDS = 40;

/** A real chunk's round trip through the queue, one at a time: median and mean, in ms. */
async function queueRoundTrip(
  redisUrl: string,
  scenarios: string,
  size: number,
): Promise<{ median: number; mean: number }> {
  const load = await new ScenarioCatalog().load(scenarios);
  const items = load.scenarios
    .slice(0, size)
    .map(({ scenario, file }, seq) => ({ scenario, file, hash: scenarioHash(scenario), seq }));
  const data = toJobData({ runId: 'bench', chunk: { index: 0, digest: '-', items }, vendorIds: ['x'] });
  const name = 'payproof-bench-queue-cost';
  const connections = [redisConnection(redisUrl), redisConnection(redisUrl), redisConnection(redisUrl)];
  const queue = new Queue(name, { connection: connections[0] });
  const events = new QueueEvents(name, { connection: connections[1] });
  const worker = new Worker(name, (job) => Promise.resolve(fromJobData(job.data as typeof data).items.length), {
    connection: connections[2],
    concurrency: 1,
  });
  try {
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady(), worker.waitUntilReady()]);
    const times: number[] = [];
    for (let i = 0; i < ROUNDS + 5; i++) {
      const started = performance.now();
      const job = await queue.add('chunk', data, { removeOnComplete: { age: 60 } });
      await job.waitUntilFinished(events);
      if (i >= 5) times.push(performance.now() - started); // the first rounds warm up
    }
    times.sort((a, b) => a - b);
    return { median: times[times.length >> 1], mean: times.reduce((a, b) => a + b, 0) / times.length };
  } finally {
    await Promise.allSettled([worker.close(), events.close(), queue.obliterate({ force: true })]);
    await queue.close();
    for (const c of connections) c.disconnect();
  }
}

async function main(): Promise<void> {
  const why = whyNoServers();
  if (why !== undefined) throw new Error(`bench:workers needs PostgreSQL and Redis: ${why}`);
  const employees = Number(flag('employees', '2000'));
  const counts = flag('workers', '1,2,4').split(',').map(Number);
  const vendor = flag('vendor', 'floatwise');
  const root = mkdtempSync(path.join(os.tmpdir(), 'payproof-workers-'));
  const scenarios = path.join(root, 'population');
  await new PopulationGenerator().generate({
    employees,
    seed: Number(flag('seed', '1')),
    years: { first: Number(flag('year', '2026')), last: Number(flag('year', '2026')) },
    out: scenarios,
    perFile: 2000,
  });
  const chunk = flag('chunk-size', '');
  const common = ['--vendors', vendor, '--scenarios', scenarios, '--out', path.join(root, 'reports')];
  const args = chunk === '' ? common : [...common, '--chunk-size', chunk];
  process.stdout.write(
    `payproof bench:workers: ${employees} people, supplier ${vendor}, node ${process.version}, ${os.availableParallelism()} cores, load average ${load()}\n`,
  );
  const servers: LocalServer[] = [];
  try {
    const postgres = await startPostgres();
    servers.push(postgres);
    const redis = await startRedis();
    servers.push(redis);
    let n = 0;
    const fresh = () => createDatabase(postgres.url, `bench_${++n}`);
    const cpu0 = cpuNow(servers);
    const local = evaluate([...args, '--db', await fresh(), '--workers', '1']);
    const localCpu = cpuSince(cpu0, servers);
    process.stdout.write(
      `one process, one thread, no queue: ${figures(local, localCpu)}; ${local.chunks} chunks (load ${load()})\n`,
    );
    const timed = new Map<number, { t: Timed; cpu: Cpu }>();
    for (const count of counts) {
      const db = await fresh();
      const before = load();
      const cpu1 = cpuNow(servers);
      const workers = await startWorkers(count, redis.url, db);
      let t: Timed;
      try {
        t = evaluate([...args, '--db', db, '--queue', redis.url]);
      } finally {
        await stopWorkers(workers);
      }
      const cpu = cpuSince(cpu1, servers);
      timed.set(count, { t, cpu });
      const first = timed.get(counts[0])!;
      process.stdout.write(
        `${count} worker(s): ${figures(t, cpu)}; ${(first.t.wallMs / t.wallMs).toFixed(2)}× the speed of ${counts[0]} worker(s); ${t.workers} worker(s) took chunks (load ${before} → ${load()})\n`,
      );
    }
    const size = Number(chunk) || defaultChunkSize(employees);
    const trip = await queueRoundTrip(redis.url, scenarios, size);
    const perChunk = local.wallMs / local.chunks;
    process.stdout.write(
      `queue cost per chunk of ${size} people, measured directly: ${trip.median.toFixed(1)} ms median, ${trip.mean.toFixed(1)} ms mean over ${ROUNDS} round trips (queued, taken, its scenarios read back and checked, done, the completion heard), ${((100 * trip.median) / perChunk).toFixed(1)} % of a chunk's ${(perChunk / 1000).toFixed(1)} s on one thread here\n`,
    );
    const one = timed.get(1);
    if (one) {
      const all = (c: Cpu) => c.harnessMs + c.serversMs;
      process.stdout.write(
        `queue cost per chunk from the runs (1 queue worker against one process, both one thread, same store): wall ${((one.t.wallMs - local.wallMs) / one.t.chunks).toFixed(0)} ms (${((100 * (one.t.wallMs - local.wallMs)) / local.wallMs).toFixed(0)} % of the run); CPU, payproof and servers together, ${((all(one.cpu) - all(localCpu)) / one.t.chunks).toFixed(0)} ms (${((100 * (all(one.cpu) - all(localCpu))) / all(localCpu)).toFixed(0)} %; the queued run's CPU includes the queuing process and the worker's start-up)\n`,
      );
    }
  } finally {
    for (const s of servers.reverse()) await s.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
