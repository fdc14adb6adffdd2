import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A run's audit pins (src/audit/pins): harness tree, Node, rules, each supplier's folder and describe answer. */
@Entity('run_audit')
export class RunAuditEntity {
  @PrimaryColumn('text', { name: 'run_id' }) runId!: string;
  @Column('simple-json') pins!: unknown;
  @Column('text', { name: 'created_at' }) createdAt!: string;
}

/**
 * One link of the hash chain of finished runs (docs/auditing.md, "Tamper evidence"):
 * entry_hash = sha256(prev_hash + "\n" + record_hash), the first prev_hash 64 zeros.
 */
@Entity('chain_entry')
export class ChainEntryEntity {
  @PrimaryColumn('integer') seq!: number;
  @Index({ unique: true })
  @Column('text', { name: 'run_id' })
  runId!: string;
  @Column('text', { name: 'record_hash' }) recordHash!: string;
  @Column('text', { name: 'prev_hash' }) prevHash!: string;
  @Column('text', { name: 'entry_hash' }) entryHash!: string;
  @Column('text') at!: string;
}

/** A supplier's dispute of a defect (by signature) or of one finding of a run. */
@Entity('dispute')
@Index(['vendorId'])
export class DisputeEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'run_id' }) runId!: string;
  @Column('text', { name: 'vendor_id' }) vendorId!: string;
  /** 'defect' or 'finding'. */
  @Column('text', { name: 'target_kind' }) targetKind!: string;
  /** For a finding: `<supplier>:<scenario>:<seq>` within the run. */
  @Column('text', { name: 'finding_id', nullable: true }) findingId!: string | null;
  @Column('text') signature!: string;
  @Column('integer', { name: 'signature_version' }) signatureVersion!: number;
  @Column('text') reason!: string;
  @Column('text', { name: 'by_token' }) byToken!: string;
  @Column('text', { name: 'by_name' }) byName!: string;
  @Column('text', { name: 'created_at' }) createdAt!: string;
}

/** An auditor's ruling on a dispute, with its evidence; the latest ruling on a dispute is the one in force. */
@Entity('ruling')
@Index(['signature', 'signatureVersion'])
export class RulingEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'dispute_id' }) disputeId!: string;
  @Column('text') outcome!: string;
  @Column('text') explanation!: string;
  /** For 'reference-wrong': the reference rule or convention that is wrong. */
  @Column('text', { nullable: true }) rule!: string | null;
  @Column('simple-json') evidence!: unknown;
  @Column('text') signature!: string;
  @Column('integer', { name: 'signature_version' }) signatureVersion!: number;
  /** The supplier it applies to; null: every supplier. */
  @Column('text', { name: 'vendor_id', nullable: true }) vendorId!: string | null;
  @Column('text', { name: 'by_token' }) byToken!: string;
  @Column('text', { name: 'by_name' }) byName!: string;
  @Column('text') at!: string;
}

/** A sealed-set commitment recorded before a pilot (payproof seal --record). */
@Entity('seal_commitment')
export class SealCommitmentEntity {
  @PrimaryColumn('text') commitment!: string;
  @Column('integer') scenarios!: number;
  @Column('text', { name: 'recorded_at' }) recordedAt!: string;
  @Column('text', { name: 'recorded_by' }) recordedBy!: string;
}
