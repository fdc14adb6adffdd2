import * as path from 'node:path';
import { Clock } from '../../../src/common/clock';
import type { Scenario } from '../../../src/domain/scenario';
import { EvaluationService } from '../../../src/evaluation/evaluation.service';
import { AwaitedPays } from '../../../src/evaluation/ports/awaited-pays.port';
import { RunDeadlines } from '../../../src/evaluation/run-deadlines.service';
import { ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';
import {
  CountingTaskPools,
  FakeSupplierPool,
  FakeSupplierSource,
  MemoryRecorder,
  noStoredPolicy,
  referencePayer,
  supplier,
  type Payer,
} from './fakes';

/**
 * Issue 16, item 3, on the evaluation's fakes: a run with a live supplier and an exchange
 * supplier whose answers are partly missing waits ('awaiting-supplier') and says what is
 * missing; a resume after more is imported judges only the work not stored; at the supplier
 * deadline the missing answers are missed pays and the run finishes, the imported answers
 * judged exactly as in a run where everything was imported from the start.
 */
const CATALOGUE = path.resolve(__dirname, '../../../test-payrolls');
const DEADLINE = '2026-12-01T17:00:00.000Z';

/** A clock the test moves, instead of waiting. */
class MovableClock extends Clock {
  constructor(public now: string) {
    super();
  }
  override today(): string {
    return this.now.slice(0, 10);
  }
  override nowIso(): string {
    return this.now;
  }
}

/** What the exchange supplier's latest import holds: the employees imported so far. */
class Imports extends AwaitedPays {
  readonly employees = new Set<string>();
  all = false;
  has(id: string): boolean {
    return this.all || this.employees.has(id);
  }
  async missing(_vendorId: string, scenarios: readonly Scenario[]): Promise<Map<string, string[]>> {
    return new Map(scenarios.map((s) => [s.id, this.has(s.id) ? [] : [s.payRuns.from, s.payRuns.to]]));
  }
}

function setUp(imports: Imports, clock: MovableClock) {
  const asked = { exact: 0, exchange: 0 };
  const exact = referencePayer();
  const payers: Record<string, Payer> = {
    exact: (s) => {
      asked.exact += 1;
      return exact(s);
    },
    exchange: (s) => {
      asked.exchange += 1;
      return imports.has(s.id)
        ? exact(s)
        : { fail: `awaiting supplier exchange: no register imported yet for ${s.id}`, kind: 'awaiting-supplier' };
    },
  };
  const pool = () =>
    new FakeSupplierPool([supplier('exact'), { ...supplier('exchange'), transport: 'exchange' }], payers);
  const recorder = new MemoryRecorder();
  const evaluation = new EvaluationService(
    new ScenarioCatalog(),
    new FakeSupplierSource(pool),
    recorder,
    clock,
    new CountingTaskPools(),
    noStoredPolicy(),
    null,
    undefined,
    imports,
  );
  return { evaluation, recorder, asked, deadlines: new RunDeadlines(evaluation, recorder, clock) };
}

describe('a run awaiting an exchange supplier, with a supplier deadline', () => {
  it('waits while answers are missing, judges what comes in on resume, and finishes at the deadline', async () => {
    const imports = new Imports();
    const clock = new MovableClock('2026-11-22T10:00:00.000Z');
    const { evaluation: s, recorder, asked, deadlines } = setUp(imports, clock);
    const ids = (await new ScenarioCatalog().load(CATALOGUE)).scenarios.map((x) => x.scenario.id);
    for (const id of ids.slice(0, 10)) imports.employees.add(id);

    const waiting = await s.start({
      scenarios: CATALOGUE,
      chunkSize: 7,
      supplierDeadline: '2026-12-01T12:00:00-05:00',
    });
    expect(waiting.status).toBe('awaiting-supplier');
    expect(waiting.partial).toBe(true);
    expect(waiting.supplierDeadline).toBe(DEADLINE);
    expect(waiting.deadlineSet).toEqual({ by: 'unknown', at: '2026-11-22T10:00:00.000Z' });
    // The live supplier is judged whole; the exchange supplier's chunks with a missing answer are not stored.
    expect(waiting.progress.exact.done).toBe(waiting.progress.exact.total);
    expect(waiting.progress.exchange.done).toBeLessThan(10 + 7);
    const first = waiting.missing.exchange;
    expect(first.employees).toBeGreaterThan(0);
    expect(first.employees).toBeLessThanOrEqual(ids.length - 10);
    expect(first.payRuns).toBe(first.employees * 2);
    const page = await s.missing(waiting.id, { supplier: 'exchange', limit: 3 });
    expect(page.total).toBe(first.employees);
    expect(page.items).toHaveLength(3);
    expect(page.items[0]).toEqual({ vendorId: 'exchange', scenarioId: expect.any(String), paydays: expect.any(Array) });
    expect(page.items.some((m) => imports.has(m.scenarioId))).toBe(false);
    expect((await s.list())[0]).toMatchObject({ status: 'awaiting-supplier', missing: { exchange: first } });

    // More registers imported: the resume asks only for the work not stored, and still waits.
    for (const id of ids.slice(10, 40)) imports.employees.add(id);
    const exactBefore = asked.exact;
    const still = await s.resume(waiting.id);
    expect(asked.exact).toBe(exactBefore);
    expect(still.status).toBe('awaiting-supplier');
    expect(still.missing.exchange.employees).toBeLessThan(first.employees);

    // Before the deadline, a sweep leaves it waiting; at the deadline it finishes.
    expect(await deadlines.finishOverdue()).toEqual({ finished: [], failed: [] });
    expect(await deadlines.nextDeadline()).toBe(DEADLINE);
    clock.now = DEADLINE;
    const swept = await deadlines.finishOverdue();
    expect(swept.failed).toEqual([]);
    expect(swept.finished.map((r) => r.id)).toEqual([waiting.id]);
    const done = await s.get(waiting.id);
    expect(done).toMatchObject({ status: 'finished', partial: false, missing: {} });
    expect(done.workDone).toBe(done.workTotal);
    const missed = (await s.findings(done.id, { vendorId: 'exchange', kind: 'error' })).filter(
      (f) => f.check === 'awaiting-supplier',
    );
    expect(missed.length).toBe(still.missing.exchange.employees);
    for (const f of missed) expect(f.message).toContain(`no answer by the deadline ${DEADLINE}`);
    expect(done.summary!.scorecards.exchange.errors.byKind['awaiting-supplier']).toBe(missed.length);

    // The imported answers are judged exactly as in a run where everything was imported at the start.
    const whole = new Imports();
    whole.all = true;
    const fresh = setUp(whole, new MovableClock('2026-11-22T10:00:00.000Z')).evaluation;
    const allIn = await fresh.start({ scenarios: CATALOGUE, chunkSize: 7 });
    expect(allIn.status).toBe('finished');
    const judged = async (e: EvaluationService, runId: string) =>
      (await e.findings(runId, { vendorId: 'exchange' })).filter((f) => imports.has(f.scenarioId));
    expect(await judged(s, done.id)).toEqual(await judged(fresh, allIn.id));
    expect(recorder.missingRows.get(done.id)).toEqual([]);
  });

  it('without a deadline, waits until procurement sets one; a deadline set afterwards (even past) finishes it', async () => {
    const imports = new Imports();
    const clock = new MovableClock('2026-11-22T10:00:00.000Z');
    const { evaluation: s, deadlines } = setUp(imports, clock);
    const run = await s.start({ scenarios: CATALOGUE, chunkSize: 7 });
    expect(run).toMatchObject({ status: 'awaiting-supplier', supplierDeadline: null });
    clock.now = '2027-06-01T00:00:00.000Z';
    expect((await s.resume(run.id)).status).toBe('awaiting-supplier');
    expect(await deadlines.finishOverdue()).toEqual({ finished: [], failed: [] });

    const set = await deadlines.set(run.id, '2027-05-31T00:00:00Z', 'procurement lead');
    expect(set).toMatchObject({
      supplierDeadline: '2027-05-31T00:00:00.000Z',
      deadlineSet: { by: 'procurement lead', at: '2027-06-01T00:00:00.000Z' },
    });
    const swept = await deadlines.finishOverdue();
    expect(swept.finished.map((r) => r.status)).toEqual(['finished']);
    await expect(deadlines.set(run.id, '2027-07-01T00:00:00Z', 'x')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses a deadline that is not a date-time, already past, or for a run without an exchange supplier', async () => {
    const clock = new MovableClock('2026-11-22T10:00:00.000Z');
    const { evaluation: s, recorder, deadlines } = setUp(new Imports(), clock);
    await expect(s.start({ scenarios: CATALOGUE, supplierDeadline: 'next friday' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('supplier deadline: expected an ISO 8601 date-time with its offset'),
    });
    await expect(s.start({ scenarios: CATALOGUE, supplierDeadline: '2026-12-01T17:00' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(s.start({ scenarios: CATALOGUE, supplierDeadline: '2026-11-01T17:00:00Z' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('is already past (it is now 2026-11-22T10:00:00.000Z)'),
    });
    expect(recorder.runs.size).toBe(0);

    const liveOnly = new EvaluationService(
      new ScenarioCatalog(),
      new FakeSupplierSource(() => new FakeSupplierPool([supplier('exact')], { exact: referencePayer() })),
      recorder,
      clock,
      new CountingTaskPools(),
      noStoredPolicy(),
    );
    await expect(
      liveOnly.start({ scenarios: CATALOGUE, supplierDeadline: '2026-12-01T17:00:00Z' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('applies to exchange suppliers only, and this run has none (exact: module)'),
    });
    expect(recorder.runs.size).toBe(0);
    const run = await liveOnly.start({ scenarios: path.join(CATALOGUE, 'acting-pay.csv') });
    await expect(deadlines.set(run.id, '2026-12-01T17:00:00Z', 'x')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining(`run ${run.id} has none (exact: module)`),
    });
    await expect(deadlines.set('no-such-run', null, 'x')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
