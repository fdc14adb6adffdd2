import type { AnswerDigestRow, ChainEntryRecord, DisputeRecord, RulingRecord, SealRecord } from './audit-records';
import type { AuditPins } from './pins/pins.types';

/** Where the audit keeps its records (src/persistence/audit-store.ts over SQLite or PostgreSQL). */
export abstract class AuditStore {
  abstract savePins(runId: string, pins: AuditPins, at: string): Promise<void>;
  abstract pins(runId: string): Promise<AuditPins | null>;
  /** Appends after `prev` (null: the first entry); false when another process appended first (retry). */
  abstract appendChain(entry: ChainEntryRecord): Promise<boolean>;
  abstract lastChainEntry(): Promise<ChainEntryRecord | null>;
  abstract chain(): Promise<ChainEntryRecord[]>;
  /** A run's answers in a stable order (supplier, scenario), streamed. */
  abstract eachAnswer(runId: string): AsyncIterable<AnswerDigestRow>;
  abstract addDispute(d: DisputeRecord): Promise<void>;
  abstract dispute(id: string): Promise<DisputeRecord | null>;
  abstract disputes(filter: { vendorId?: string }): Promise<DisputeRecord[]>;
  abstract addRuling(r: RulingRecord): Promise<void>;
  /** Every ruling, oldest first (a small table: one per auditor decision). */
  abstract rulings(): Promise<RulingRecord[]>;
  abstract recordSeal(s: SealRecord): Promise<void>;
  abstract seals(): Promise<SealRecord[]>;
}
