import { Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { ConfigModule } from '../common/config.module';
import { PersistenceModule } from '../persistence/persistence.module';
import { ScenarioCatalog } from '../scenarios/scenario-catalog.service';
import { EvaluationService } from './evaluation.service';
import { DefaultTaskPools, TaskPools } from './pipeline/task-pool';
import { PolicyService } from './policy.service';
import { RegistrySupplierSource, SupplierSource } from './supplier-source';
import { VendorSource } from './vendor-source';

/**
 * The evaluation service with everything it needs: the catalogue, the supplier plugs, the
 * worker threads for the reference and the checks, the stored tolerance policy and the SQLite
 * store (PAYPROOF_DB, default data/payproof.sqlite). Imported by the CLI's evaluate command and
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
    Clock,
  ],
  exports: [EvaluationService, PolicyService],
})
export class EvaluationModule {}
