import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { call, fileForm, serve, Served, until } from './http-harness';

/** One file of the bundled catalogue (acting pay): findings with traces in every supplier, in a few seconds. */
const CATALOGUE_PART = path.join(__dirname, '../../../test-payrolls/acting-pay.csv');
const good = readFileSync(path.join(__dirname, '../../fixtures/submissions/good.csv'), 'utf8');

/**
 * The API over real HTTP on a real SQLite file, with the bundled catalogue and suppliers:
 * a run started by procurement, its progress, scores, comparison, discrepancies, reports,
 * and one test per access rule of issue 7.
 */
describe('runs, reports and access rules over HTTP', () => {
  let s: Served;
  let runId: string;
  let submissionId: string;

  beforeAll(async () => {
    s = await serve({ scenarioSource: CATALOGUE_PART });
    const started = await call(s, 'POST', '/api/runs', { token: s.tokens.procurement, json: {} });
    expect(started.status).toBe(202);
    runId = started.body.id;
    await until(
      'the run to finish',
      async () =>
        (await call(s, 'GET', `/api/runs/${runId}`, { token: s.tokens.procurement })).body.status === 'finished'
          ? true
          : undefined,
      60000,
    );
    const submitted = await call(s, 'POST', '/api/submissions', {
      token: s.tokens.volunteer,
      form: fileForm('my-pay.csv', good),
    });
    submissionId = submitted.body.id;
  });
  afterAll(() => s.close());

  const as = (role: keyof Served['tokens'], method: string, url: string, json?: unknown) =>
    call(s, method, url, { token: s.tokens[role], json });

  it("reports a run's progress and, once finished, its scores", async () => {
    const run = (await as('procurement', 'GET', `/api/runs/${runId}`)).body;
    expect(run).toMatchObject({ id: runId, status: 'finished' });
    expect(run.workDone).toBe(run.workTotal);
    expect(run.summary.ranking.length).toBeGreaterThan(0);
  });

  it('says per supplier how many people are done, that a finished run is not partial, and pages its scenario pins', async () => {
    const run = (await as('auditor', 'GET', `/api/runs/${runId}`)).body;
    expect(run.partial).toBe(false);
    const perSupplier = Object.values(run.progress) as Array<{ done: number; total: number }>;
    expect(perSupplier.length).toBe(run.pins.vendors.length);
    for (const p of perSupplier) expect(p).toEqual({ done: run.pins.scenarioCount, total: run.pins.scenarioCount });
    const page = (await as('auditor', 'GET', `/api/runs/${runId}/scenarios?offset=1&limit=2`)).body;
    expect(page.total).toBe(run.pins.scenarioCount);
    expect(page.items.map((p: { id: string }) => p.id)).toEqual(
      run.pins.scenarios.slice(1, 3).map((p: { id: string }) => p.id),
    );
    expect((await as('auditor', 'GET', `/api/runs/${runId}/scenarios?limit=many`)).status).toBe(422);
    expect((await as('volunteer', 'GET', `/api/runs/${runId}/scenarios`)).status).toBe(403);
  });

  it('compares suppliers side by side, best first', async () => {
    const res = await as('auditor', 'GET', `/api/runs/${runId}/comparison`);
    expect(res.status).toBe(200);
    const ranks = res.body.ranking.map((r: { rank: number }) => r.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(Object.keys(res.body.scorecards).sort()).toEqual(
      res.body.ranking.map((r: { vendorId: string }) => r.vendorId).sort(),
    );
  });

  it('filters discrepancies by supplier, family and severity, as JSON or CSV', async () => {
    const all = (await as('auditor', 'GET', `/api/runs/${runId}/discrepancies`)).body;
    expect(all.length).toBeGreaterThan(0);
    const { vendorId, family, severity } = all.find(
      (f: { family: string | null; severity: string | null }) => f.family && f.severity,
    );
    const query = `supplier=${encodeURIComponent(vendorId)}&family=${encodeURIComponent(family)}&severity=${severity}`;
    const some = (await as('auditor', 'GET', `/api/runs/${runId}/discrepancies?${query}`)).body;
    expect(some.length).toBeGreaterThan(0);
    expect(
      some.every(
        (f: { vendorId: string; family: string; severity: string }) =>
          f.vendorId === vendorId && f.family === family && f.severity === severity,
      ),
    ).toBe(true);
    expect(some.length).toBe(
      all.filter(
        (f: { vendorId: string; family: string; severity: string }) =>
          f.vendorId === vendorId && f.family === family && f.severity === severity,
      ).length,
    );
    const csv = await as('auditor', 'GET', `/api/runs/${runId}/discrepancies?${query}&format=csv`);
    expect(csv.type).toContain('text/csv');
    expect(csv.text.trim().split('\n')).toHaveLength(some.length + 1);
  });

  it('serves the report as HTML and JSON', async () => {
    const html = await as('procurement', 'GET', `/api/runs/${runId}/report`);
    expect(html.type).toContain('text/html');
    expect(html.text).toContain(runId);
    const json = await as('procurement', 'GET', `/api/runs/${runId}/report?format=json`);
    expect(JSON.parse(json.text).run.id).toBe(runId);
  });

  it('gives a volunteer a plain-language account of how each supplier paid their own submission', async () => {
    const evaluated = await until(
      'the submission to be evaluated',
      async () => {
        const res = await as('volunteer', 'GET', `/api/submissions/${submissionId}`);
        return res.body.status === 'evaluated' ? res.body : undefined;
      },
      30000,
    );
    expect(evaluated.runId).toBeTruthy();
    const account = await as('volunteer', 'GET', `/api/submissions/${submissionId}/account`);
    expect(account.status).toBe(200);
    const [{ scenarioId, suppliers }] = account.body.scenarios;
    expect(scenarioId).toBe('VOL-1');
    expect(suppliers.length).toBeGreaterThan(0);
    for (const supplier of suppliers) expect(supplier.sentences[0]).toContain(`${supplier.name} paid scenario VOL-1`);
  });

  // ---- access rules, one test each ----

  it('rule: without a token, or with an unknown one, every API endpoint answers 401', async () => {
    expect((await call(s, 'GET', '/api/runs')).status).toBe(401);
    expect((await call(s, 'GET', '/api/runs', { token: 'pp_not-a-token' })).status).toBe(401);
  });

  it('rule: a volunteer reads only their own submissions', async () => {
    expect((await as('volunteer', 'GET', `/api/submissions/${submissionId}`)).status).toBe(200);
    expect((await as('volunteer2', 'GET', `/api/submissions/${submissionId}`)).status).toBe(404);
    expect((await as('volunteer2', 'GET', `/api/submissions/${submissionId}/account`)).status).toBe(404);
    const listed = (await as('volunteer2', 'GET', '/api/submissions')).body;
    expect(listed.map((x: { id: string }) => x.id)).not.toContain(submissionId);
  });

  it("rule: a volunteer never reads a supplier's report, scores or discrepancies", async () => {
    for (const url of [
      `/api/runs/${runId}/report`,
      `/api/runs/${runId}/comparison`,
      `/api/runs/${runId}/discrepancies`,
      `/api/runs/${runId}`,
      '/api/runs',
    ]) {
      const res = await as('volunteer', 'GET', url);
      expect({ url, status: res.status }).toEqual({ url, status: 403 });
    }
  });

  it('rule: an auditor reads everything', async () => {
    for (const url of [
      '/api/runs',
      `/api/runs/${runId}`,
      `/api/runs/${runId}/report`,
      `/api/runs/${runId}/discrepancies`,
      '/api/submissions',
      `/api/submissions/${submissionId}`,
      '/api/policy',
      '/api/scenarios',
    ]) {
      const res = await as('auditor', 'GET', url);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
    }
  });

  it('rule: an auditor changes nothing', async () => {
    const attempts = [
      await as('auditor', 'POST', '/api/runs', {}),
      await as('auditor', 'PUT', '/api/policy', { tolerances: {} }),
      await call(s, 'POST', '/api/submissions', { token: s.tokens.auditor, form: fileForm('a.csv', good) }),
      await as('auditor', 'POST', '/api/tokens', { role: 'admin' }),
    ];
    expect(attempts.map((a) => a.status)).toEqual([403, 403, 403, 403]);
  });

  it('rule: only procurement starts runs', async () => {
    for (const role of ['volunteer', 'auditor', 'admin'] as const)
      expect((await as(role, 'POST', '/api/runs', {})).status).toBe(403);
  });

  it('rule: only procurement changes the tolerance policy', async () => {
    const policy = { tolerances: { CPP: { amount: '0.01', reason: 'rounding per period' } } };
    for (const role of ['volunteer', 'auditor', 'admin'] as const)
      expect((await as(role, 'PUT', '/api/policy', policy)).status).toBe(403);
    const res = await as('procurement', 'PUT', '/api/policy', policy);
    expect(res.status).toBe(200);
    expect(res.body.policy.tolerances.CPP).toEqual({ amount: '0.01', reason: 'rounding per period' });
    expect((await as('auditor', 'GET', '/api/policy')).body.updatedBy).toBe('procurement team');
    // A run started without a policy takes the stored one, and says so (issue 12: one policy for both doors).
    const started = await as('procurement', 'POST', '/api/runs', { vendors: ['floatwise'] });
    expect(started.status).toBe(202);
    expect(started.body.pins.tolerancePolicy.tolerances.CPP).toEqual({ amount: '0.01', reason: 'rounding per period' });
    expect(started.body.pins.policySource).toMatch(/^the stored policy \(set by procurement team at /);
    // Until it finishes, its findings so far are marked partial.
    const early = await call(s, 'GET', `/api/runs/${started.body.id}/discrepancies?format=csv`, {
      token: s.tokens.auditor,
    });
    expect(early.status).toBe(200);
    await until(
      'the second run to finish',
      async () =>
        (await as('procurement', 'GET', `/api/runs/${started.body.id}`)).body.status === 'finished' ? true : undefined,
      60000,
    );
  });

  it('rule: only an admin manages tokens, and a revoked token stops working', async () => {
    expect((await as('procurement', 'POST', '/api/tokens', { role: 'auditor' })).status).toBe(403);
    const created = await as('admin', 'POST', '/api/tokens', { role: 'auditor', name: 'temp' });
    expect(created.status).toBe(201);
    expect((await call(s, 'GET', '/api/me', { token: created.body.token })).body).toEqual({
      name: 'temp',
      role: 'auditor',
    });
    const listed = (await as('admin', 'GET', '/api/tokens')).text;
    expect(listed).not.toContain(created.body.token);
    expect((await as('admin', 'DELETE', `/api/tokens/${created.body.id}`)).status).toBe(200);
    expect((await call(s, 'GET', '/api/me', { token: created.body.token })).status).toBe(401);
  });

  // ---- bad requests: 4xx with a message that says what to fix, never a 500 or a stack ----

  it.each([
    ['GET', '/api/runs/no-such-run', undefined, 404, 'no evaluation run'],
    ['GET', '/api/runs/RUN/discrepancies?severity=huge', undefined, 422, 'severity: expected one of high, medium, low'],
    ['GET', '/api/runs/RUN/discrepancies?colour=red', undefined, 422, 'colour: unknown filter'],
    ['GET', '/api/runs/RUN/discrepancies?format=xml', undefined, 422, 'format: expected one of json, csv'],
    ['PUT', '/api/policy', { tolerances: { CPP: { amount: 0.01 } } }, 422, 'tolerances.CPP'],
    ['POST', '/api/runs', { vendors: ['nobody'] }, 422, 'vendors: unknown vendor "nobody"; known vendors: '],
    ['POST', '/api/runs', { policy: { tolerance: {} } }, 422, 'tolerance'],
    ['GET', '/api/scenarios/NO-SUCH', undefined, 404, 'no scenario "NO-SUCH"'],
  ])('%s %s answers a 4xx that says what to fix', async (method, url, json, status, text) => {
    const res = await as('procurement', method, url.replace('RUN', runId), json);
    expect({ status: res.status, message: res.body.message }).toEqual({
      status,
      message: expect.stringContaining(text),
    });
    expect(res.text).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('a body that is not JSON answers 400 saying so', async () => {
    const res = await fetch(`${s.base}/api/policy`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${s.tokens.procurement}`, 'content-type': 'application/json' },
      body: '{"tolerances":',
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});
