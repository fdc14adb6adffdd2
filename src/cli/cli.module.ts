import { Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { CalcCommand } from './calc/calc.command';
import { ScenariosCommand, ScenariosListCommand, ScenariosValidateCommand } from './scenarios/scenarios.command';
import { ScenarioCatalog } from '../scenarios/scenario-catalog.service';

/** The CLI's module: commands are thin doors over the same services the HTTP API uses. */
@Module({
  providers: [Clock, ScenarioCatalog, CalcCommand, ScenariosCommand, ScenariosListCommand, ScenariosValidateCommand],
})
export class CliModule {}
