import { createHash } from 'node:crypto';
import type { RunRecorder } from '../../evaluation/ports/run-recorder.port';
import type { AuditStore } from '../audit-store.port';
import { canonicalJson, hashOf } from '../hashing/canonical-json';

const PIN_PAGE = 1000;

/** sha256 over one canonical JSON line per item, in the order given (streamed: memory does not grow with the run). */
async function digestLines<T>(items: AsyncIterable<T>): Promise<{ sha256: string; count: number }> {
  const h = createHash('sha256');
  let count = 0;
  for await (const item of items) {
    h.update(`${canonicalJson(item)}\n`);
    count += 1;
  }
  return { sha256: h.digest('hex'), count };
}

async function* scenarioPins(recorder: RunRecorder, runId: string) {
  for (let offset = 0; ; offset += PIN_PAGE) {
    const page = await recorder.scenarioPins(runId, { offset, limit: PIN_PAGE });
    yield* page.items;
    if (page.items.length < PIN_PAGE) return;
  }
}

/**
 * A finished run's record as the chain hashes it (docs/auditing.md, "What is hashed"): the
 * run row (status, times, harness version, rules editions, policy and its hash, catalogue,
 * options, summary with its scores), its supplier pins, its audit pins, and three digests:
 * the scenario pins in catalogue order, every supplier answer's row (hash, status, harm,
 * number of findings) in supplier and scenario order, and every finding in the stable order
 * (supplier, scenario, the checks' order). Each digest is sha256 over one canonical JSON line
 * per row. Progress counters, owner process and heartbeat are left out: they change while a
 * run goes and say nothing about its result.
 */
export interface RecordOf {
  runId: string;
  recorder: RunRecorder;
  audit: AuditStore;
  /** The run is about to be marked finished at this time: its row as RunRecorder.finish will leave it. */
  finishing?: { finishedAt: string };
}

export async function runRecord({ runId, recorder, audit, finishing }: RecordOf): Promise<unknown> {
  const run = await recorder.getRun(runId);
  if (!run) return null;
  const { progress: _p, owner: _o, heartbeatAt: _h, workDone: _w, supplierDeadline, deadlineSet, ...rest } = run;
  // The supplier deadline decides which pays are missed, so it is hashed; absent when none was
  // set, so a run chained before deadlines existed hashes as it did.
  const kept = { ...rest, ...(supplierDeadline !== null && { supplierDeadline, deadlineSet }) };
  const row = finishing ? { ...kept, status: 'finished', finishedAt: finishing.finishedAt, error: null } : kept;
  return {
    run: row,
    vendors: await recorder.vendors(runId),
    pins: await audit.pins(runId),
    scenarios: await digestLines(scenarioPins(recorder, runId)),
    answers: await digestLines(audit.eachAnswer(runId)),
    findings: await digestLines(recorder.eachFinding(runId)),
  };
}

export async function runRecordHash(of: RecordOf): Promise<string | null> {
  const record = await runRecord(of);
  return record === null ? null : hashOf(record);
}

export const GENESIS = '0'.repeat(64);

export function entryHash(prevHash: string, recordHash: string): string {
  return createHash('sha256').update(`${prevHash}\n${recordHash}`).digest('hex');
}
