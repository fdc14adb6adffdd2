import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A named setting held as JSON: the tolerance policy procurement sets for new runs. */
@Entity('setting')
export class SettingEntity {
  @PrimaryColumn('text') key!: string;
  @Column('simple-json') value!: unknown;
  @Column('text', { name: 'updated_at' }) updatedAt!: string;
  @Column('text', { name: 'updated_by' }) updatedBy!: string;
}
