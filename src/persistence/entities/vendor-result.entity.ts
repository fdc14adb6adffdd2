import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What one supplier answered for one scenario in a run: a hash of its statements always, the
 * statements themselves only when there is a finding (or the failure), and the person's harm.
 */
@Entity('vendor_result')
@Index(['runId', 'vendorId', 'chunk'])
export class VendorResultEntity {
  @PrimaryColumn('text', { name: 'run_id' }) runId!: string;
  @PrimaryColumn('text', { name: 'vendor_id' }) vendorId!: string;
  @PrimaryColumn('text', { name: 'scenario_id' }) scenarioId!: string;
  @Column('integer', { default: 0 }) chunk!: number;
  @Column('text') status!: 'ok' | 'failed';
  @Column('text', { name: 'failure_kind', nullable: true }) failureKind!: string | null;
  @Column('text', { name: 'failure_message', nullable: true }) failureMessage!: string | null;
  @Column('text', { nullable: true }) stderr!: string | null;
  @Column('integer', { name: 'elapsed_ms' }) elapsedMs!: number;
  @Column('simple-json', { name: 'statements_json', nullable: true }) statementsJson!: unknown;
  @Column('text', { name: 'answer_hash', nullable: true }) answerHash!: string | null;
  @Column('text', { name: 'over_paid', nullable: true }) overPaid!: string | null;
  @Column('text', { name: 'under_paid', nullable: true }) underPaid!: string | null;
  @Column('integer', { default: 0 }) findings!: number;
}
