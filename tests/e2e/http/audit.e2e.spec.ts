import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { call, serve, type Served, until } from './http-harness';

const PAYROLLS = path.join(__dirname, '../../../test-payrolls');
const VENDORS = ['floatwise', 'quickpay-cli'];

/**
 * Issue 18 over HTTP, one test per access rule: a supplier sees only its own results and
 * disputes them, an auditor rules with evidence (never the supplier's output), procurement
 * reads; the ruling carries into the next run's summary; the sealed part is committed to
 * before the run and scored apart; the chain holds.
 */
describe('audit: disputes, rulings, seals and the chain over HTTP', () => {
  let s: Served;
  let catalogue: string;
  let first: string;
  let disputeId: string;
  let ruledSignature: string;

  const as = (role: keyof Served['tokens'], method: string, url: string, json?: unknown) =>
    call(s, method, url, { token: s.tokens[role], json });

  const runToEnd = async (): Promise<any> => {
    const started = await as('procurement', 'POST', '/api/runs', { vendors: VENDORS });
    expect(started.status).toBe(202);
    return until(
      'the run to finish',
      async () => {
        const run = (await as('procurement', 'GET', `/api/runs/${started.body.id}`)).body;
        return run.status === 'finished' ? run : undefined;
      },
      120000,
    );
  };

  beforeAll(async () => {
    // A catalogue with a public part (acting pay) and a sealed part (leave without pay).
    catalogue = mkdtempSync(path.join(tmpdir(), 'payproof-sealed-'));
    copyFileSync(path.join(PAYROLLS, 'acting-pay.csv'), path.join(catalogue, 'acting-pay.csv'));
    mkdirSync(path.join(catalogue, 'sealed'));
    copyFileSync(path.join(PAYROLLS, 'leave-without-pay.csv'), path.join(catalogue, 'sealed/leave-without-pay.csv'));
    s = await serve({ scenarioSource: catalogue });
    first = (await runToEnd()).id;
  });
  afterAll(async () => {
    await s.close();
    rmSync(catalogue, { recursive: true, force: true });
  });

  it("rule: a supplier reads only its own runs' results: its own scorecard, never another's or the ranking", async () => {
    const runs = (await as('supplier2', 'GET', '/api/supplier/runs')).body;
    const mine = runs.find((r: { id: string }) => r.id === first);
    expect(mine.scorecard.score.value).toMatch(/^\d+\.\d{2}$/);
    expect(JSON.stringify(mine)).not.toContain('floatwise');
    expect(mine.ranking).toBeUndefined();
    const findings = (await as('supplier2', 'GET', `/api/supplier/runs/${first}/findings`)).body;
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f: { vendorId: string }) => f.vendorId))).toEqual(new Set(['quickpay-cli']));
    for (const url of [
      `/api/runs/${first}`,
      `/api/runs/${first}/discrepancies`,
      `/api/runs/${first}/comparison`,
      '/api/runs',
    ])
      expect({ url, status: (await as('supplier2', 'GET', url)).status }).toEqual({ url, status: 403 });
  });

  it('rule: a supplier disputes a finding of its own, with its reason; not another supplier, an auditor or procurement', async () => {
    const findings = (await as('supplier2', 'GET', `/api/supplier/runs/${first}/findings`)).body;
    const root = findings.find((f: { role: string; signature: string | null }) => f.role === 'root' && f.signature);
    const body = { runId: first, finding: root.id, reason: 'Our acting pay follows the collective agreement.' };
    for (const role of ['auditor', 'procurement', 'volunteer'] as const)
      expect((await as(role, 'POST', '/api/disputes', body)).status).toBe(403);
    expect((await as('supplier', 'POST', '/api/disputes', body)).status).toBe(404);
    const opened = await as('supplier2', 'POST', '/api/disputes', body);
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      vendorId: 'quickpay-cli',
      findingId: root.id,
      signature: root.signature,
      status: 'open',
    });
    disputeId = opened.body.id;
    ruledSignature = root.signature;
  });

  it("rule: a supplier never sees another supplier's disputes", async () => {
    expect((await as('supplier', 'GET', `/api/disputes/${disputeId}`)).status).toBe(404);
    expect((await as('supplier', 'GET', '/api/disputes')).body.map((d: { id: string }) => d.id)).not.toContain(
      disputeId,
    );
    expect((await as('supplier2', 'GET', `/api/disputes/${disputeId}`)).status).toBe(200);
    expect((await as('procurement', 'GET', `/api/disputes/${disputeId}`)).status).toBe(200);
  });

  it('rule: only an auditor rules, a ruling needs evidence, and a supplier output is never evidence', async () => {
    const ruling = {
      outcome: 'reference-wrong',
      explanation: 'The agreement pays acting from the first day.',
      rule: 'acting pay from the first day of the assignment',
      evidence: [
        {
          title: 'Program and Administrative Services (PA) collective agreement, article 64.07',
          url: 'https://www.tbs-sct.canada.ca/agreements-conventions/view-visualiser-eng.aspx?id=1',
          quote:
            'When an employee is required by the Employer to substantially perform the duties of a higher classification level',
          retrieved: '2026-11-30',
        },
      ],
    };
    for (const role of ['procurement', 'supplier2', 'volunteer'] as const)
      expect((await as(role, 'POST', `/api/disputes/${disputeId}/rulings`, ruling)).status).toBe(403);
    const bare = await as('auditor', 'POST', `/api/disputes/${disputeId}/rulings`, { ...ruling, evidence: [] });
    expect(bare.status).toBe(422);
    expect(bare.body.message).toContain('must carry evidence');
    const own = await as('auditor', 'POST', `/api/disputes/${disputeId}/rulings`, {
      ...ruling,
      evidence: [{ ...ruling.evidence[0], url: `http://localhost/api/runs/${first}/scenarios/x/statements` }],
    });
    expect(own.status).toBe(422);
    expect(own.body.message).toContain('never evidence');
    const ruled = await as('auditor', 'POST', `/api/disputes/${disputeId}/rulings`, ruling);
    expect(ruled.status).toBe(201);
    expect(ruled.body.status).toBe('ruled');
    expect(ruled.body.rulings[0]).toMatchObject({
      outcome: 'reference-wrong',
      signature: ruledSignature,
      vendorId: null,
    });
  });

  it("the ruling carries into the next run: unexplained findings counted, the reference's mistake out of the score and flagged", async () => {
    expect((await as('procurement', 'POST', '/api/seals', { commitment: 'x', scenarios: 1 })).status).toBe(422);
    const next = await runToEnd();
    const audit = next.summary.audit;
    const qp = audit.suppliers['quickpay-cli'];
    expect(qp.explained).toBeGreaterThan(0);
    expect(qp.excluded).toBe(qp.explained);
    expect(qp.unexplained).toBe(qp.findings - qp.explained);
    expect(qp.scoreBeforeRulings).toBeDefined();
    expect(Number(next.summary.scorecards['quickpay-cli'].score.value)).toBeGreaterThan(Number(qp.scoreBeforeRulings));
    expect(audit.referenceFlags).toEqual([
      expect.objectContaining({ rule: 'acting pay from the first day of the assignment', signature: ruledSignature }),
    ]);
    const ruled = (await as('auditor', 'GET', `/api/runs/${next.id}/rulings?supplier=quickpay-cli`)).body;
    expect(ruled.filter((f: { ruling: unknown }) => f.ruling !== null).length).toBe(qp.explained);
    // The flag names the registry conventions the reference's traces name for the findings it took out.
    const named = new Set<string>(
      ruled
        .filter((f: { signature: string }) => f.signature === ruledSignature)
        .flatMap((f: { conventions: string[] }) => f.conventions),
    );
    expect(named.size).toBeGreaterThan(0);
    expect(audit.referenceFlags[0].conventions.map((c: { id: string }) => c.id).sort()).toEqual([...named].sort());
    const mine = (await as('supplier2', 'GET', `/api/supplier/runs/${next.id}/defects`)).body;
    expect(mine.find((d: { signature: string }) => d.signature === ruledSignature).ruling.outcome).toBe(
      'reference-wrong',
    );
    // The next run's report says it too: the unexplained count and the reference rule flagged.
    const report = await as('auditor', 'GET', `/api/runs/${next.id}/report`);
    expect(report.status).toBe(200);
    expect(report.text).toContain(`quickpay-cli ${qp.explained} of ${qp.findings} (${qp.unexplained} unexplained)`);
    expect(report.text).toContain(`Reference rule ruled wrong, to be fixed: acting pay from the first day`);
  });

  it('the sealed part is scored apart and proven against a commitment recorded before the run', async () => {
    const unproven = (await as('auditor', 'GET', `/api/runs/${first}`)).body.summary.audit.sealed;
    expect(unproven.scenarios).toBeGreaterThan(0);
    expect(unproven.matches).toBeNull();
    const recorded = await as('procurement', 'POST', '/api/seals', {
      commitment: unproven.commitment,
      scenarios: unproven.scenarios,
    });
    expect(recorded.status).toBe(201);
    expect((await as('auditor', 'POST', '/api/seals', { commitment: unproven.commitment, scenarios: 1 })).status).toBe(
      403,
    );
    const next = await runToEnd();
    const sealed = next.summary.audit.sealed;
    expect(sealed.commitment).toBe(unproven.commitment);
    expect(sealed.matches.commitment).toBe(unproven.commitment);
    for (const v of VENDORS) {
      const part = sealed.suppliers[v];
      expect(part.public.scenarios + part.sealed.scenarios).toBe(next.summary.scorecards[v].scenarios);
      expect(typeof part.flagged).toBe('boolean');
    }
  });

  it('rule: procurement and auditors read the chain and the audit pins; suppliers and volunteers do not', async () => {
    const chain = await as('auditor', 'GET', '/api/chain');
    expect(chain.body).toMatchObject({ holds: true });
    expect(chain.body.entries).toBeGreaterThanOrEqual(1);
    const pins = (await as('procurement', 'GET', `/api/runs/${first}/audit-pins`)).body;
    expect(pins.suppliers.map((p: { id: string }) => p.id)).toEqual(VENDORS);
    expect(pins.catalogue).not.toMatch(/^\//);
    for (const role of ['supplier', 'volunteer'] as const) {
      expect((await as(role, 'GET', '/api/chain')).status).toBe(403);
      expect((await as(role, 'GET', `/api/runs/${first}/audit-pins`)).status).toBe(403);
    }
  });
});
