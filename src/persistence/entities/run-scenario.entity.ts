import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A scenario as it was in a run: its hash pins it; its JSON and the reference's statements are kept whole. */
@Entity('run_scenario')
export class RunScenarioEntity {
  @PrimaryColumn('text', { name: 'run_id' }) runId!: string;
  @PrimaryColumn('text', { name: 'scenario_id' }) scenarioId!: string;
  @Column('text') hash!: string;
  @Column('text') file!: string;
  @Column('text') title!: string;
  @Column('text', { nullable: true }) family!: string | null;
  @Column('simple-json', { name: 'scenario_json' }) scenarioJson!: unknown;
  /** The reference's statements with each line's trace. */
  @Column('simple-json', { name: 'reference_json' }) referenceJson!: unknown;
}
