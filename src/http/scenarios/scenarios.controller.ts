import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../auth/access.decorator';
import { MulterFile, ScenarioUpload, toUpload } from '../upload';
import { langOfRequest } from '../../submissions/reader-text';
import { DraftBody, ScenariosApiService } from './scenarios-api.service';

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

  /** The PA pay table: each classification's steps with their annual rates, and its source (before :id, which would take the path). */
  @Get('pay-tables')
  @Allow('volunteer', 'procurement', 'auditor')
  payTables() {
    return this.scenarios.payTables();
  }

  @Get(':id')
  @Allow('procurement', 'auditor')
  read(@Param('id') id: string) {
    return this.scenarios.read(id);
  }

  /**
   * Checks a file without storing it; every problem names the row and column, in English
   * (`message`) and French (`messageFr`); the answers' sentences follow `?lang=` or Accept-Language.
   */
  @Post('validate')
  @HttpCode(200)
  @Allow('procurement', 'volunteer', 'auditor')
  @ScenarioUpload()
  validate(
    @UploadedFile() file?: MulterFile,
    @Query('lang') lang?: string,
    @Headers('accept-language') accept?: string,
  ) {
    return this.scenarios.validate(toUpload(file), langOfRequest(lang, accept));
  }

  /**
   * The guided builder's draft ({ fileName, text, lang }): screened and validated, every problem
   * at once; when valid, the reference's statements and the stub lines checked. Nothing is stored.
   */
  @Post('draft')
  @HttpCode(200)
  @Allow('volunteer', 'procurement', 'auditor')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['text'],
      properties: {
        fileName: { type: 'string', example: 'my-pay.csv' },
        text: { type: 'string', description: "the scenario file's text (CSV or JSON)" },
        lang: { type: 'string', enum: ['en', 'fr'] },
      },
    },
  })
  draft(@Body() body?: DraftBody) {
    return this.scenarios.draft(body);
  }
}
