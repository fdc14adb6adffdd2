import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { DisputeRecord, RulingRecord } from '../../../src/audit/audit-records';
import { ChainService } from '../../../src/audit/chain/chain.service';
import type { AuditPins } from '../../../src/audit/pins/pins.types';
import { Clock } from '../../../src/common/clock';
import type { AnswerRecord, ChunkRecord, NewRunRecord } from '../../../src/evaluation/ports/run-records';
import { SqlAuditStore } from '../../../src/persistence/audit-store';
import { RunStore } from '../../../src/persistence/run-store';
import { itUnless } from '../../setup/skip';
import { storeKinds, useServers } from '../distributed/servers';
import { newRunRecord } from './store-records';

/**
 * The audit's storage (audit-store.ts, the audit migration) and the hash chain over it, on
 * SQLite and PostgreSQL: the answers' keyset pages in byte order across a page boundary, a
 * chain append that lost the race, a run's record hashed before it is marked finished equal to
 * the record read back after (same types from either driver), and a changed run named.
 */
const servers = useServers({ postgres: true });
const AT = '2026-11-30T10:00:00.000Z';
/** More answers than one page of eachAnswer (2,000), over two suppliers. */
const PEOPLE = 1100;
/** Ids whose byte order ("C", SQLite's BINARY) differs from a locale's: upper case first, '_' after letters. */
const ID_TAILS = ['b', 'B', 'a', '_x', 'Z'];
const VENDORS = ['acme', 'Zed'];

function scenarioIds(): string[] {
  return Array.from({ length: PEOPLE }, (_, i) => `S-${ID_TAILS[i % ID_TAILS.length]}${i}`);
}

function newRun(id: string): NewRunRecord {
  return newRunRecord(id, { people: PEOPLE, vendors: VENDORS, sameAnswerRate: 0 });
}

function answer(scenarioId: string, i: number): AnswerRecord {
  const failed = i % 7 === 0;
  return {
    scenarioId,
    status: failed ? 'failed' : 'ok',
    failureKind: failed ? 'timeout' : null,
    failureMessage: null,
    stderr: null,
    elapsedMs: 3,
    answerHash: failed ? null : `a${i}`,
    statementsJson: null,
    overPaid: '0.00',
    underPaid: i % 5 === 0 ? '12.34' : '0.00',
    findings: 0,
  };
}

function chunk(runId: string): ChunkRecord {
  const ids = scenarioIds();
  return {
    runId,
    chunk: 0,
    digest: 'd',
    scenarios: ids.map((scenarioId, seq) => ({
      scenarioId,
      chunk: 0,
      seq,
      hash: 'h',
      file: 'a.csv',
      title: 'T',
      family: 'acting pay',
      scenarioJson: { id: scenarioId },
      referenceHash: 'r',
      refused: null,
    })),
    vendors: VENDORS.map((vendorId) => ({
      vendorId,
      answers: ids.map(answer),
      findings: [],
      parts: { families: {}, periods: 1, requests: 1, repeated: 0 },
    })),
    rulesEditions: ['T4127-2026-01'],
    doneAt: AT,
  };
}

const PINS = {
  harness: { sha256: 'f'.repeat(64), source: 'git', dirty: false },
  node: 'v24.0.0',
  suppliers: [{ vendorId: 'acme', folder: { sha256: 'e'.repeat(64), files: 3 } }],
} as unknown as AuditPins;

function dispute(id: string, vendorId: string, createdAt: string): DisputeRecord {
  return {
    id,
    runId: 'run-a',
    vendorId,
    targetKind: 'defect',
    findingId: null,
    signature: 'v1:line:CPP:under:rounding:-:-',
    signatureVersion: 1,
    reason: 'the T4127 rounds half up',
    byToken: 't1',
    byName: `supplier ${vendorId}`,
    createdAt,
  };
}

describe.each(storeKinds(servers))('audit storage on $name', ({ skip, open }) => {
  let db: DataSource;
  let runs: RunStore;
  let store: SqlAuditStore;
  const it = itUnless(skip);

  beforeAll(async () => {
    if (skip !== undefined) return;
    db = await open();
    runs = new RunStore(db);
    store = new SqlAuditStore(db);
    for (const id of ['run-a', 'run-b']) {
      await runs.createRun(newRun(id));
      await runs.writeChunk(chunk(id));
    }
  });
  afterAll(async () => {
    await runs?.onModuleDestroy();
    await db?.destroy();
  });

  it("keeps a run's pins as given", async () => {
    await store.savePins('run-a', PINS, AT);
    expect(await store.pins('run-a')).toEqual(PINS);
    expect(await store.pins('nothing')).toBeNull();
  });

  it("streams a run's answers in supplier and scenario byte order, across pages", async () => {
    const rows = [];
    for await (const r of store.eachAnswer('run-a')) rows.push(r);
    const expected = VENDORS.flatMap((vendorId) =>
      scenarioIds().map((scenarioId, i) => ({ vendorId, scenarioId, i })),
    ).sort((x, y) =>
      x.vendorId === y.vendorId ? (x.scenarioId < y.scenarioId ? -1 : 1) : x.vendorId < y.vendorId ? -1 : 1,
    );
    expect(rows).toHaveLength(PEOPLE * VENDORS.length);
    expect(rows.map((r) => [r.vendorId, r.scenarioId])).toEqual(expected.map((e) => [e.vendorId, e.scenarioId]));
    const { i } = expected[0];
    expect(rows[0]).toEqual({
      vendorId: 'Zed',
      scenarioId: expected[0].scenarioId,
      status: i % 7 === 0 ? 'failed' : 'ok',
      answerHash: i % 7 === 0 ? null : `a${i}`,
      failureKind: i % 7 === 0 ? 'timeout' : null,
      overPaid: '0.00',
      underPaid: i % 5 === 0 ? '12.34' : '0.00',
      findings: 0,
    });
  });

  it('keeps disputes, rulings with their evidence and seals, in their order', async () => {
    await store.addDispute(dispute('d2', 'acme', '2026-11-30T10:00:02.000Z'));
    await store.addDispute(dispute('d1', 'Zed', '2026-11-30T10:00:01.000Z'));
    await store.addDispute(dispute('d3', 'acme', '2026-11-30T10:00:02.000Z'));
    expect((await store.disputes({})).map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
    expect((await store.disputes({ vendorId: 'acme' })).map((d) => d.id)).toEqual(['d2', 'd3']);
    expect(await store.dispute('d1')).toEqual(dispute('d1', 'Zed', '2026-11-30T10:00:01.000Z'));
    const ruling: RulingRecord = {
      id: 'r1',
      disputeId: 'd2',
      outcome: 'reference-wrong',
      explanation: 'T4127 rounds each contribution to the cent',
      rule: 'cpp-rounding',
      evidence: [
        { title: 'T4127', quote: 'rounded to the nearest cent', retrieved: '2026-11-30', sha256: 'c'.repeat(64) },
      ],
      signature: 'v1:line:CPP:under:rounding:-:-',
      signatureVersion: 1,
      vendorId: null,
      byToken: 't2',
      byName: 'auditor',
      at: AT,
    };
    await store.addRuling(ruling);
    expect(await store.rulings()).toEqual([ruling]);
    await store.recordSeal({ commitment: 'b'.repeat(64), scenarios: 12, recordedAt: AT, recordedBy: 'cli' });
    await store.recordSeal({ commitment: 'a'.repeat(64), scenarios: 3, recordedAt: AT, recordedBy: 'cli' });
    expect((await store.seals()).map((s) => [s.commitment[0], s.scenarios])).toEqual([
      ['b', 12],
      ['a', 3],
    ]);
  });

  it('chains a run as it will be once finished; the chain holds, then names the run changed', async () => {
    const clock = new Clock();
    const chain = new ChainService(runs, store, clock);
    const finishedAt = '2026-11-30T10:05:00.000Z';
    const summary = { scores: [{ vendorId: 'acme', underPaid: '12.34' }], workers: 1 };
    await runs.saveSummary('run-a', summary);
    const entry = await chain.append('run-a', { finishedAt });
    expect(entry.seq).toBe(1);
    await runs.finish('run-a', finishedAt, summary);
    expect(await chain.verify()).toEqual(expect.objectContaining({ holds: true, entries: 1, head: entry.entryHash }));
    // An append that lost the race (this sequence number, or this run, taken) says so instead of throwing.
    expect(await store.appendChain({ ...entry, runId: 'run-b' })).toBe(false);
    expect(await store.appendChain({ ...entry, seq: 2 })).toBe(false);
    expect(await store.lastChainEntry()).toEqual(entry);

    await db.query(
      db.options.type === 'postgres'
        ? `UPDATE evaluation_run SET summary = $1 WHERE id = $2`
        : `UPDATE evaluation_run SET summary = ? WHERE id = ?`,
      [JSON.stringify({ ...summary, scores: [{ vendorId: 'acme', underPaid: '0.00' }] }), 'run-a'],
    );
    const report = await chain.verify();
    expect(report.holds).toBe(false);
    expect(report.problems.map((p) => [p.kind, 'runId' in p ? p.runId : null])).toEqual([['changed', 'run-a']]);
  });
});
