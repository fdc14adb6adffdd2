import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../../bench/local-servers';
import { scenarioToJson } from '../../../src/domain/scenario';
import { EvaluationModule } from '../../../src/evaluation/evaluation.module';
import { EvaluationService } from '../../../src/evaluation/evaluation.service';
import { ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';
import { itUnless } from '../../setup/skip';
import { REPO_ROOT } from '../cli/run-cli';
import { alive, childrenOf, chunksIn, defectsOf, findingsOf, payproof, waitFor, type Spawned } from './processes';
import { freshDatabase, SERVERS_SKIP, useServers } from './servers';

const it = itUnless(SERVERS_SKIP);
const servers = useServers({ postgres: true, redis: true });
const dir = mkdtempSync(path.join(tmpdir(), 'payproof-queue-'));
const scenarios = path.join(dir, 'scenarios.json');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const args = ['--vendors', 'floatwise,daycount', '--scenarios', scenarios, '--chunk-size', '3'];
const out = ['--out', path.join(dir, 'reports')];
/** The findings and defects of the same run evaluated in one process, on SQLite. */
let uninterrupted: { findings: unknown[]; defects: unknown[] };

/** `payproof worker`s on this machine (one thread each; a short stall time so a dead one's chunk moves on soon). */
function workers(n: number, db: string, extra: string[] = []): Spawned[] {
  return Array.from({ length: n }, () =>
    payproof(['worker', '--queue', servers.redis!.url, '--db', db, '--workers', '1', '--stall-seconds', '4', ...extra]),
  );
}

/** Waits until the run in `db` has done `share` of its work; gives its id. */
async function workDoneAt(db: string, share: number, run: Spawned): Promise<string> {
  const client = new Client({ connectionString: db });
  await client.connect();
  try {
    for (;;) {
      const { rows } = await client
        .query<{ id: string; work_done: number; work_total: number }>(
          'SELECT id, work_done, work_total FROM evaluation_run',
        )
        .catch(() => ({ rows: [] }));
      if (rows[0] && rows[0].work_done >= share * rows[0].work_total) return rows[0].id;
      if (run.child.exitCode !== null) throw new Error(`the run ended before ${share * 100} %:\n${run.stderr()}`);
      await sleep(100);
    }
  } finally {
    await client.end();
  }
}

async function stopAll(ws: Spawned[]): Promise<void> {
  for (const w of ws) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
  await Promise.all(ws.map((w) => w.done));
}

beforeAll(async () => {
  if (SERVERS_SKIP !== undefined) return;
  // The bundled catalogue (81 people) in chunks of 3: 27 chunks, enough for two workers and a kill.
  const load = await new ScenarioCatalog().load(path.join(REPO_ROOT, 'test-payrolls'));
  writeFileSync(scenarios, JSON.stringify(load.scenarios.map(({ scenario }) => scenarioToJson(scenario))));
  const alone = await payproof(['evaluate', '--db', path.join(dir, 'alone.sqlite'), ...out, ...args]).done;
  expect([alone.status, alone.stderr]).toEqual([0, expect.not.stringMatching(/internal error/)]);
  uninterrupted = { findings: findingsOf(alone.stdout), defects: defectsOf(alone.stdout) };
  expect(uninterrupted.findings.length).toBeGreaterThan(0);
  expect(uninterrupted.defects.length).toBeGreaterThan(0);
});

describe('payproof evaluate --queue: chunks on queue workers (real PostgreSQL and Redis, built bin)', () => {
  it('two workers, one killed in the middle of a chunk: the chunk is done by the other, no finding lost or doubled', async () => {
    const db = await freshDatabase(servers);
    const [doomed, survivor] = workers(2, db);
    try {
      await Promise.all([doomed, survivor].map((w) => waitFor(w, (e) => e.includes('taking chunks'), 'ready')));
      const run = payproof(['evaluate', '--queue', servers.redis!.url, '--db', db, ...out, ...args]);
      // Killed with a chunk in hand: after its first chunk is stored (its suppliers are up), at the next it takes.
      await waitFor(doomed, (e) => /: stored/.test(e), 'a chunk stored');
      const storedBefore = chunksIn(doomed.stderr()).began.length;
      await waitFor(doomed, (e) => chunksIn(e).began.length > storedBefore, 'another chunk taken');
      const suppliers = childrenOf(doomed.child.pid!);
      doomed.child.kill('SIGKILL');
      const { began, stored } = chunksIn(doomed.stderr());
      const lost = began.filter((c) => !stored.includes(c));
      expect(lost.length).toBeGreaterThan(0);

      const finished = await run.done;
      expect([finished.status, finished.stderr]).toEqual([0, expect.not.stringMatching(/internal error|failed/)]);
      expect(findingsOf(finished.stdout)).toEqual(uninterrupted.findings);
      // Each chunk's defect tally travels with its checkpoint: the same defects as in one process.
      expect(defectsOf(finished.stdout)).toEqual(uninterrupted.defects);
      // Each chunk the dead worker had in hand was stored by the other.
      expect(chunksIn(survivor.stderr()).stored).toEqual(expect.arrayContaining(lost));
      expect(suppliers.length).toBeGreaterThan(0); // daycount's server and the watchdog
      for (let waited = 0; suppliers.some(alive) && waited < 10_000; waited += 100) await sleep(100);
      expect(suppliers.filter(alive)).toEqual([]);
    } finally {
      await stopAll([doomed, survivor]);
    }
    // Stopped with SIGTERM, a worker finishes the chunks in hand and exits 0.
    expect((await survivor.done).status).toBe(0);
  });

  it('the queuing process killed with kill -9 at 30 %: evaluate --resume --queue finishes the run with the same findings', async () => {
    const db = await freshDatabase(servers);
    const ws = workers(2, db);
    try {
      await Promise.all(ws.map((w) => waitFor(w, (e) => e.includes('taking chunks'), 'ready')));
      const first = payproof(['evaluate', '--queue', servers.redis!.url, '--db', db, ...out, ...args]);
      const runId = await workDoneAt(db, 0.3, first);
      first.child.kill('SIGKILL');
      await first.done;
      const resumed = await payproof(['evaluate', '--queue', servers.redis!.url, '--db', db, ...out, '--resume', runId])
        .done;
      expect([resumed.status, resumed.stderr]).toEqual([0, expect.not.stringMatching(/internal error|failed/)]);
      expect(findingsOf(resumed.stdout)).toEqual(uninterrupted.findings);
      expect(defectsOf(resumed.stdout)).toEqual(uninterrupted.defects);
    } finally {
      await stopAll(ws);
    }
  });

  it("holds a supplier's maxConcurrentRequests across all workers (the service queues the run)", async () => {
    // daycount behind a proxy that counts the requests in flight and answers each after 150 ms.
    const port = await freePort();
    const daycount = spawn(process.execPath, [path.join(REPO_ROOT, 'vendors/daycount/server.js'), String(port)], {
      stdio: 'ignore',
    });
    let inFlight = 0;
    let most = 0;
    let requests = 0;
    const proxy = http.createServer((req, res) => {
      inFlight += 1;
      requests += 1;
      most = Math.max(most, inFlight);
      const body: Buffer[] = [];
      req.on('data', (d: Buffer) => body.push(d));
      req.on('end', () =>
        setTimeout(() => {
          const forward = http.request({ port, method: 'POST', path: '/', headers: req.headers }, (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res).on('finish', () => (inFlight -= 1));
          });
          forward.end(Buffer.concat(body));
        }, 150),
      );
    });
    const proxyPort = await freePort();
    await new Promise<void>((r) => proxy.listen(proxyPort, '127.0.0.1', r));
    const vendors = path.join(dir, 'vendors');
    mkdirSync(path.join(vendors, 'counted'), { recursive: true });
    writeFileSync(
      path.join(vendors, 'counted', 'vendor.json'),
      JSON.stringify({
        id: 'counted',
        name: 'DayCount behind a counting proxy (test)',
        protocol: 'payproof-vendor/1',
        transport: { kind: 'http', url: `http://127.0.0.1:${proxyPort}/`, timeoutMs: 30000 },
        maxConcurrentRequests: 2,
      }),
    );
    const db = await freshDatabase(servers);
    // Each worker alone keeps up to 2 requests in flight (three chunks at once): 4 without the shared limit.
    const ws = workers(2, db, ['--vendors-dir', vendors, '--concurrency', '3']);
    const env = { PAYPROOF_DB: process.env.PAYPROOF_DB, PAYPROOF_QUEUE: process.env.PAYPROOF_QUEUE };
    process.env.PAYPROOF_DB = db;
    process.env.PAYPROOF_QUEUE = servers.redis!.url;
    const app = await NestFactory.createApplicationContext(EvaluationModule, { logger: ['error'] });
    try {
      await Promise.all(ws.map((w) => waitFor(w, (e) => e.includes('taking chunks'), 'ready')));
      const run = await app
        .get(EvaluationService)
        .start({ vendorsRoot: vendors, vendors: 'counted', scenarios, chunkSize: 3, sameAnswerRate: 1 });
      expect(run.status).toBe('finished');
      expect(ws.map((w) => chunksIn(w.stderr()).stored.length)).toEqual([expect.any(Number), expect.any(Number)]);
      expect(ws.every((w) => chunksIn(w.stderr()).stored.length > 0)).toBe(true);
      // Enough requests (some 40 for the bundled catalogue) that both workers had chunks in flight together.
      expect(requests).toBeGreaterThan(30);
      expect(most).toBe(2);
    } finally {
      await app.close();
      Object.assign(process.env, env);
      for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
      await stopAll(ws);
      proxy.close();
      daycount.kill('SIGTERM');
    }
  });
});
