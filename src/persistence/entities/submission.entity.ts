import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type SubmissionStatus = 'received' | 'invalid' | 'accepted' | 'evaluated';

/**
 * A volunteer's scenario upload. `content` is kept only for a submission that passed the
 * privacy screening: a file that looks like it holds personal information is not stored.
 */
@Entity('submission')
@Index(['ownerTokenId'])
export class SubmissionEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'owner_token_id' }) ownerTokenId!: string;
  @Column('text', { name: 'file_name' }) fileName!: string;
  @Column('text') status!: SubmissionStatus;
  @Column('text', { name: 'received_at' }) receivedAt!: string;
  @Column('text', { nullable: true }) content!: string | null;
  /** The problems found (row-and-column errors, privacy refusals), as LoadError objects. */
  @Column('simple-json') errors!: unknown[];
  /** The scenario ids the file holds, once accepted. */
  @Column('simple-json', { name: 'scenario_ids' }) scenarioIds!: string[];
  /** The evaluation run that paid it through every supplier, once started. */
  @Column('text', { name: 'run_id', nullable: true }) runId!: string | null;
}
