import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A supplier as it was in a run: the version it stated and the hash of its manifest. */
@Entity('run_vendor')
export class RunVendorEntity {
  @PrimaryColumn('text', { name: 'run_id' }) runId!: string;
  @PrimaryColumn('text', { name: 'vendor_id' }) vendorId!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) version!: string | null;
  @Column('text', { name: 'manifest_hash' }) manifestHash!: string;
  @Column('text') transport!: string;
}
