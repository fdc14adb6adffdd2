import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { RunRecorder } from '../../evaluation/ports/run-recorder.port';
import type { ChainEntryRecord } from '../audit-records';
import { AuditStore } from '../audit-store.port';
import { said, type Said } from '../said';
import { entryHash, GENESIS, runRecordHash } from './run-digest';
import { saidError } from '../../submissions/refusal-text';

/** What does not hold, in English (message) and French (messageFr). */
export type ChainProblem = (
  | { kind: 'changed'; runId: string; seq: number }
  | { kind: 'removed'; runId: string; seq: number }
  | { kind: 'broken-link'; seq: number }
  | { kind: 'unchained'; runId: string }
) & { message: string; messageFr: string };

const words = (s: Said) => ({ message: s.en, messageFr: s.fr });

export interface ChainReport {
  holds: boolean;
  entries: number;
  /** The last entry's hash: write it down (or publish it) to detect a later removal of the tail. */
  head: string;
  problems: ChainProblem[];
}

/** How many times an append is retried when another process appends at the same moment. */
const RETRIES = 20;

/**
 * The hash chain of finished runs (issue 18, Build 4): each finished run's record hash is
 * chained to the entry before it. `verify` recomputes every record from the database and
 * names the run that was changed or removed, a link that does not follow, and a finished run
 * missing from the chain.
 */
@Injectable()
export class ChainService {
  constructor(
    private readonly recorder: RunRecorder,
    private readonly store: AuditStore,
    private readonly clock: Clock,
  ) {}

  /**
   * Chains a run's record. `finishing`: the run is about to be marked finished at that time
   * (its summary saved): its record is hashed as it will be once it is, so the run is never
   * seen finished and unchained (a process stopped in between leaves an entry that verify
   * reports as changed: docs/auditing.md).
   */
  async append(runId: string, finishing?: { finishedAt: string }): Promise<ChainEntryRecord> {
    const recordHash = await runRecordHash({ runId, recorder: this.recorder, audit: this.store, finishing });
    if (recordHash === null) throw saidError('NOT_FOUND', 'error.run.notFound', { id: runId });
    for (let attempt = 0; attempt < RETRIES; attempt += 1) {
      const last = await this.store.lastChainEntry();
      const prevHash = last?.entryHash ?? GENESIS;
      const entry: ChainEntryRecord = {
        seq: (last?.seq ?? 0) + 1,
        runId,
        recordHash,
        prevHash,
        entryHash: entryHash(prevHash, recordHash),
        at: this.clock.nowIso(),
      };
      if (await this.store.appendChain(entry)) return entry;
      const mine = (await this.store.chain()).find((e) => e.runId === runId);
      if (mine) return mine;
    }
    throw saidError('CONFLICT', 'error.audit.chainMoving', { id: runId, tries: RETRIES });
  }

  entries(): Promise<ChainEntryRecord[]> {
    return this.store.chain();
  }

  async verify(expectedHead?: string): Promise<ChainReport> {
    const entries = await this.store.chain();
    const problems: ChainProblem[] = [];
    let prev = GENESIS;
    let expectedSeq = 1;
    for (const e of entries) {
      if (e.seq !== expectedSeq || e.prevHash !== prev || e.entryHash !== entryHash(e.prevHash, e.recordHash))
        problems.push({
          kind: 'broken-link',
          seq: e.seq,
          ...words(said('audit.chain.brokenLink', { seq: e.seq, runId: e.runId, prev: expectedSeq - 1 })),
        });
      const now = await runRecordHash({ runId: e.runId, recorder: this.recorder, audit: this.store });
      if (now === null)
        problems.push({
          kind: 'removed',
          runId: e.runId,
          seq: e.seq,
          ...words(said('audit.chain.removed', { runId: e.runId, seq: e.seq })),
        });
      else if (now !== e.recordHash)
        problems.push({
          kind: 'changed',
          runId: e.runId,
          seq: e.seq,
          ...words(
            said('audit.chain.changed', {
              runId: e.runId,
              seq: e.seq,
              now: now.slice(0, 12),
              then: e.recordHash.slice(0, 12),
            }),
          ),
        });
      prev = e.entryHash;
      expectedSeq = e.seq + 1;
    }
    const chained = new Set(entries.map((e) => e.runId));
    for (const run of await this.recorder.listRuns())
      if (run.status === 'finished' && !chained.has(run.id))
        problems.push({ kind: 'unchained', runId: run.id, ...words(said('audit.chain.unchained', { runId: run.id })) });
    const head = entries.length > 0 ? entries[entries.length - 1].entryHash : GENESIS;
    if (expectedHead !== undefined && !entries.some((e) => e.entryHash === expectedHead))
      problems.push({
        kind: 'broken-link',
        seq: entries.length,
        ...words(said('audit.chain.head', { head: expectedHead.slice(0, 12) })),
      });
    return { holds: problems.length === 0, entries: entries.length, head, problems };
  }
}
