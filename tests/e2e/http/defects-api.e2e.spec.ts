import { parse } from 'csv-parse/sync';
import * as path from 'node:path';
import { EvaluationService } from '../../../src/evaluation/evaluation.service';
import type { DefectView, FindingView } from '../../../src/evaluation/evaluation.types';
import { CSV_COLUMNS } from '../../../src/reports/discrepancies-csv';
import { documentedDefects } from '../defects/defects-helpers';
import { SHAPES, titledAfterSubject } from '../defects/documented-shapes';
import { call, serve, Served, until } from './http-harness';

/**
 * Issue 14, "done when", against the stored run through the API: the bundled catalogue through
 * every bundled simulated supplier, started with POST /api/runs; for each supplier, each defect
 * its README documents is a defect of its own in GET /api/runs/:id/defects, with the right title
 * and line code. A batch-truncating supplier (evaluated into the same database) shows errors and
 * missed pays, and no dollars.
 */
const TRUNCATING = path.join(__dirname, '../../fixtures/defect-vendors');

const shaped = (d: DefectView) => ({ parts: d.parts, codes: d.codes, title: d.title });

describe('the why of a stored run, over HTTP', () => {
  let s: Served;
  let runId: string;
  let truncatedRun: string;
  const get = (url: string) => call(s, 'GET', url, { token: s.tokens.auditor });

  beforeAll(async () => {
    s = await serve();
    const started = await call(s, 'POST', '/api/runs', {
      token: s.tokens.procurement,
      json: { vendors: Object.keys(SHAPES) },
    });
    expect(started.status).toBe(202);
    runId = started.body.id;
    // The same database, the same service the API reads: a fixture supplier the API does not offer.
    // In chunks of 100 people, so that its requests hold the 50 it declares (it answers the first 10).
    const truncating = { vendorsRoot: TRUNCATING, vendors: 'truncating', chunkSize: 100 };
    truncatedRun = (await s.app.get(EvaluationService).start(truncating)).id;
    await until(
      'the run to finish',
      async () => ((await get(`/api/runs/${runId}`)).body.status === 'finished' ? true : undefined),
      240_000,
    );
  });
  afterAll(() => s?.close());

  describe.each(Object.keys(SHAPES))('%s', (vendorId) => {
    const documented = documentedDefects(vendorId);
    let defects: DefectView[];

    beforeAll(async () => {
      const res = await get(`/api/runs/${runId}/defects?supplier=${vendorId}`);
      expect(res.status).toBe(200);
      defects = res.body;
    });

    it.each([...documented.keys()])(
      '%s is a defect of its own in the stored run, with the right title and a documented line code',
      (id) => {
        const found = defects.filter((d) => SHAPES[vendorId][id](shaped(d)));
        expect(found.length).toBeGreaterThan(0);
        for (const d of found) expect(titledAfterSubject(shaped(d))).toBe(true);
        expect(found.some((d) => d.codes.some((c) => documented.get(id)!.includes(c)))).toBe(true);
      },
    );

    it('has no stored defect that answers for two documented ones, and ranks them by harm', () => {
      for (const d of defects) {
        const claimed = [...documented.keys()].filter((id) => SHAPES[vendorId][id](shaped(d)));
        expect({ defect: d.defectId, claimed: claimed.length <= 1 }).toEqual({ defect: d.defectId, claimed: true });
      }
      const pay = defects.filter((d) => d.kind !== 'failure');
      const harm = pay.map((d) => Number(d.overPaid) + Number(d.underPaid));
      expect(harm).toEqual([...harm].sort((a, b) => b - a));
      expect(defects.map((d) => d.rank)).toEqual(defects.map((_, k) => k + 1));
    });

    it("pages a defect's occurrences: each the root finding of that defect, as many as the defect counts", async () => {
      const [d] = defects;
      const url = `/api/runs/${runId}/defects/${encodeURIComponent(d.defectId)}/occurrences?supplier=${vendorId}`;
      const first = (await get(`${url}&limit=2`)).body as { total: number; items: FindingView[] };
      expect(first.total).toBe(d.occurrences);
      expect(first.items.length).toBe(Math.min(2, d.occurrences));
      for (const f of first.items)
        expect([f.vendorId, f.defectId, f.role, f.rootId]).toEqual([vendorId, d.defectId, 'root', f.findingId]);
      // The findings it drags along name it, and the root they follow.
      const dragged = (
        await get(
          `/api/runs/${runId}/discrepancies?supplier=${vendorId}&defect=${encodeURIComponent(d.defectId)}&role=consequence`,
        )
      ).body as FindingView[];
      expect(dragged.length).toBe(d.consequences);
      for (const f of dragged) expect(f.rootId).toMatch(new RegExp(`^${vendorId}:${f.scenarioId}:\\d+$`));
    });
  });

  it('filters defects by family', async () => {
    const all = (await get(`/api/runs/${runId}/defects`)).body as DefectView[];
    const acting = (await get(`/api/runs/${runId}/defects?family=${encodeURIComponent('acting pay')}`))
      .body as DefectView[];
    expect(acting.length).toBeGreaterThan(0);
    expect(acting.length).toBeLessThan(all.length);
    expect(acting.every((d) => d.families.includes('acting pay'))).toBe(true);
  });

  it('shows a batch-truncating supplier as errors and missed pays, no dollars, one supplier-level defect', async () => {
    const run = (await get(`/api/runs/${truncatedRun}`)).body;
    const card = run.summary.scorecards.truncating;
    const defects = (await get(`/api/runs/${truncatedRun}/defects`)).body as DefectView[];
    expect(card.errors.total).toBeGreaterThan(0);
    expect([card.overPaid, card.underPaid]).toEqual(['0.00', '0.00']);
    const failures = defects.filter((d) => d.kind === 'failure');
    expect(defects.filter((d) => d.kind !== 'failure')).toEqual([]);
    expect(failures.map((d) => [d.parts.subject, d.title.en, d.overPaid, d.underPaid])).toEqual(
      expect.arrayContaining([['wrong-employee', 'People missing or mixed up in the answer', '0.00', '0.00']]),
    );
    expect(failures.reduce((n, d) => n + d.errors, 0)).toBe(card.errors.total);
    expect(failures.reduce((n, d) => n + d.missedPays, 0)).toBe(card.paysMissed);
  });

  it('serves the report in French (?lang=fr) and discrepancies for a French-Canadian spreadsheet (?csvLocale=fr)', async () => {
    const html = await get(`/api/runs/${runId}/report?lang=fr`);
    expect(html.text).toMatch(/^<!doctype html><html lang="fr">/);
    expect(html.text).toContain('Pourquoi : les défauts de chaque fournisseur');
    const defects = (await get(`/api/runs/${runId}/defects?supplier=floatwise`)).body as DefectView[];
    expect(html.text).toContain(defects[0].title.fr.replace(/'/g, '&#39;'));
    const csv = await get(`/api/runs/${runId}/report?format=csv&csvLocale=fr`);
    const rows = parse(csv.text, { bom: true, delimiter: ';', relax_quotes: true }) as string[][];
    expect(rows[0][CSV_COLUMNS.indexOf('reference_amount')]).toBe('montant_référence');
    expect(rows.slice(1).some((r) => /^\(?\d+,\d\d\)?$/.test(r[CSV_COLUMNS.indexOf('difference')]))).toBe(true);
  });

  it("gives the run views' traces in both languages: a defect's example, its occurrences, the findings, the scenario's lines", async () => {
    type Step = { label: string; labelFr?: string; citation: string; citationFr?: string };
    const french = (steps: Step[]) => {
      expect(steps.length).toBeGreaterThan(0);
      for (const s of steps) {
        expect(s.labelFr).toEqual(expect.any(String));
        expect(s.citationFr).toEqual(expect.any(String));
      }
      // At least one rule's source has a French title (T4127's « Formules pour le calcul des retenues sur la paie »).
      expect(steps.some((s) => s.citationFr !== s.citation)).toBe(true);
    };
    const [d] = (await get(`/api/runs/${runId}/defects?supplier=floatwise`)).body as Array<
      DefectView & { example: { trace: Step[] } }
    >;
    const withTrace = (await get(`/api/runs/${runId}/discrepancies?supplier=floatwise`)).body as Array<
      FindingView & { trace: Step[] | null }
    >;
    const traced = withTrace.filter((f) => (f.trace ?? []).length > 0);
    french(traced.flatMap((f) => f.trace!));
    if (d.example.trace.length > 0) french(d.example.trace);
    const page = (
      await get(`/api/runs/${runId}/defects/${encodeURIComponent(d.defectId)}/occurrences?supplier=floatwise&limit=3`)
    ).body as { items: Array<{ trace: Step[] | null }> };
    french(page.items.flatMap((f) => f.trace ?? []).concat(traced[0].trace!));
    const lines = (await get(`/api/runs/${runId}/scenarios/${encodeURIComponent(traced[0].scenarioId)}/statements`))
      .body as { reference: { pays: Array<{ lineTraces: Step[][] }> } };
    french(lines.reference.pays.flatMap((p) => p.lineTraces.flat()));
  });

  it('names a bad parameter (422) and keeps defects from volunteers (403)', async () => {
    expect((await get(`/api/runs/${runId}/defects?colour=red`)).body.message).toMatch(/colour: unknown parameter/);
    expect((await get(`/api/runs/${runId}/report?lang=de`)).body.message).toMatch(/lang: expected one of en, fr/);
    expect((await get(`/api/runs/${runId}/discrepancies?role=cause`)).status).toBe(422);
    expect((await get(`/api/runs/nope/defects`)).status).toBe(404);
    expect((await call(s, 'GET', `/api/runs/${runId}/defects`, { token: s.tokens.volunteer })).status).toBe(403);
  });
});
