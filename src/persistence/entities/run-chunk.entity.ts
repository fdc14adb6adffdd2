import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A checkpoint: one supplier's share of one chunk of employees is stored. `parts` holds its
 * partial score sums per family (score-parts.ts), merged when the run ends.
 */
@Entity('run_chunk')
export class RunChunkEntity {
  @PrimaryColumn('text', { name: 'run_id' }) runId!: string;
  @PrimaryColumn('text', { name: 'vendor_id' }) vendorId!: string;
  @PrimaryColumn('integer') chunk!: number;
  @Column('text') digest!: string;
  @Column('integer') scenarios!: number;
  @Column('simple-json') parts!: unknown;
  @Column('text', { name: 'done_at' }) doneAt!: string;
}
