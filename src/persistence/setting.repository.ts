import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SettingEntity } from './entities/setting.entity';

@Injectable()
export class SettingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get(key: string): Promise<SettingEntity | null> {
    return this.db.getRepository(SettingEntity).findOneBy({ key });
  }

  async put(setting: SettingEntity): Promise<void> {
    await this.db.getRepository(SettingEntity).save(setting);
  }
}
