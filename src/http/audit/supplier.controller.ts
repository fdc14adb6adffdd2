import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { SupplierResultsService } from '../../audit/supplier-results.service';
import { Allow } from '../../auth/access.decorator';
import { Caller } from '../../auth/principal.decorator';
import type { Principal } from '../../auth/roles';
import { PayproofError } from '../../domain/errors';

function vendorOf(caller: Principal): string {
  if (caller.vendorId === undefined) throw new PayproofError('FORBIDDEN', 'this token is not bound to a supplier');
  return caller.vendorId;
}

/** A supplier's own results: its runs, scorecard, findings and defects, never another supplier's. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/supplier')
export class SupplierController {
  constructor(private readonly results: SupplierResultsService) {}

  @Get('runs')
  @Allow('supplier')
  runs(@Caller() caller: Principal) {
    return this.results.runs(vendorOf(caller));
  }

  @Get('runs/:id')
  @Allow('supplier')
  run(@Caller() caller: Principal, @Param('id') id: string) {
    return this.results.run(vendorOf(caller), id);
  }

  @Get('runs/:id/findings')
  @Allow('supplier')
  findings(@Caller() caller: Principal, @Param('id') id: string) {
    return this.results.findings(vendorOf(caller), id);
  }

  @Get('runs/:id/defects')
  @Allow('supplier')
  defects(@Caller() caller: Principal, @Param('id') id: string) {
    return this.results.defects(vendorOf(caller), id);
  }
}
