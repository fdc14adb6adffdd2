import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { ApiTokenEntity } from './entities/api-token.entity';

/** API tokens, looked up by the sha256 of the presented token. */
@Injectable()
export class TokenRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(token: ApiTokenEntity): Promise<void> {
    await this.db.getRepository(ApiTokenEntity).insert(token);
  }

  findActiveByHash(tokenHash: string): Promise<ApiTokenEntity | null> {
    return this.db.getRepository(ApiTokenEntity).findOneBy({ tokenHash, revokedAt: IsNull() });
  }

  list(): Promise<ApiTokenEntity[]> {
    return this.db.getRepository(ApiTokenEntity).find({ order: { createdAt: 'ASC' } });
  }

  /** Marks the token revoked; false when there is no active token with that id. */
  async revoke(id: string, at: string): Promise<boolean> {
    const result = await this.db.getRepository(ApiTokenEntity).update({ id, revokedAt: IsNull() }, { revokedAt: at });
    return (result.affected ?? 0) > 0;
  }
}
