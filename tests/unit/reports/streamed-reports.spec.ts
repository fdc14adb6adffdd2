import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DefectView, FindingView, RunView } from '../../../src/evaluation/evaluation.types';
import { detailed, occurrenceKey, OCCURRENCES_SHOWN } from '../../../src/reports/html-defects';
import { discrepanciesCsv, discrepanciesCsvStream } from '../../../src/reports/discrepancies-csv';
import { htmlReport } from '../../../src/reports/html-report';
import { HTML_FINDING_LIMIT } from '../../../src/reports/html-sections';
import { SCORING } from '../../../src/domain/checks/scoring-weights';
import { scoreSupplier } from '../../../src/domain/checks/score-supplier';

function finding(i: number): FindingView {
  return {
    findingId: `acme:e-${i}:0`,
    defectId: 'v1:total:NET:-:-:-:-',
    role: 'root',
    rootId: `acme:e-${i}:0`,
    stub: null,
    vendorId: 'acme',
    scenarioId: `e-${i}`,
    family: '=cmd',
    kind: 'net',
    severity: 'high',
    payday: '2026-01-28',
    code: null,
    check: null,
    forPeriod: null,
    expected: '100.00',
    actual: '90.00',
    difference: '-10.00',
    netEffect: '-10.00',
    direction: 'under',
    message: `Net on 2026-01-28: supplier paid 90.00, reference 100.00 (${i})`,
    trace: [{ step: 'NET', label: 'net', value: '100.00', citation: 'T4127', inputs: { gross: '120.00' } }],
  };
}

async function* many(n: number): AsyncIterable<FindingView> {
  for (let i = 0; i < n; i += 1) yield finding(i);
}

const view = {
  id: 'r1',
  status: 'finished',
  startedAt: '2026-11-22T10:00:00.000Z',
  finishedAt: '2026-11-22T10:10:00.000Z',
  error: null,
  workTotal: 100_000,
  workDone: 100_000,
  progress: {},
  partial: false,
  pins: {
    harnessVersion: 'payproof 0.1.0',
    rulesEditions: ['T4127-2026-01'],
    tolerancePolicy: {},
    policyHash: 'a'.repeat(64),
    policySource: 'the default policy',
    scenarioSource: 'pop',
    scenarioCount: 100_000,
    scenarios: [],
    scenariosListed: false,
    vendors: [{ id: 'acme', name: 'Acme', version: '1', manifestHash: 'b'.repeat(64), transport: 'module' }],
  },
  summary: null,
} as unknown as RunView;

describe('reports that stream at any size', () => {
  it('streams the same CSV as the one-string form, row by row', async () => {
    let streamed = '';
    await pipeline(
      discrepanciesCsvStream('r1', many(50)),
      new Writable({
        write(chunk: Buffer, _enc, done) {
          streamed += chunk.toString();
          done();
        },
      }),
    );
    const all: FindingView[] = [];
    for await (const f of many(50)) all.push(f);
    expect(streamed).toBe(discrepanciesCsv('r1', all));
    expect(streamed).toContain("'=cmd");
  });

  it('streams 100,000 findings without holding them (a generator, consumed as it goes)', async () => {
    let rows = 0;
    await pipeline(
      discrepanciesCsvStream('r1', many(100_000)),
      new Writable({
        write(chunk: Buffer, _enc, done) {
          rows += chunk.toString().split('\r\n').length - 1;
          done();
        },
      }),
    );
    expect(rows).toBe(100_001);
  });

  it('keeps index.html small: the defects, the worst findings, and how many more are in the CSV', () => {
    const worst = Array.from({ length: HTML_FINDING_LIMIT }, (_, i) => finding(i));
    // Ten suppliers with 300 defects each, every one with a long trace: the page lists and describes a bounded share.
    const defects = Array.from({ length: 10 }, (_, v) =>
      Array.from({ length: 300 }, (_, k) => defect(`s${v}`, k + 1)),
    ).flat();
    const occurrences = new Map(
      detailed(defects).map((d) => [
        occurrenceKey(d.vendorId, d.defectId),
        { total: 5000, items: Array.from({ length: OCCURRENCES_SHOWN }, (_, i) => finding(i)) },
      ]),
    );
    const summary = {
      ranking: [],
      scoring: SCORING,
      scorecards: {},
      loadErrors: [],
      notes: [],
      payPeriods: 2_600_000,
      sameAnswer: { rate: 0.05, requests: 2000, repeated: 100 },
      refused: 0,
      workers: 2,
      timings: { supplier: 0, reference: 0, checks: 0, storage: 0, total: 0 },
    };
    const vendors = Array.from({ length: 10 }, (_, v) => ({ ...view.pins.vendors[0], id: `s${v}`, name: `S${v}` }));
    const ranking = vendors.map((v, k) => ({ rank: k + 1, vendorId: v.id, name: v.name, score: '50.00' }));
    const card = JSON.parse(JSON.stringify(scoreSupplier([])));
    const scorecards = Object.fromEntries(vendors.map((v) => [v.id, card]));
    const html = htmlReport(
      { ...view, pins: { ...view.pins, vendors }, summary: { ...summary, ranking, scorecards } },
      { worst, harmed: [], total: 1_000_000, why: { defects, occurrences } },
    );
    expect(Buffer.byteLength(html)).toBeLessThan(5 * 1024 * 1024);
    expect(html).toContain(`${(1_000_000 - HTML_FINDING_LIMIT).toLocaleString('en-CA')} more are in discrepancies.csv`);
    expect(html).toContain('100,000 scenarios: each one');
    expect(html).toContain('a sample of 5 % of requests was sent a second time');
    expect(html).toContain('100 of 300 defects of');
  });

  it('says a run that has not finished is partial', () => {
    const html = htmlReport(
      { ...view, status: 'interrupted', partial: true, workDone: 10 },
      { worst: [], harmed: [], total: 0 },
    );
    expect(html).toContain('Partial: this run is interrupted (10 of 100000 done)');
  });
});

function defect(vendorId: string, rank: number): DefectView {
  const trace = Array.from({ length: 30 }, (_, k) => ({
    step: `K${k}`,
    label: 'a step of the T4127 formula, with a long enough label',
    value: '1234.56',
    inputs: { A: '1.00', B: '2.00', C: '3.00' },
    citation: 'T4127 Jan 2026, ch. 6, step K',
  }));
  const statement = {
    employeeId: 'E-1',
    payday: '2026-01-28',
    periodStart: '2026-01-08',
    periodEnd: '2026-01-21',
    lines: ['REGULAR', 'CPP', 'EI', 'FEDERAL_TAX', 'PROVINCIAL_TAX', 'PENSION'].map((code) => ({
      code,
      amount: '100.00',
      description: code,
    })),
    gross: '100.00',
    net: '50.00',
  };
  return {
    vendorId,
    defectId: `v1:line:CPP:under:amount:-:x${rank}`,
    signatureVersion: 1,
    kind: 'line',
    rank,
    title: { en: 'CPP contributions: withheld too much', fr: 'Cotisations au RPC : montant retenu trop élevé' },
    grouping: { en: ['Signature version 1', 'Kind: line'], fr: ['Version de la signature 1', 'Genre : line'] },
    parts: { kind: 'line', subject: 'CPP', direction: 'under', size: 'amount' },
    codes: ['CPP'],
    families: ['acting pay'],
    occurrences: 5000,
    people: 4000,
    pays: 5000,
    overPaid: '0.00',
    underPaid: '100.00',
    consequences: 10000,
    errors: 0,
    missedPays: 0,
    example: {
      scenarioId: 'e-1',
      size: 3,
      payday: '2026-01-28',
      codes: ['CPP'],
      findingSeqs: [0],
      supplier: statement,
      reference: statement,
      trace,
      messages: ['CPP on 2026-01-28'],
    },
  };
}
