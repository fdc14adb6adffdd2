import { applyDecorators, Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../auth/access.decorator';
import { Caller } from '../../auth/principal.decorator';
import type { Principal } from '../../auth/roles';
import { PolicyService } from '../../evaluation/policy.service';
import { pipeline } from 'node:stream/promises';
import { Download, RunsApiService, StartRunBody } from './runs-api.service';

/** Express's response, as far as a download uses it (express's types are not installed). */
interface Reply extends NodeJS.WritableStream {
  type(value: string): Reply;
  setHeader(name: string, value: string): void;
  send(body: string): void;
  json(body: unknown): void;
}

/** A download as it is: text at once, a stream (CSV of any size) piped with back-pressure. */
async function deliver(reply: Reply, download: Download): Promise<void> {
  for (const [name, value] of Object.entries(download.headers ?? {})) reply.setHeader(name, value);
  reply.type(download.type);
  if (typeof download.body === 'string') reply.send(download.body);
  else await pipeline(download.body, reply);
}

const FilterQueries = () =>
  applyDecorators(
    ...['supplier', 'family', 'severity', 'scenario', 'kind', 'defect', 'role', 'csvLocale'].map((name) =>
      ApiQuery({ name, required: false }),
    ),
  );

@ApiTags('runs')
@ApiBearerAuth()
@Controller('api')
export class RunsController {
  constructor(
    private readonly runs: RunsApiService,
    private readonly policy: PolicyService,
  ) {}

  /** 202: the run exists and goes on in the background; follow it with GET /api/runs/:id. */
  @Post('runs')
  @HttpCode(202)
  @Allow('procurement')
  @ApiBody({
    required: false,
    schema: {
      type: 'object',
      properties: {
        vendors: { type: 'array', items: { type: 'string' } },
        policy: { type: 'object' },
        supplierDeadline: { type: 'string', format: 'date-time' },
      },
    },
  })
  start(@Caller() caller: Principal, @Body() body?: StartRunBody) {
    return this.runs.start(body, caller);
  }

  /** The supplier deadline of a run with an exchange supplier: {"deadline": "<ISO 8601>"} or {"deadline": null}. */
  @Patch('runs/:id/deadline')
  @Allow('procurement')
  @ApiBody({
    schema: { type: 'object', properties: { deadline: { type: 'string', format: 'date-time', nullable: true } } },
  })
  setDeadline(@Caller() caller: Principal, @Param('id') id: string, @Body() body: unknown) {
    return this.runs.setDeadline(id, body, caller);
  }

  /** What a run awaiting an exchange supplier misses, a page at a time (?supplier=&offset=0&limit=100). */
  @Get('runs/:id/missing')
  @Allow('procurement', 'auditor')
  @ApiQuery({ name: 'supplier', required: false })
  @ApiQuery({ name: 'offset', required: false })
  @ApiQuery({ name: 'limit', required: false })
  missing(@Param('id') id: string, @Query() query: Record<string, unknown>) {
    return this.runs.missing(id, query);
  }

  @Get('runs')
  @Allow('procurement', 'auditor')
  list() {
    return this.runs.list();
  }

  /** The run with its pins, progress (workDone of workTotal) and, once finished, its scores. */
  @Get('runs/:id')
  @Allow('procurement', 'auditor')
  get(@Param('id') id: string) {
    return this.runs.get(id);
  }

  /** The run's scenario pins, a page at a time (?offset=0&limit=1000&family=...). */
  @Get('runs/:id/scenarios')
  @Allow('procurement', 'auditor')
  @ApiQuery({ name: 'offset', required: false })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'family', required: false })
  scenarioPins(@Param('id') id: string, @Query() query: Record<string, unknown>) {
    return this.runs.scenarioPins(id, query);
  }

  @Get('runs/:id/comparison')
  @Allow('procurement', 'auditor')
  comparison(@Param('id') id: string) {
    return this.runs.comparison(id);
  }

  @Get('runs/:id/discrepancies')
  @Allow('procurement', 'auditor')
  @ApiQuery({ name: 'format', enum: ['json', 'csv'], required: false })
  @FilterQueries()
  discrepancies(@Param('id') id: string, @Query() query: Record<string, unknown>, @Res() reply: Reply) {
    return this.runs.discrepancies(id, query).then((a) => deliver(reply, a));
  }

  /** Each supplier's defects, ranked by harm (?supplier=&family=): the why behind the scores. */
  @Get('runs/:id/defects')
  @Allow('procurement', 'auditor')
  @ApiQuery({ name: 'supplier', required: false })
  @ApiQuery({ name: 'family', required: false })
  defects(@Param('id') id: string, @Query() query: Record<string, unknown>) {
    return this.runs.defects(id, query);
  }

  /** A defect's occurrences, a page at a time (?supplier=&offset=0&limit=100). */
  @Get('runs/:id/defects/:defectId/occurrences')
  @Allow('procurement', 'auditor')
  @ApiQuery({ name: 'supplier', required: false })
  @ApiQuery({ name: 'offset', required: false })
  @ApiQuery({ name: 'limit', required: false })
  occurrences(@Param('id') id: string, @Param('defectId') defectId: string, @Query() query: Record<string, unknown>) {
    return this.runs.occurrences(id, defectId, query);
  }

  @Get('runs/:id/report')
  @Allow('procurement', 'auditor')
  @ApiQuery({ name: 'format', enum: ['html', 'json', 'csv'], required: false })
  @ApiQuery({ name: 'lang', enum: ['en', 'fr'], required: false })
  @ApiQuery({ name: 'csvLocale', enum: ['en', 'fr'], required: false })
  report(@Param('id') id: string, @Query() query: Record<string, unknown>, @Res() reply: Reply) {
    return this.runs.report(id, query).then((a) => deliver(reply, a));
  }

  /** The reference's statements with their line traces, and each supplier's, for one scenario. */
  @Get('runs/:id/scenarios/:scenarioId/statements')
  @Allow('procurement', 'auditor')
  statements(@Param('id') id: string, @Param('scenarioId') scenarioId: string) {
    return this.runs.statements(id, scenarioId);
  }

  @Get('policy')
  @Allow('procurement', 'auditor')
  readPolicy() {
    return this.policy.read();
  }

  @Put('policy')
  @Allow('procurement')
  replacePolicy(@Caller() caller: Principal, @Body() body: unknown) {
    return this.policy.replace(caller, body);
  }
}
