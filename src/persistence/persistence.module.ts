import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { APP_CONFIG, AppConfig } from '../common/config';
import { RunRecorder } from '../evaluation/ports/run-recorder.port';
import { isPostgresUrl } from '../common/database-target';
import { dataSourceOptions, openDataSource } from './data-source-options';
import { ENTITIES } from './entities';
import { AuditStore } from '../audit/audit-store.port';
import { SqlAuditStore } from './audit-store';
import { RunStore } from './run-store';
import { SettingRepository } from './setting.repository';

/** TypeORM on the configured store (a SQLite file, or PostgreSQL); migrations run at start-up. Provides the run recorder. */
@Module({})
export class PersistenceModule {
  static forRoot(): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => {
            if (config.databaseFile !== ':memory:' && !isPostgresUrl(config.databaseFile))
              mkdirSync(path.dirname(path.resolve(config.databaseFile)), { recursive: true });
            return dataSourceOptions(config.databaseFile);
          },
          dataSourceFactory: (options) => openDataSource(options!),
        }),
        TypeOrmModule.forFeature(ENTITIES),
      ],
      providers: [
        RunStore,
        { provide: RunRecorder, useExisting: RunStore },
        SettingRepository,
        { provide: AuditStore, useClass: SqlAuditStore },
      ],
      exports: [RunRecorder, SettingRepository, AuditStore],
    };
  }
}
