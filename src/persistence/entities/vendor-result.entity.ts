import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What one supplier answered for one scenario in a run: its statements, or the failure. */
@Entity('vendor_result')
export class VendorResultEntity {
  @PrimaryColumn('text', { name: 'run_id' }) runId!: string;
  @PrimaryColumn('text', { name: 'vendor_id' }) vendorId!: string;
  @PrimaryColumn('text', { name: 'scenario_id' }) scenarioId!: string;
  @Column('text') status!: 'ok' | 'failed';
  @Column('text', { name: 'failure_kind', nullable: true }) failureKind!: string | null;
  @Column('text', { name: 'failure_message', nullable: true }) failureMessage!: string | null;
  @Column('text', { nullable: true }) stderr!: string | null;
  @Column('integer', { name: 'elapsed_ms' }) elapsedMs!: number;
  @Column('simple-json', { name: 'statements_json', nullable: true }) statementsJson!: unknown;
}
