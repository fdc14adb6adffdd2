import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SubmissionEntity } from './entities/submission.entity';

/** Volunteers' submissions. */
@Injectable()
export class SubmissionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async save(submission: SubmissionEntity): Promise<void> {
    await this.db.getRepository(SubmissionEntity).save(submission);
  }

  get(id: string): Promise<SubmissionEntity | null> {
    return this.db.getRepository(SubmissionEntity).findOneBy({ id });
  }

  /** Every submission, or one owner's only; newest first. */
  list(ownerTokenId?: string): Promise<SubmissionEntity[]> {
    return this.db
      .getRepository(SubmissionEntity)
      .find({ where: ownerTokenId ? { ownerTokenId } : {}, order: { receivedAt: 'DESC' } });
  }
}
