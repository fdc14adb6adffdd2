import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A pilot: a named series of evaluation runs (rounds) of the same suppliers (docs/pilots.md). */
@Entity('pilot')
export class PilotEntity {
  @PrimaryColumn('text') name!: string;
  @Column('text') description!: string;
  @Column('text', { name: 'created_at' }) createdAt!: string;
}

/** One round of a pilot: the run it is, numbered from 1 in the order recorded. */
@Entity('pilot_round')
@Index(['runId'], { unique: true })
export class PilotRoundEntity {
  @PrimaryColumn('text', { name: 'pilot_name' }) pilotName!: string;
  @PrimaryColumn('integer') round!: number;
  @Column('text', { name: 'run_id' }) runId!: string;
  @Column('text', { name: 'recorded_at' }) recordedAt!: string;
}
