import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { ChunkRecord, DefectRecord, FindingRecord, NewRunRecord } from '../../../src/evaluation/ports/run-records';
import { MIGRATIONS } from '../../../src/persistence/migrations';
import { RunStore } from '../../../src/persistence/run-store';
import { itUnless } from '../../setup/skip';
import { storeKinds, useServers } from '../distributed/servers';
import { newRunRecord } from './store-records';

const servers = useServers({ postgres: true });

function newRun(id: string): NewRunRecord {
  return newRunRecord(id, { people: 14, chunkSize: 7 });
}

function finding(i: number): FindingRecord {
  return {
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
    netEffect: i === 3 ? '-500.00' : '0.01',
    checkName: null,
    seq: i,
    message: `finding ${i}`,
    trace: [{ step: 'C' }],
    // Every third finding a root of its own; the two after it its consequences.
    defectId: 'v1:line:CPP:under:rounding:-:-',
    role: i % 3 === 0 ? 'root' : 'consequence',
    rootSeq: i - (i % 3),
    stub: null,
  };
}

function defect(vendorId: string, rank: number, families: string[]): DefectRecord {
  return {
    vendorId,
    defectId: `v1:line:CPP:under:rounding:-:r${rank}`,
    signatureVersion: 1,
    kind: 'line',
    rank,
    title: { en: 'CPP contributions: withheld too much', fr: 'Cotisations au RPC : montant retenu trop élevé' },
    grouping: { en: ['Signature version 1'], fr: ['Version de la signature 1'] },
    parts: { kind: 'line', subject: 'CPP', direction: 'under', size: 'rounding' },
    codes: ['CPP'],
    families,
    occurrences: 3,
    people: 2,
    pays: 3,
    overPaid: '0.00',
    underPaid: '0.03',
    consequences: 4,
    errors: 0,
    missedPays: 0,
    example: {
      scenarioId: 'S-0',
      size: 3,
      payday: '2026-01-28',
      codes: ['CPP'],
      findingSeqs: [0],
      supplier: { payday: '2026-01-28' },
      reference: { payday: '2026-01-28' },
      trace: [{ step: 'C' }],
      messages: ['finding 0'],
    },
  };
}

/** One chunk of 7 scenarios (ids S-0..S-6 shifted by the chunk), with `findings` findings for supplier acme. */
function chunk(runId: string, index: number, findings: number): ChunkRecord {
  const ids = Array.from({ length: 7 }, (_, i) => `S-${index * 7 + i}`);
  return {
    runId,
    chunk: index,
    digest: `d${index}`,
    scenarios: ids.map((scenarioId, i) => ({
      scenarioId,
      chunk: index,
      seq: index * 7 + i,
      hash: 'h',
      file: 'a.csv',
      title: 'T',
      family: 'acting pay',
      scenarioJson: { id: scenarioId },
      referenceHash: 'r',
      refused: i === 6 ? { code: 'UNSUPPORTED', message: 'Alberta' } : null,
    })),
    vendors: [
      {
        vendorId: 'acme',
        answers: ids.slice(0, 6).map((scenarioId) => ({
          scenarioId,
          status: 'ok' as const,
          failureKind: null,
          failureMessage: null,
          stderr: null,
          elapsedMs: 12,
          answerHash: 'a',
          statementsJson: null,
          overPaid: '0.00',
          underPaid: scenarioId === `S-${index * 7}` ? '500.00' : '0.00',
          findings: scenarioId === `S-${index * 7}` ? findings : 0,
        })),
        findings: Array.from({ length: findings }, (_, i) => ({ ...finding(i), scenarioId: ids[0] })),
        parts: { families: {}, periods: 26, requests: 1, repeated: 1 },
      },
    ],
    rulesEditions: ['T4127-2026-01'],
    doneAt: '2026-11-22T10:00:30.000Z',
  };
}

describe.each(storeKinds(servers))('RunStore on $name (schema by migrations)', ({ name, skip, open }) => {
  let db: DataSource;
  let store: RunStore;
  const it = itUnless(skip);

  beforeAll(async () => {
    if (skip !== undefined) return;
    db = await open();
    store = new RunStore(db);
  });
  afterAll(async () => {
    await store?.onModuleDestroy();
    await db?.destroy();
  });

  it('creates the schema by migration, not by synchronize (SQLite in WAL mode)', async () => {
    const applied = await db.query('SELECT name FROM migrations ORDER BY id');
    expect(applied.map((m: { name: string }) => m.name)).toEqual(MIGRATIONS.map((M) => new M().name));
    if (name === 'SQLite') expect(await db.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
  });

  itUnless(skip ?? (name === 'PostgreSQL' ? undefined : 'a PostgreSQL schema check'))(
    'collates every text column "C" on PostgreSQL, whatever the server\'s locale (a migration without portable() is caught)',
    async () => {
      const columns: Array<{ column: string; collation: string | null }> = await db.query(
        `SELECT table_name || '.' || column_name AS column, collation_name AS collation FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'text' ORDER BY 1`,
      );
      expect(columns.length).toBeGreaterThan(20);
      expect(columns.filter((c) => c.collation !== 'C')).toEqual([]);
    },
  );

  it('undoes every migration and applies them again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await db.undoLastMigration({ transaction: 'each' });
    expect(await db.query('SELECT name FROM migrations')).toEqual([]);
    await db.runMigrations({ transaction: 'each' });
    expect(await db.query('SELECT name FROM migrations')).toHaveLength(MIGRATIONS.length);
  });

  it('stores chunks, reads progress, findings and pins back, and rewrites a chunk without doubling it', async () => {
    await store.createRun(newRun('r1'));
    await store.writeChunk(chunk('r1', 0, 1000));
    await store.writeChunk(chunk('r1', 1, 3));
    // The same chunk written again (a resumed run redoing it): replaced, not added.
    await store.writeChunk(chunk('r1', 1, 3));

    const run = await store.getRun('r1');
    expect(run).toMatchObject({
      status: 'running',
      workDone: 14,
      progress: { acme: 14 },
      rulesEditions: ['T4127-2026-01'],
    });
    expect(await store.countFindings('r1')).toBe(1003);
    expect(await store.doneChunks('r1')).toEqual(
      expect.arrayContaining([
        { vendorId: 'acme', chunk: 0, digest: 'd0', scenarios: 7 },
        { vendorId: 'acme', chunk: 1, digest: 'd1', scenarios: 7 },
      ]),
    );
    const streamed = [];
    for await (const f of store.eachFinding('r1')) streamed.push(f);
    expect(streamed).toHaveLength(1003);
    expect(streamed).toEqual(await store.findings('r1', {}));
    expect(streamed[0]).toMatchObject({
      expected: '129.30',
      actual: '129.29',
      difference: '-0.01',
      trace: [{ step: 'C' }],
    });
    const worst = await store.worstFindings('r1', 2);
    // Chunk 0 has one finding of -500.00 (the 4th); chunk 1 only three small ones.
    expect(worst.map((f) => f.netEffect)).toEqual(['-500.00', '0.01']);
    expect((await store.mostHarmed('r1', 5)).map((h) => h.scenarioId)).toEqual(['S-0', 'S-7']);
    expect((await store.refusedScenarios('r1', 10)).items.map((s) => s.scenarioId)).toEqual(['S-6', 'S-13']);
    expect((await store.scenarioPins('r1', { offset: 10, limit: 10 })).items.map((s) => s.seq)).toEqual([
      10, 11, 12, 13,
    ]);
    const parts = [];
    for await (const p of store.parts('r1')) parts.push(p);
    expect(parts).toHaveLength(2);
  });

  it('keeps every row of the first chunk of a fresh database, for every supplier (statements prepared before they run)', async () => {
    const fresh = new RunStore(db);
    await fresh.createRun({
      ...newRun('r2'),
      vendors: [...newRun('r2').vendors, { ...newRun('r2').vendors[0], vendorId: 'beta' }],
    });
    const one = chunk('r2', 0, 40);
    await fresh.writeChunk({ ...one, vendors: [one.vendors[0], { ...one.vendors[0], vendorId: 'beta' }] });
    expect(await fresh.countFindings('r2', { vendorId: 'acme' })).toBe(40);
    expect(await fresh.countFindings('r2', { vendorId: 'beta' })).toBe(40);
    await fresh.onModuleDestroy();
  });

  it("stores the run's defects (replacing any stored before), filters them, and pages a defect's occurrences", async () => {
    expect((await store.getRun('r1'))!.signatureVersion).toBe(1);
    await store.saveDefects('r1', [defect('acme', 1, ['acting pay'])]);
    const stored = [defect('acme', 1, ['acting pay', 'leave without pay']), defect('acme', 2, ['acting pay'])];
    await store.saveDefects('r1', stored);
    expect(await store.defects('r1')).toEqual(stored);
    expect((await store.defects('r1', { family: 'leave without pay' })).map((d) => d.rank)).toEqual([1]);
    expect(await store.defects('r1', { vendorId: 'beta' })).toEqual([]);
    // Chunk 0: 1000 findings on S-0, every third a root (334); chunk 1: 3 findings on S-7, one root.
    const page = await store.occurrences('r1', { defectId: 'v1:line:CPP:under:rounding:-:-' }, { offset: 0, limit: 2 });
    expect(page.total).toBe(335);
    expect(page.items.map((f) => [f.seq, f.role, f.rootSeq])).toEqual([
      [0, 'root', 0],
      [3, 'root', 3],
    ]);
    expect(await store.countFindings('r1', { role: 'consequence' })).toBe(1003 - 335);
  });

  it('two writers (two workers) at once: rules editions merged, one chunk rewritten at the same time kept once', async () => {
    const [one, two] = [new RunStore(db), new RunStore(db)];
    await one.createRun(newRun('r3'));
    const first = chunk('r3', 0, 30);
    await Promise.all([
      one.writeChunk({ ...first, rulesEditions: ['T4127-2025-07'] }),
      two.writeChunk({ ...first, rulesEditions: ['T4127-2026-01'] }),
      two.writeChunk({ ...chunk('r3', 1, 5), rulesEditions: ['T4127-2026-01'] }),
    ]);
    expect(await one.countFindings('r3')).toBe(35);
    expect(await one.getRun('r3')).toMatchObject({
      workDone: 14,
      progress: { acme: 14 },
      rulesEditions: ['T4127-2025-07', 'T4127-2026-01'],
    });
    await Promise.all([one.onModuleDestroy(), two.onModuleDestroy()]);
  });

  it('pages scenario pins by family, a missing family included', async () => {
    await store.createRun(newRun('r4'));
    const c = chunk('r4', 0, 0);
    await store.writeChunk({ ...c, scenarios: c.scenarios.map((s, i) => ({ ...s, family: i < 2 ? null : s.family })) });
    expect((await store.scenarioPins('r4', { offset: 0, limit: 10, family: 'acting pay' })).total).toBe(5);
    expect((await store.scenarioPins('r4', { offset: 0, limit: 10 })).total).toBe(7);
    expect(await store.findings('r4', {})).toEqual([]);
  });

  it('marks a run interrupted, claims it back, and finishes it', async () => {
    await store.interrupt('r1', '2026-11-22T10:01:00.000Z', 'interrupted: its process is gone');
    expect((await store.getRun('r1'))!.status).toBe('interrupted');
    await store.claim('r1', { pid: 2, host: 'here' }, '2026-11-22T10:02:00.000Z');
    expect((await store.getRun('r1'))!).toMatchObject({ status: 'running', owner: { pid: 2, host: 'here' } });
    await store.finish('r1', '2026-11-22T10:03:00.000Z', { ranking: ['acme'] });
    expect((await store.getRun('r1'))!).toMatchObject({ status: 'finished', summary: { ranking: ['acme'] } });
  });
});
