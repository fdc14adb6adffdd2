import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ChainService } from '../../audit/chain/chain.service';
import { RunRulingsService } from '../../audit/disputes/run-rulings.service';
import { PinsService } from '../../audit/pins/pins.service';
import { SealService } from '../../audit/seal/seal.service';
import { VerifyService } from '../../audit/verify/verify.service';
import { Allow, READ_AUDIT } from '../../auth/access.decorator';
import { Caller } from '../../auth/principal.decorator';
import type { Principal } from '../../auth/roles';

/** The auditors' views of runs: pins, findings with their rulings, the chain, verification, seals. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api')
export class AuditController {
  constructor(
    private readonly pinsService: PinsService,
    private readonly rulings: RunRulingsService,
    private readonly chain: ChainService,
    private readonly verifier: VerifyService,
    private readonly seals: SealService,
  ) {}

  /** The run's audit pins: harness tree and dirty flag, Node, rules, each supplier's folder and describe answer. */
  @Get('runs/:id/audit-pins')
  @Allow(...READ_AUDIT)
  pins(@Param('id') id: string) {
    return this.pinsService.stored(id);
  }

  /** Every finding with its id, defect signature and the ruling in force on it. */
  @Get('runs/:id/rulings')
  @Allow(...READ_AUDIT)
  @ApiQuery({ name: 'supplier', required: false })
  ruled(@Param('id') id: string, @Query('supplier') supplier?: string) {
    return this.rulings.ruledFindings(id, supplier);
  }

  /** Re-runs the run from its pins (a new run) and says identical or the first difference. */
  @Post('runs/:id/verify')
  @Allow('auditor', 'procurement')
  verify(@Param('id') id: string) {
    return this.verifier.verify(id);
  }

  @Get('chain')
  @Allow(...READ_AUDIT)
  verifyChain() {
    return this.chain.verify();
  }

  @Get('seals')
  @Allow(...READ_AUDIT)
  listSeals() {
    return this.seals.list();
  }

  /** Records a sealed-set commitment before a pilot (body: { commitment, scenarios }). */
  @Post('seals')
  @Allow('procurement')
  recordSeal(@Caller() caller: Principal, @Body() body?: Record<string, unknown>) {
    return this.seals.record(caller.name, body);
  }
}
