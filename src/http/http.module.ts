import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuthGuard } from '../auth/auth.guard';
import { AuthModule } from '../auth/auth.module';
import { Clock } from '../common/clock';
import { ConfigModule } from '../common/config.module';
import { BUNDLED_SCENARIOS } from '../common/paths';
import { EvaluationModule } from '../evaluation/evaluation.module';
import { SettingRepository } from '../persistence/setting.repository';
import { SubmissionRepository } from '../persistence/submission.repository';
import { ScenarioCatalog } from '../scenarios/scenario-catalog.service';
import { SubmissionService } from '../submissions/submission.service';
import { AuditController } from './audit/audit.controller';
import { DisputesController } from './audit/disputes.controller';
import { SupplierController } from './audit/supplier.controller';
import { ErrorFilter } from './error.filter';
import { MeController } from './me.controller';
import { PilotsModule } from '../pilots/pilots.module';
import { PilotsController } from './pilots/pilots.controller';
import { SCENARIO_SOURCE, ScenariosApiService } from './scenarios/scenarios-api.service';
import { ScenariosController } from './scenarios/scenarios.controller';
import { PolicyService } from '../evaluation/policy.service';
import { RunsApiService } from './runs/runs-api.service';
import { DeadlineWatch } from './runs/deadline-watch';
import { RunsController } from './runs/runs.controller';
import { SubmissionsController } from './submissions/submissions.controller';
import { SuppliersApiService } from './suppliers/suppliers-api.service';
import { SuppliersController } from './suppliers/suppliers.controller';
import { TokensController } from './tokens/tokens.controller';

export interface HttpOptions {
  /** The scenario catalogue the API lists and runs evaluate (default: the bundled test-payrolls/). */
  scenarioSource?: string;
}

/** The HTTP service: every endpoint behind AuthGuard (APP_GUARD), every error through ErrorFilter. */
@Module({})
export class HttpModule {
  static forRoot(options: HttpOptions = {}): DynamicModule {
    return {
      module: HttpModule,
      // EvaluationModule opens the database (PersistenceModule.forRoot) once for the whole app.
      imports: [ConfigModule, EvaluationModule, AuthModule, PilotsModule],
      controllers: [
        MeController,
        ScenariosController,
        SubmissionsController,
        TokensController,
        RunsController,
        SuppliersController,
        PilotsController,
        AuditController,
        DisputesController,
        SupplierController,
      ],
      providers: [
        Clock,
        ScenarioCatalog,
        SubmissionRepository,
        SubmissionService,
        ScenariosApiService,
        SettingRepository,
        PolicyService,
        RunsApiService,
        DeadlineWatch,
        SuppliersApiService,
        { provide: SCENARIO_SOURCE, useValue: options.scenarioSource ?? BUNDLED_SCENARIOS },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
