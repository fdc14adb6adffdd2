import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An API token. Only the sha256 of the token is stored: the token itself is shown once, when
 * it is created, and cannot be recovered from the database.
 */
@Entity('api_token')
export class ApiTokenEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text') name!: string;
  @Column('text') role!: string;
  @Index({ unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash!: string;
  @Column('text', { name: 'created_at' }) createdAt!: string;
  @Column('text', { name: 'revoked_at', nullable: true }) revokedAt!: string | null;
  /** For the `supplier` role: the one supplier whose results the token may read and dispute. */
  @Column('text', { name: 'vendor_id', nullable: true }) vendorId!: string | null;
}
