import { INestApplicationContext } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { startsFormula } from '../../../src/reports/csv-safety';
import { CSV_COLUMNS } from '../../../src/reports/discrepancies-csv';
import type { EvaluationService } from '../../../src/evaluation/evaluation.service';
import { CATALOGUE, csvCells, evaluate, Evaluated, evaluationApp, FIXTURE_VENDORS } from './evaluation-app';

describe('evaluate: the bundled catalogue through a supplier that pays exactly like the reference', () => {
  let app: INestApplicationContext;
  let service: EvaluationService;
  let echo: Evaluated;

  beforeAll(async () => {
    let dir: string;
    ({ app, service, dir } = await evaluationApp());
    echo = await evaluate(service, dir, {
      scenarios: CATALOGUE,
      vendorsRoot: FIXTURE_VENDORS,
      vendors: 'reference-echo',
    });
  });
  afterAll(() => app.close());

  it('scores 100.00 with no finding, every person paid exactly right', () => {
    const card = echo.run.summary!.scorecards['reference-echo'];
    const evaluated = echo.run.pins.scenarios.filter((s) => !s.refused).length;
    expect(evaluated).toBeGreaterThan(0);
    expect(echo.findings).toEqual([]);
    expect(card).toMatchObject({
      scenarios: evaluated,
      scenariosCorrect: evaluated,
      overPaid: '0.00',
      underPaid: '0.00',
      paysMissed: 0,
      invariantViolations: 0,
      errors: { total: 0 },
    });
    expect(card.lines.matched).toBe(card.lines.total);
    expect(card.score.value).toBe('100.00');
    expect(echo.run.summary!.ranking).toEqual([
      { rank: 1, vendorId: 'reference-echo', name: 'Reference Echo (test fixture)', score: '100.00' },
    ]);
  });

  it('stores the run with every pin, and reads it back', async () => {
    const stored = await service.get(echo.run.id);
    expect(stored.status).toBe('finished');
    expect(stored.workDone).toBe(stored.workTotal);
    expect(stored.pins.rulesEditions.length).toBeGreaterThan(0);
    expect(stored.pins.policyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.pins.harnessVersion).toMatch(/^payproof \d+\.\d+\.\d+/);
    expect(stored.pins.vendors).toEqual([
      expect.objectContaining({
        id: 'reference-echo',
        version: '1.0.0',
        manifestHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        transport: 'module',
      }),
    ]);
    for (const s of stored.pins.scenarios) expect(s.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await service.list()).map((r) => r.id)).toContain(echo.run.id);
  });

  it("puts the run's pins in run.json and index.html", () => {
    const json = JSON.parse(readFileSync(echo.report.files.json, 'utf8'));
    expect(json.run.pins).toEqual(echo.run.pins);
    const html = readFileSync(echo.report.files.html, 'utf8');
    for (const pin of [
      echo.run.pins.policyHash,
      echo.run.pins.vendors[0].manifestHash,
      ...echo.run.pins.scenarios.map((s) => s.hash),
      ...echo.run.pins.rulesEditions,
    ]) {
      expect(html).toContain(pin);
    }
    // Self-contained: no script or style is fetched from anywhere.
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
  });

  it('writes a discrepancies.csv with only its header', () => {
    expect(csvCells(echo.report.files.csv)).toEqual([[...CSV_COLUMNS]]);
  });

  it('pins a hash of the reference statements of every scenario it paid, and of each supplier answer', async () => {
    const paid = echo.run.pins.scenarios.filter((s) => !s.refused);
    for (const s of paid) expect(s.referenceHash).toMatch(/^[0-9a-f]{64}$/);
    const one = await service.statements(echo.run.id, paid[0].id);
    // No finding: the answer is not kept, its hash is (and the echo answers what the reference pays).
    expect(one.suppliers['reference-echo']).toMatchObject({ answerHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The reference's statements are recomputed with traces on demand, and hash as pinned.
    expect((one.reference as { referenceHash: string }).referenceHash).toBe(paid[0].referenceHash);
    const pays = (one.reference as { pays: Array<{ lineTraces: unknown[] }> }).pays;
    expect(pays.some((p) => p.lineTraces.length > 0)).toBe(true);
  });
});

describe('evaluate: a simulated supplier with defects, run twice', () => {
  let app: INestApplicationContext;
  let first: Evaluated;
  let second: Evaluated;

  beforeAll(async () => {
    let service: EvaluationService;
    let dir: string;
    ({ app, service, dir } = await evaluationApp());
    first = await evaluate(service, dir, { scenarios: CATALOGUE, vendors: 'floatwise' });
    second = await evaluate(service, dir, { scenarios: CATALOGUE, vendors: 'floatwise' });
  });
  afterAll(() => app.close());

  it('gives the same findings and the same scores the second time', () => {
    expect(first.findings.length).toBeGreaterThan(0);
    expect(second.run.id).not.toBe(first.run.id);
    expect(second.findings).toEqual(first.findings);
    // Everything but the measured response times is the same.
    const untimed = (e: Evaluated) =>
      JSON.parse(JSON.stringify(e.run.summary!.scorecards, (k, v) => (k === 'responseMs' ? undefined : v)));
    expect(untimed(second)).toEqual(untimed(first));
    expect(second.run.pins.scenarios).toEqual(first.run.pins.scenarios);
  });

  it('writes no discrepancies.csv cell that a spreadsheet could run as a formula, negative money included', () => {
    const rows = csvCells(first.report.files.csv);
    expect(rows.length).toBe(first.findings.length + 1);
    const offending = rows.flat().filter(startsFormula);
    expect(offending).toEqual([]);
    // Negative differences are there, in accounting notation, and match the stored findings.
    const negatives = first.findings.filter((f) => f.difference?.startsWith('-'));
    expect(negatives.length).toBeGreaterThan(0);
    const column = CSV_COLUMNS.indexOf('difference');
    expect(rows.slice(1).filter((r) => r[column].startsWith('(')).length).toBe(negatives.length);
  });

  it('streams every finding to findings.jsonl and keeps run.json small', () => {
    const lines = readFileSync(first.report.files.findings, 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(first.findings.map((f) => ({ runId: first.run.id, ...f })));
    const json = JSON.parse(readFileSync(first.report.files.json, 'utf8'));
    expect(json.findings).toEqual({ count: first.findings.length, file: 'findings.jsonl' });
    expect(json.run.status).toBe('finished');
  });

  it('lists the worst findings first in index.html and says how many more are in the CSV', () => {
    const html = readFileSync(first.report.files.html, 'utf8');
    expect(html).toContain(`Findings, line by line (${first.findings.length.toLocaleString('en-CA')})`);
    expect(html).toContain('People most harmed');
    expect(html).toContain('Same answer twice: every request');
  });

  it("writes defects.json, the run's defects as stored, and leads index.html with them", async () => {
    const stored = await first.service.defects(first.run.id);
    expect(stored.length).toBeGreaterThan(0);
    const json = JSON.parse(readFileSync(first.report.files.defects, 'utf8'));
    expect(json).toEqual({ runId: first.run.id, signatureVersion: 2, defects: stored });
    const html = readFileSync(first.report.files.html, 'utf8');
    expect(html.indexOf('id="why"')).toBeLessThan(html.indexOf('id="ranking"'));
    expect(html).toContain(stored[0].title.en);
  });

  it('gives each discrepancy its reference trace', () => {
    const lines = first.findings.filter((f) => f.kind === 'different');
    expect(lines.length).toBeGreaterThan(0);
    for (const f of lines) expect(f.trace?.length).toBeGreaterThan(0);
  });
});

describe('evaluate: a crashing supplier and a scenario the reference refuses', () => {
  let app: INestApplicationContext;
  let run: Evaluated;

  beforeAll(async () => {
    const { app: a, service, dir } = await evaluationApp();
    app = a;
    run = await evaluate(service, dir, {
      scenarios: `${FIXTURE_VENDORS}/../evaluate-scenarios/one-paid-one-refused.json`,
      vendorsRoot: FIXTURE_VENDORS,
    });
  });
  afterAll(() => app.close());

  it('records the refused scenario as refused by the reference and sends it to no supplier', () => {
    const refused = run.run.pins.scenarios.find((s) => s.id === 'quebec-td1-code-3');
    expect(refused?.refused).toMatchObject({ code: 'UNSUPPORTED' });
    expect(run.findings.filter((f) => f.scenarioId === 'quebec-td1-code-3')).toEqual([]);
    // Work counts every scenario for every supplier: the refused one is done once the reference refuses it.
    expect(run.run.workTotal).toBe(4);
    expect(run.run.workDone).toBe(4);
    expect(run.run.summary!.refused).toBe(1);
    for (const card of Object.values(run.run.summary!.scorecards)) expect(card.scenarios).toBe(1);
  });

  it('goes on after a supplier crashes: the crash is an error with its pays missed and no dollars, the other supplier is judged as usual', () => {
    const cards = run.run.summary!.scorecards;
    expect(run.run.status).toBe('finished');
    expect(cards['reference-echo']).toMatchObject({ scenarios: 1, scenariosCorrect: 1, errors: { total: 0 } });
    expect(cards.crashing).toMatchObject({
      scenarios: 1,
      scenariosCorrect: 0,
      errors: { total: 1, byKind: { crash: 1 } },
      paysMissed: 2,
      expectedPaydays: 2,
    });
    expect([cards.crashing.underPaid, cards.crashing.overPaid]).toEqual(['0.00', '0.00']);
    expect(run.findings.filter((f) => f.vendorId === 'crashing').map((f) => f.kind)).toEqual(['error']);
    expect(run.run.summary!.ranking.map((r) => r.vendorId)).toEqual(['reference-echo', 'crashing']);
  });
});
