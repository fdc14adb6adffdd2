import { Module } from '@nestjs/common';
import { AUDIT_EXPORTS, AUDIT_PROVIDERS } from '../audit/audit.providers';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../common/config';
import { ConfigModule } from '../common/config.module';
import { PersistenceModule } from '../persistence/persistence.module';
import { ScenarioCatalog } from '../scenarios/scenario-catalog.service';
import { EvaluationService } from './evaluation.service';
import { DefaultTaskPools, TaskPools } from './pipeline/task-pool';
import { ChunkQueue } from './ports/chunk-queue.port';
import { PolicyService } from './policy.service';
import { RegistrySupplierSource, SupplierSource } from './supplier-source';
import { VendorSource } from './vendor-source';
import { AwaitedPays } from './ports/awaited-pays.port';
import { RunDeadlines } from './run-deadlines.service';
import { ImportedAwaitedPays } from '../exchange/awaited-pays';
import { FileImportStore } from '../exchange/store/file-import-store';

/**
 * The evaluation service with everything it needs: the catalogue, the supplier plugs, the
 * worker threads for the reference and the checks (or, with PAYPROOF_QUEUE, queue workers), the
 * stored tolerance policy and the store (PAYPROOF_DB: a SQLite file, default
 * data/payproof.sqlite, or PostgreSQL). Imported by the CLI's evaluate command and
 * by the HTTP API alike.
 */
@Module({
  imports: [ConfigModule, PersistenceModule.forRoot()],
  providers: [
    EvaluationService,
    ScenarioCatalog,
    VendorSource,
    { provide: SupplierSource, useClass: RegistrySupplierSource },
    { provide: TaskPools, useClass: DefaultTaskPools },
    PolicyService,
    RunDeadlines,
    Clock,
    {
      // Which pay runs an exchange supplier still owes: from its latest import (PAYPROOF_EXCHANGE).
      provide: AwaitedPays,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new ImportedAwaitedPays(new FileImportStore(config.exchangeDir)),
    },
    {
      // PAYPROOF_QUEUE (or evaluate --queue): the run's chunks go to queue workers; loaded only then.
      provide: ChunkQueue,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<ChunkQueue | null> =>
        config.queueUrl === undefined
          ? null
          : (await import('../distributed/bull-chunk-queue')).BullChunkQueue.connect(config.queueUrl),
    },
    ...AUDIT_PROVIDERS,
  ],
  exports: [EvaluationService, PolicyService, RunDeadlines, ...AUDIT_EXPORTS],
})
export class EvaluationModule {}
