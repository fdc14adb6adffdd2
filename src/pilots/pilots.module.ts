import { Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { EvaluationModule } from '../evaluation/evaluation.module';
import { PilotRepository } from '../persistence/pilot.repository';
import { StoredRunDefects } from '../persistence/run-defects.adapter';
import { PdfPrinter } from './brief/pdf-printer';
import { PilotBriefService } from './pilot-brief.service';
import { PilotService } from './pilot.service';
import { RunDefectsSource } from './run-defects-source.port';
import { RulingsSource } from './rulings-source.port';
import { AuditStore } from '../audit/audit-store.port';
import { StoredRulings } from '../audit/pilot-rulings.adapter';
import { SqlAuditStore } from '../persistence/audit-store';

/** Pilots and their rounds; needs the database (PersistenceModule.forRoot()) in the application, as AuthModule does. */
@Module({
  providers: [
    Clock,
    PilotRepository,
    { provide: RunDefectsSource, useClass: StoredRunDefects },
    { provide: AuditStore, useClass: SqlAuditStore },
    { provide: RulingsSource, useClass: StoredRulings },
    PilotService,
    PdfPrinter,
    PilotBriefService,
  ],
  exports: [PilotService, PilotBriefService],
})
export class PilotsModule {}

/** `payproof evaluate --pilot`: the evaluation and the pilots over one database. */
@Module({ imports: [EvaluationModule, PilotsModule] })
export class PilotEvaluationModule {}
