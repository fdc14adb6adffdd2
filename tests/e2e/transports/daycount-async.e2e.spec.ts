import { INestApplicationContext } from '@nestjs/common';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { EvaluationService } from '../../../src/evaluation/evaluation.service';
import type { FindingView } from '../../../src/evaluation/evaluation.types';
import { CATALOGUE, evaluate, Evaluated, evaluationApp, REPO } from '../evaluate/evaluation-app';

/**
 * The worked example of the asynchronous HTTP mode (docs/vendor-protocol.md section 10):
 * vendors/daycount's own server, started once synchronous and once with DAYCOUNT_ASYNC=1 (202,
 * then polled), from manifests in a temporary vendors folder, so the bundled `evaluate` run
 * keeps its suppliers. The same scenarios must give the same statements and the same findings;
 * a job that cannot finish by its deadline makes every pay of its employees a missed pay.
 */
const SERVER = path.join(REPO, 'vendors/daycount/server.js');
// Partial periods, late entries and overpayments: DayCount's defects show, so there are findings to compare.
const FILES = ['late-hr-entries.csv', 'leave-without-pay.csv'];

function plug(root: string, id: string, transport: { env?: Record<string, string>; [field: string]: unknown }) {
  const { env = {}, ...rest } = transport;
  mkdirSync(path.join(root, id));
  const manifest = {
    id,
    name: 'DayCount HR & Pay (simulated)',
    version: '2026.1',
    protocol: 'payproof-vendor/1',
    transport: {
      kind: 'http',
      start: { command: 'node', args: [SERVER, '{port}'], env, readyPath: '/ready' },
      timeoutMs: 30_000,
      ...rest,
    },
  };
  writeFileSync(path.join(root, id, 'vendor.json'), JSON.stringify(manifest, null, 2));
}

/** A finding as either supplier would have it: without whose it is. */
function unowned(f: FindingView, vendorId: string) {
  const strip = (s: string | null) => s?.replaceAll(vendorId, '<supplier>') ?? null;
  return {
    ...f,
    vendorId: '<supplier>',
    findingId: strip(f.findingId),
    defectId: strip(f.defectId),
    rootId: strip(f.rootId),
  };
}

describe('daycount through the asynchronous HTTP mode', () => {
  let app: INestApplicationContext;
  let service: EvaluationService;
  let dir: string;
  let both: Evaluated;
  let late: Evaluated;

  beforeAll(async () => {
    ({ app, service, dir } = await evaluationApp());
    const vendors = path.join(dir, 'vendors');
    const scenarios = path.join(dir, 'scenarios');
    mkdirSync(vendors);
    mkdirSync(scenarios);
    for (const file of FILES) copyFileSync(path.join(CATALOGUE, file), path.join(scenarios, file));
    plug(vendors, 'daycount-sync', {});
    plug(vendors, 'daycount-async', {
      env: { DAYCOUNT_ASYNC: '1', DAYCOUNT_ASYNC_DELAY_MS: '50' },
      async: { pollIntervalMs: 100 },
    });
    // Its jobs take ten minutes; its deadline is three seconds.
    plug(vendors, 'daycount-late', {
      env: { DAYCOUNT_ASYNC: '1', DAYCOUNT_ASYNC_DELAY_MS: '600000' },
      timeoutMs: 2_000,
      async: { deadlineMs: 3_000, pollIntervalMs: 500 },
    });
    const options = { scenarios, vendorsRoot: vendors, workers: 0 };
    both = await evaluate(service, dir, { ...options, vendors: 'daycount-sync,daycount-async' });
    late = await evaluate(service, dir, {
      ...options,
      scenarios: path.join(scenarios, FILES[0]),
      vendors: 'daycount-late',
    });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same findings and scorecard as the synchronous mode', () => {
    const of = (id: string) => both.findings.filter((f) => f.vendorId === id).map((f) => unowned(f, id));
    expect(of('daycount-sync').length).toBeGreaterThan(0);
    expect(of('daycount-async')).toEqual(of('daycount-sync'));
    const card = (id: string) =>
      JSON.parse(JSON.stringify(both.run.summary!.scorecards[id], (k, v) => (k === 'responseMs' ? undefined : v)));
    expect(card('daycount-async')).toEqual(card('daycount-sync'));
    // Only the employees outside DayCount's declared capabilities fail, in both modes alike.
    expect(Object.keys(card('daycount-async').errors.byKind)).toEqual(
      card('daycount-async').errors.total ? ['unsupported'] : [],
    );
  });

  it('gives the same statements for every scenario (kept with a finding, else their hash)', async () => {
    let answered = 0;
    for (const { id } of both.run.pins.scenarios.filter((s) => !s.refused)) {
      const { suppliers } = await service.statements(both.run.id, id);
      expect({ id, async: suppliers['daycount-async'] }).toEqual({ id, async: suppliers['daycount-sync'] });
      if (!(suppliers['daycount-sync'] as { failed?: string }).failed) answered++;
    }
    expect(answered).toBeGreaterThan(0);
  });

  it('makes every pay of a job past its deadline a missed pay, failed as async-deadline', () => {
    const card = late.run.summary!.scorecards['daycount-late'];
    expect(card.scenarios).toBeGreaterThan(0);
    expect(card.paysMissed).toBe(card.expectedPaydays);
    // Every employee DayCount can pay (Ontario) was in a request past its deadline.
    const { unsupported = 0, ...byKind } = card.errors.byKind;
    expect(byKind).toEqual({ 'async-deadline': card.scenarios - unsupported });
    expect(card.scenarios - unsupported).toBeGreaterThan(0);
    // One error per person, the async deadline, naming the job.
    const failed = late.findings.filter((f) => f.check === 'async-deadline');
    expect(failed.map((f) => f.kind)).toEqual(Array.from({ length: byKind['async-deadline'] }, () => 'error'));
    for (const f of failed)
      expect(f.message).toMatch(
        /^Supplier failed \(async-deadline\): timed out: the supplier's asynchronous job did not finish within its deadline of 3000 ms \(async\.deadlineMs\); it accepted the request as a job at http:\/\/127\.0\.0\.1:\d+\/jobs\/\d+/,
      );
  });
});
