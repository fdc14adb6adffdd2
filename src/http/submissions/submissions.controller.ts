import { Controller, Get, Headers, Param, Post, Query, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../auth/access.decorator';
import { Caller } from '../../auth/principal.decorator';
import type { Principal } from '../../auth/roles';
import { langOfRequest } from '../../submissions/reader-text';
import { SubmissionService } from '../../submissions/submission.service';
import { MulterFile, ScenarioUpload, toUpload } from '../upload';

@ApiTags('submissions')
@ApiBearerAuth()
@Controller('api/submissions')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionService) {}

  /** 201 accepted; 422 with "details.submission.errors" naming each row and column (or refused personal information); 413 over the size limit. */
  @Post()
  @Allow('volunteer', 'procurement')
  @ScenarioUpload()
  submit(@Caller() caller: Principal, @UploadedFile() file?: MulterFile) {
    return this.submissions.submit(caller, toUpload(file));
  }

  /** A volunteer sees their own submissions; procurement and auditors see all. */
  @Get()
  @Allow('volunteer', 'procurement', 'auditor')
  list(@Caller() caller: Principal) {
    return this.submissions.list(caller);
  }

  /** The answers' sentences in the reader's language: `?lang=fr`, else Accept-Language, else English. */
  @Get(':id')
  @Allow('volunteer', 'procurement', 'auditor')
  get(
    @Caller() caller: Principal,
    @Param('id') id: string,
    @Query('lang') lang?: string,
    @Headers('accept-language') accept?: string,
  ) {
    return this.submissions.get(caller, id, langOfRequest(lang, accept));
  }

  /** How each supplier paid the scenario, in plain language: the submitter's own only (404 for another volunteer's). */
  @Get(':id/account')
  @Allow('volunteer', 'procurement', 'auditor')
  account(@Caller() caller: Principal, @Param('id') id: string) {
    return this.submissions.account(caller, id);
  }
}
