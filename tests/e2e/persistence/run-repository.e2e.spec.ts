import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { sqliteOptions } from '../../../src/persistence/data-source-options';
import { MIGRATIONS } from '../../../src/persistence/migrations';
import {
  EvaluationRunEntity,
  FindingEntity,
  RunScenarioEntity,
  RunVendorEntity,
  VendorResultEntity,
} from '../../../src/persistence/entities';
import { RunRepository } from '../../../src/persistence/run.repository';

function run(id: string): EvaluationRunEntity {
  return Object.assign(new EvaluationRunEntity(), {
    id,
    status: 'running',
    startedAt: '2026-11-22T10:00:00.000Z',
    finishedAt: null,
    harnessVersion: '0.1.0',
    rulesEditions: ['T4127-2026-01'],
    tolerancePolicy: { default: '0.00' },
    policyHash: 'abc',
    scenarioSource: 'test-payrolls',
    workTotal: 2,
    workDone: 0,
    summary: null,
    error: null,
  });
}

function finding(i: number): FindingEntity {
  return Object.assign(new FindingEntity(), {
    runId: 'r1',
    vendorId: 'acme',
    scenarioId: `S-${i % 7}`,
    family: i % 2 ? 'acting pay' : 'leave without pay',
    kind: 'different',
    severity: 'low',
    payday: '2026-01-28',
    code: 'CPP',
    forPeriodStart: null,
    forPeriodEnd: null,
    expected: '129.30',
    actual: '129.29',
    difference: '-0.01',
    direction: 'under',
    message: `finding ${i}`,
    trace: [{ step: 'C' }],
  });
}

describe('RunRepository on a real SQLite file (sqlite3 driver, schema by migrations)', () => {
  let db: DataSource;
  let repo: RunRepository;

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'payproof-db-')), 'test.sqlite');
    db = await new DataSource(sqliteOptions(file)).initialize();
    repo = new RunRepository(db);
  });
  afterAll(() => db.destroy());

  it('creates the schema by migration, not by synchronize', async () => {
    const applied = await db.query('SELECT name FROM migrations');
    const names = applied.map((m: { name: string }) => m.name);
    expect(names).toEqual(MIGRATIONS.map((M) => new M().name));
    expect(names.slice(0, 2)).toEqual(['InitialSchema1764000000000', 'FindingCheckAndNetEffect1764100000000']);
  });

  it('stores a run with its pins, results and findings, and reads them back exactly', async () => {
    const scenario = Object.assign(new RunScenarioEntity(), {
      runId: 'r1',
      scenarioId: 'S-1',
      hash: 'h1',
      file: 'a.csv',
      title: 'T',
      family: 'acting pay',
      scenarioJson: { id: 'S-1' },
      referenceJson: [],
    });
    const vendor = Object.assign(new RunVendorEntity(), {
      runId: 'r1',
      vendorId: 'acme',
      name: 'Acme',
      version: '1.0',
      manifestHash: 'm',
      transport: 'module',
    });
    await repo.createRun(run('r1'), [scenario], [vendor]);
    const result = Object.assign(new VendorResultEntity(), {
      runId: 'r1',
      vendorId: 'acme',
      scenarioId: 'S-1',
      status: 'ok',
      failureKind: null,
      failureMessage: null,
      stderr: null,
      elapsedMs: 12,
      statementsJson: [{ gross: '10.00' }],
    });
    // 1,000 findings: several multi-row INSERT batches inside one transaction.
    await repo.saveResults(
      'r1',
      [result],
      Array.from({ length: 1000 }, (_, i) => finding(i)),
      1,
    );
    await repo.finishRun('r1', '2026-11-22T10:01:00.000Z', { ranking: ['acme'] });

    const stored = await repo.getRun('r1');
    expect(stored).toMatchObject({
      status: 'finished',
      workDone: 1,
      summary: { ranking: ['acme'] },
      rulesEditions: ['T4127-2026-01'],
    });
    expect(await repo.findings('r1')).toHaveLength(1000);
    const acting = await repo.findings('r1', { vendorId: 'acme', family: 'acting pay' });
    expect(acting).toHaveLength(500);
    expect(acting[0]).toMatchObject({
      expected: '129.30',
      actual: '129.29',
      difference: '-0.01',
      trace: [{ step: 'C' }],
    });
    expect((await repo.results('r1'))[0].statementsJson).toEqual([{ gross: '10.00' }]);
    expect((await repo.scenarios('r1'))[0].scenarioJson).toEqual({ id: 'S-1' });
  });
});
