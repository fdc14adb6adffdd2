import { Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { ConfigModule } from '../common/config.module';
import { RegistrySupplierSource, SupplierSource } from '../evaluation/supplier-source';
import { VendorSource } from '../evaluation/vendor-source';
import { PersistenceModule } from '../persistence/persistence.module';
import { ChunkWorkerService } from './chunk-worker.service';

/** What `payproof worker` needs: the shared store (PAYPROOF_DB), the supplier plugs, the worker threads. */
@Module({
  imports: [ConfigModule, PersistenceModule.forRoot()],
  providers: [ChunkWorkerService, VendorSource, { provide: SupplierSource, useClass: RegistrySupplierSource }, Clock],
  exports: [ChunkWorkerService],
})
export class WorkerModule {}
