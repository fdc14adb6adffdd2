import { Body, Controller, Get, Header, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../auth/access.decorator';
import { invalidInput } from '../../domain/errors';
import { PilotBriefService } from '../../pilots/pilot-brief.service';
import { PilotService } from '../../pilots/pilot.service';
import { langFrom } from '../../submissions/reader-text';

const text = (field: string, value: unknown, required: boolean): string | undefined => {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw invalidInput(`${field}: expected text`);
  return value;
};

/** Pilots over HTTP (docs/pilots.md): the same service as `payproof pilot`. */
@ApiTags('pilots')
@ApiBearerAuth()
@Controller('api/pilots')
export class PilotsController {
  constructor(
    private readonly pilots: PilotService,
    private readonly briefs: PilotBriefService,
  ) {}

  @Get()
  @Allow('procurement', 'auditor')
  list() {
    return this.pilots.list();
  }

  @Post()
  @Allow('procurement')
  @ApiBody({ schema: { type: 'object', properties: { name: { type: 'string' }, description: { type: 'string' } } } })
  create(@Body() body?: { name?: unknown; description?: unknown }) {
    return this.pilots.create({
      name: text('name', body?.name, true)!,
      description: text('description', body?.description, false),
    });
  }

  /** The pilot with its rounds, each supplier's trends and each round against the one before. */
  @Get(':name')
  @Allow('procurement', 'auditor')
  show(@Param('name') name: string) {
    return this.pilots.show(name);
  }

  @Get(':name/rounds')
  @Allow('procurement', 'auditor')
  async rounds(@Param('name') name: string) {
    return (await this.pilots.show(name)).rounds;
  }

  /** Records a run (started with POST /api/runs, or by payproof evaluate) as the pilot's next round. */
  @Post(':name/rounds')
  @Allow('procurement')
  @ApiBody({ schema: { type: 'object', properties: { runId: { type: 'string' } } } })
  record(@Param('name') name: string, @Body() body?: { runId?: unknown }) {
    return this.pilots.recordRound(name, text('runId', body?.runId, true)!);
  }

  /** One round's decision brief as an HTML page (the last finished round by default). */
  @Get(':name/brief')
  @Allow('procurement', 'auditor')
  @ApiQuery({ name: 'round', required: false })
  @ApiQuery({ name: 'lang', enum: ['en', 'fr'], required: false })
  @Header('Content-Type', 'text/html; charset=utf-8')
  async brief(@Param('name') name: string, @Query('round') round?: string, @Query('lang') lang?: string) {
    if (round !== undefined && !/^[1-9]\d*$/.test(round))
      throw invalidInput(`round: expected a round number (1, 2, ...), found "${round}"`);
    const language = langFrom(lang ?? 'en', {});
    if (language === undefined) throw invalidInput(`lang: expected en or fr, found "${lang}"`);
    return (await this.briefs.html(name, round === undefined ? undefined : Number(round), language)).html;
  }
}
