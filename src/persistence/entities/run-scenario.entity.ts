import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A scenario as it was in a run: its hash pins it, its JSON is kept whole (the reference is
 * recomputed from it on demand), and the reference's statements are pinned by their hash.
 */
@Entity('run_scenario')
@Index(['runId', 'chunk'])
@Index(['runId', 'seq'])
export class RunScenarioEntity {
  @PrimaryColumn('text', { name: 'run_id' }) runId!: string;
  @PrimaryColumn('text', { name: 'scenario_id' }) scenarioId!: string;
  @Column('integer', { default: 0 }) chunk!: number;
  /** Position in the catalogue. */
  @Column('integer', { default: 0 }) seq!: number;
  @Column('text') hash!: string;
  @Column('text') file!: string;
  @Column('text') title!: string;
  @Column('text', { nullable: true }) family!: string | null;
  @Column('simple-json', { name: 'scenario_json' }) scenarioJson!: unknown;
  @Column('text', { name: 'reference_hash', nullable: true }) referenceHash!: string | null;
  @Column('text', { name: 'refused_code', nullable: true }) refusedCode!: string | null;
  @Column('text', { name: 'refused_message', nullable: true }) refusedMessage!: string | null;
}
