import { Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { CalcCommand } from './calc/calc.command';
import { EvaluateCommand } from './evaluate/evaluate.command';
import { ExplainCommand } from './explain/explain.command';
import { FuzzCommand } from './fuzz/fuzz.command';
import { FuzzService } from '../fuzz/fuzz.service';
import { ScenariosCommand, ScenariosListCommand, ScenariosValidateCommand } from './scenarios/scenarios.command';
import { ScenarioCatalog } from '../scenarios/scenario-catalog.service';
import { ServeCommand } from './serve/serve.command';
import { TokensCommand, TokensCreateCommand, TokensListCommand, TokensRevokeCommand } from './tokens/tokens.command';

/** The CLI's module: commands are thin doors over the same services the HTTP API uses. */
@Module({
  providers: [
    Clock,
    ScenarioCatalog,
    CalcCommand,
    EvaluateCommand,
    ExplainCommand,
    FuzzCommand,
    FuzzService,
    ScenariosCommand,
    ScenariosListCommand,
    ScenariosValidateCommand,
    ServeCommand,
    TokensCommand,
    TokensCreateCommand,
    TokensListCommand,
    TokensRevokeCommand,
  ],
})
export class CliModule {}
