import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { ChunkRecord, DefectRecord, FindingRecord, NewRunRecord } from '../../../src/evaluation/ports/run-records';
import { defectKey } from '../../../src/pilots/pilot.types';
import { PilotEntity } from '../../../src/persistence/entities/pilot.entity';
import { PilotRepository } from '../../../src/persistence/pilot.repository';
import { StoredRunDefects } from '../../../src/persistence/run-defects.adapter';
import { RunStore } from '../../../src/persistence/run-store';
import { itUnless } from '../../setup/skip';
import { storeKinds, useServers } from '../distributed/servers';
import { newRunRecord } from './store-records';

/**
 * The pilots' storage (pilot.repository.ts, run-defects.adapter.ts) on SQLite and PostgreSQL:
 * its SQL goes through the dialect (null-safe equality, a JSON field, the table's columns).
 */
const servers = useServers({ postgres: true });
const AT = '2026-11-22T10:00:00.000Z';

function newRun(id: string): NewRunRecord {
  return newRunRecord(id, { people: 3 });
}

function root(scenarioId: string, defectId: string): FindingRecord {
  return {
    scenarioId,
    family: 'acting pay',
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
    netEffect: '-0.01',
    checkName: null,
    seq: 0,
    message: 'm',
    trace: [],
    defectId,
    role: 'root',
    rootSeq: 0,
    stub: null,
  };
}

/**
 * S-0 (no reference hash in either run: NULL = NULL counts as the same) fails with a timeout;
 * S-1 holds defect D1; S-2 holds D2 but reads differently in run b (another hash).
 */
function chunk(runId: string): ChunkRecord {
  const ids = ['S-0', 'S-1', 'S-2'];
  return {
    runId,
    chunk: 0,
    digest: 'd',
    scenarios: ids.map((scenarioId, seq) => ({
      scenarioId,
      chunk: 0,
      seq,
      hash: scenarioId === 'S-2' ? `h-${runId}` : 'h',
      file: 'a.csv',
      title: 'T',
      family: 'acting pay',
      scenarioJson: { id: scenarioId },
      referenceHash: scenarioId === 'S-0' ? null : 'r',
      refused: null,
    })),
    vendors: [
      {
        vendorId: 'acme',
        answers: ids.map((scenarioId) => ({
          scenarioId,
          status: scenarioId === 'S-0' ? ('failed' as const) : ('ok' as const),
          failureKind: scenarioId === 'S-0' ? 'timeout' : null,
          failureMessage: null,
          stderr: null,
          elapsedMs: 1,
          answerHash: 'a',
          statementsJson: null,
          overPaid: '0.00',
          underPaid: '0.01',
          findings: scenarioId === 'S-0' ? 0 : 1,
        })),
        findings: [root('S-1', 'D1'), root('S-2', 'D2')],
        parts: { families: {}, periods: 2, requests: 3, repeated: 0 },
      },
    ],
    rulesEditions: ['T4127-2026-01'],
    doneAt: AT,
  };
}

function defect(defectId: string, rank: number, kind: 'line' | 'failure'): DefectRecord {
  return {
    vendorId: 'acme',
    defectId,
    signatureVersion: 1,
    kind,
    rank,
    title: { en: defectId, fr: defectId },
    grouping: { en: [], fr: [] },
    parts: kind === 'failure' ? { kind, subject: 'timeout' } : { kind, subject: 'CPP', direction: 'under' },
    codes: kind === 'failure' ? [] : ['CPP'],
    families: ['acting pay'],
    occurrences: 1,
    people: 1,
    pays: 1,
    overPaid: '0.00',
    underPaid: kind === 'failure' ? '0.00' : '0.01',
    consequences: 0,
    errors: kind === 'failure' ? 1 : 0,
    missedPays: 0,
    example: {
      scenarioId: 'S-1',
      size: 1,
      payday: null,
      codes: [],
      findingSeqs: [],
      supplier: null,
      reference: null,
      trace: [],
      messages: [],
    },
  };
}

describe.each(storeKinds(servers))('pilot storage on $name', ({ skip, open }) => {
  let db: DataSource;
  const it = itUnless(skip);

  beforeAll(async () => {
    if (skip !== undefined) return;
    db = await open();
    const store = new RunStore(db);
    for (const id of ['a', 'b']) {
      await store.createRun(newRun(id));
      await store.writeChunk(chunk(id));
    }
    await store.saveDefects('a', [defect('F', 1, 'failure'), defect('D1', 2, 'line'), defect('D2', 3, 'line')]);
    await store.onModuleDestroy();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("reads a run's defects, and those seen on scenarios the other run ran identically", async () => {
    const source = new StoredRunDefects(db);
    expect((await source.defects('a'))!.map((d) => [d.defectId, d.codes])).toEqual([
      ['F', []],
      ['D1', ['CPP']],
      ['D2', ['CPP']],
    ]);
    expect(await source.defects('nothing')).toBeNull();
    const shared = await source.onSharedScenarios('a', 'b');
    expect([...shared].sort()).toEqual(
      [defectKey({ vendorId: 'acme', defectId: 'D1' }), defectKey({ vendorId: 'acme', defectId: 'F' })].sort(),
    );
  });

  it('numbers rounds, lists pilots with their round counts, hashes a run’s catalogue', async () => {
    const pilots = new PilotRepository(db);
    await pilots.create(Object.assign(new PilotEntity(), { name: 'p1', description: 'first', createdAt: AT }));
    await pilots.create(Object.assign(new PilotEntity(), { name: 'p0', description: 'none yet', createdAt: AT }));
    expect(await pilots.addRound({ name: 'p1', runId: 'a', at: AT })).toBe(1);
    expect(await pilots.addRound({ name: 'p1', runId: 'b', at: AT })).toBe(2);
    expect((await pilots.list()).map((p) => [p.name, p.rounds])).toEqual([
      ['p0', 0],
      ['p1', 2],
    ]);
    expect((await pilots.rounds('p1')).map((r) => r.runId)).toEqual(['a', 'b']);
    expect((await pilots.roundOfRun('b'))?.round).toBe(2);
    expect(await pilots.catalogueHash('a')).not.toEqual(await pilots.catalogueHash('b'));
    expect(await pilots.catalogueHash('a')).toMatch(/^[0-9a-f]{64}$/);
  });
});
