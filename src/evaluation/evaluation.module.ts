import { Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { ConfigModule } from '../common/config.module';
import { PersistenceModule } from '../persistence/persistence.module';
import { ScenarioCatalog } from '../scenarios/scenario-catalog.service';
import { EvaluationService } from './evaluation.service';
import { ReferenceCalculator } from './reference-calculator';
import { VendorSource } from './vendor-source';

/**
 * The evaluation service with everything it needs: the catalogue, the supplier plugs, the
 * reference and the SQLite store (PAYPROOF_DB, default data/payproof.sqlite). Imported by the
 * CLI's evaluate command and by the HTTP API alike.
 */
@Module({
  imports: [ConfigModule, PersistenceModule.forRoot()],
  providers: [EvaluationService, ScenarioCatalog, VendorSource, ReferenceCalculator, Clock],
  exports: [EvaluationService],
})
export class EvaluationModule {}
