import * as path from 'node:path';
import { DeadlineWatch } from '../../../src/http/runs/deadline-watch';
import { call, serve, Served, until } from './http-harness';

/** One file of the bundled catalogue: seven people, a few seconds a run. */
const CATALOGUE_PART = path.join(__dirname, '../../../test-payrolls/acting-pay.csv');

/**
 * Issue 16, item 3, over HTTP: a run with quickpay-exchange and no import waits, says what is
 * missing (the run, the runs list, GET /missing page by page); procurement alone moves the
 * deadline (PATCH), bad deadlines are named; serve's deadline watch finishes the run once its
 * deadline has passed.
 */
describe('runs awaiting an exchange supplier over HTTP', () => {
  let s: Served;
  let runId: string;
  beforeAll(async () => {
    s = await serve({ scenarioSource: CATALOGUE_PART });
  });
  afterAll(() => s.close());

  const as = (role: keyof Served['tokens'], method: string, url: string, json?: unknown) =>
    call(s, method, url, { token: s.tokens[role], json });

  it('refuses a deadline that is not a date-time, already past, or for a run without an exchange supplier', async () => {
    const bad = await as('procurement', 'POST', '/api/runs', {
      vendors: ['floatwise', 'quickpay-exchange'],
      supplierDeadline: 'tomorrow',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.message).toContain('supplierDeadline: expected an ISO 8601 date-time with its offset');
    const past = await as('procurement', 'POST', '/api/runs', {
      vendors: ['floatwise', 'quickpay-exchange'],
      supplierDeadline: '2020-01-01T00:00:00Z',
    });
    expect(past.status).toBe(422);
    expect(past.body.message).toContain('is already past');
    const live = await as('procurement', 'POST', '/api/runs', {
      vendors: ['floatwise'],
      supplierDeadline: '2099-01-01T00:00:00Z',
    });
    expect(live.status).toBe(422);
    expect(live.body.message).toContain('applies to exchange suppliers only');
  });

  it('waits, says what is missing, and finishes at its deadline', async () => {
    const started = await as('procurement', 'POST', '/api/runs', {
      vendors: ['floatwise', 'quickpay-exchange'],
      supplierDeadline: '2099-12-31T17:00:00-05:00',
    });
    expect(started.status).toBe(202);
    runId = started.body.id;
    const waiting = await until(
      'the run to wait for quickpay-exchange',
      async () => {
        const run = (await as('auditor', 'GET', `/api/runs/${runId}`)).body;
        return run.status === 'awaiting-supplier' ? run : undefined;
      },
      60000,
    );
    expect(waiting).toMatchObject({
      partial: true,
      supplierDeadline: '2099-12-31T22:00:00.000Z',
      deadlineSet: { by: 'procurement team' },
      missing: { 'quickpay-exchange': { employees: 7, payRuns: expect.any(Number) } },
    });
    expect(waiting.progress.floatwise.done).toBe(7);
    const listed = (await as('procurement', 'GET', '/api/runs')).body.find((r: { id: string }) => r.id === runId);
    expect(listed.missing).toEqual(waiting.missing);

    const page = await as('auditor', 'GET', `/api/runs/${runId}/missing?limit=2&offset=1`);
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(7);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.items[0]).toEqual({
      vendorId: 'quickpay-exchange',
      scenarioId: expect.any(String),
      paydays: expect.arrayContaining([expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]),
    });
    expect((await as('auditor', 'GET', `/api/runs/${runId}/missing?limits=2`)).status).toBe(422);

    // Only procurement moves the deadline; a bad one is named.
    expect(
      (await as('auditor', 'PATCH', `/api/runs/${runId}/deadline`, { deadline: '2020-01-01T00:00:00Z' })).status,
    ).toBe(403);
    const wrong = await as('procurement', 'PATCH', `/api/runs/${runId}/deadline`, { deadline: 42 });
    expect(wrong.status).toBe(422);
    expect(wrong.body.message).toContain('deadline: expected {"deadline": "<ISO 8601 date-time with offset>"}');
    const moved = await as('procurement', 'PATCH', `/api/runs/${runId}/deadline`, {
      deadline: '2020-01-01T00:00:00Z',
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ status: 'awaiting-supplier', supplierDeadline: '2020-01-01T00:00:00.000Z' });

    // The deadline has passed: serve's watch (its timer, or this sweep) finishes the run.
    await s.app.get(DeadlineWatch).sweep();
    const done = await until(
      'the run to finish at its deadline',
      async () => {
        const run = (await as('procurement', 'GET', `/api/runs/${runId}`)).body;
        return run.status === 'finished' ? run : undefined;
      },
      60000,
    );
    expect(done).toMatchObject({ partial: false, missing: {} });
    expect(done.summary.scorecards['quickpay-exchange'].errors.byKind['awaiting-supplier']).toBe(7);
    const finding = (
      await as('procurement', 'GET', `/api/runs/${runId}/discrepancies?supplier=quickpay-exchange&kind=error`)
    ).body[0];
    expect(finding.message).toContain('no answer by the deadline 2020-01-01T00:00:00.000Z');
    const late = await as('procurement', 'PATCH', `/api/runs/${runId}/deadline`, { deadline: null });
    expect(late.status).toBe(409);
  });
});
