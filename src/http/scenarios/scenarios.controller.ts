import { Controller, Get, HttpCode, Param, Post, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../auth/access.decorator';
import { MulterFile, ScenarioUpload, toUpload } from '../upload';
import { ScenariosApiService } from './scenarios-api.service';

@ApiTags('scenarios')
@ApiBearerAuth()
@Controller('api/scenarios')
export class ScenariosController {
  constructor(private readonly scenarios: ScenariosApiService) {}

  @Get()
  @Allow('procurement', 'auditor')
  list() {
    return this.scenarios.list();
  }

  @Get(':id')
  @Allow('procurement', 'auditor')
  read(@Param('id') id: string) {
    return this.scenarios.read(id);
  }

  /** Checks a file without storing it; every problem names the row and column. */
  @Post('validate')
  @HttpCode(200)
  @Allow('procurement', 'volunteer', 'auditor')
  @ScenarioUpload()
  validate(@UploadedFile() file?: MulterFile) {
    return this.scenarios.validate(toUpload(file));
  }
}
