import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One finding of a run: a discrepancy against the reference, an invariant the supplier
 * broke, or a supplier error. Money columns are decimal text ("-12.34"), never floats.
 */
@Entity('finding')
@Index(['runId', 'vendorId'])
@Index(['runId', 'scenarioId'])
@Index(['runId', 'vendorId', 'chunk'])
@Index(['runId', 'vendorId', 'scenarioId', 'seq', 'id'])
@Index(['runId', 'defectId', 'role', 'vendorId', 'scenarioId', 'seq'])
export class FindingEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column('text', { name: 'run_id' }) runId!: string;
  @Column('text', { name: 'vendor_id' }) vendorId!: string;
  @Column('text', { name: 'scenario_id' }) scenarioId!: string;
  @Column('text', { nullable: true }) family!: string | null;
  /** matched lines are not stored; kinds: different, missing, unexpected, missed-pay, unexpected-pay, gross, net, invariant, error. */
  @Column('text') kind!: string;
  @Column('text', { nullable: true }) severity!: string | null;
  @Column('text', { nullable: true }) payday!: string | null;
  @Column('text', { nullable: true }) code!: string | null;
  @Column('text', { name: 'for_period_start', nullable: true }) forPeriodStart!: string | null;
  @Column('text', { name: 'for_period_end', nullable: true }) forPeriodEnd!: string | null;
  @Column('text', { nullable: true }) expected!: string | null;
  @Column('text', { nullable: true }) actual!: string | null;
  @Column('text', { nullable: true }) difference!: string | null;
  @Column('text', { nullable: true }) direction!: string | null;
  /** The invariant broken, for kind 'invariant' (src/domain/checks/invariants.ts names). */
  @Column('text', { name: 'check_name', nullable: true }) checkName!: string | null;
  /** The change to the person's net pay (harm.ts), decimal text; null where no money applies. */
  @Column('text', { name: 'net_effect', nullable: true }) netEffect!: string | null;
  /** Order within one supplier and scenario, as the checks produced them, so reports list findings the same way every run. */
  @Column('integer', { default: 0 }) seq!: number;
  @Column('text') message!: string;
  /** The chunk of employees it came from: a chunk is written again whole on resume. */
  @Column('integer', { default: 0 }) chunk!: number;
  @Column('simple-json', { nullable: true }) trace!: unknown;
  /** The defect (signature key) it belongs to (docs/defects.md); null for a stub line or an unexplained consequence. */
  @Column('text', { name: 'defect_id', nullable: true }) defectId!: string | null;
  @Column('text', { nullable: true }) role!: 'root' | 'consequence' | null;
  /** The seq of the root finding it follows (its own for a root). */
  @Column('integer', { name: 'root_seq', nullable: true }) rootSeq!: number | null;
  /** For kind 'stub': the amount on the volunteer's stub. */
  @Column('text', { name: 'stub_amount', nullable: true }) stubAmount!: string | null;
}
