import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A run's defect for one supplier (docs/defects.md): the merged tally of its chunks, written once
 * the run's chunks are all stored. Money columns are decimal text, never floats.
 */
@Entity('run_defect')
@Index(['runId', 'vendorId', 'rank'])
export class RunDefectEntity {
  @PrimaryColumn('text', { name: 'run_id' }) runId!: string;
  @PrimaryColumn('text', { name: 'vendor_id' }) vendorId!: string;
  @PrimaryColumn('text', { name: 'defect_id' }) defectId!: string;
  @Column('integer', { name: 'signature_version' }) signatureVersion!: number;
  @Column('text') kind!: string;
  @Column('integer') rank!: number;
  @Column('text', { name: 'title_en' }) titleEn!: string;
  @Column('text', { name: 'title_fr' }) titleFr!: string;
  @Column('simple-json') grouping!: unknown;
  @Column('simple-json') parts!: unknown;
  @Column('simple-json') codes!: unknown;
  @Column('simple-json') families!: unknown;
  @Column('integer') occurrences!: number;
  @Column('integer') people!: number;
  @Column('integer') pays!: number;
  @Column('text', { name: 'over_paid' }) overPaid!: string;
  @Column('text', { name: 'under_paid' }) underPaid!: string;
  @Column('integer') consequences!: number;
  @Column('integer') errors!: number;
  @Column('integer', { name: 'missed_pays' }) missedPays!: number;
  @Column('simple-json') example!: unknown;
}
