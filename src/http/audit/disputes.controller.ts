import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { DisputesService } from '../../audit/disputes/disputes.service';
import { Allow } from '../../auth/access.decorator';
import { Caller } from '../../auth/principal.decorator';
import type { Principal } from '../../auth/roles';

/** Disputes and rulings: a supplier disputes its own results, an auditor rules with evidence, procurement reads. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/disputes')
export class DisputesController {
  constructor(private readonly disputes: DisputesService) {}

  @Post()
  @Allow('supplier')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['runId', 'reason'],
      properties: {
        runId: { type: 'string' },
        finding: { type: 'string', description: 'a finding id, <supplier>:<scenario>:<seq>' },
        signature: { type: 'string', description: 'or a defect signature, v1:…' },
        reason: { type: 'string' },
      },
    },
  })
  open(@Caller() caller: Principal, @Body() body?: Record<string, unknown>) {
    return this.disputes.open(caller, body);
  }

  /** A supplier sees its own disputes; auditors and procurement see every one. */
  @Get()
  @Allow('supplier', 'auditor', 'procurement')
  list(@Caller() caller: Principal) {
    return this.disputes.list(caller);
  }

  @Get(':id')
  @Allow('supplier', 'auditor', 'procurement')
  get(@Caller() caller: Principal, @Param('id') id: string) {
    return this.disputes.get(caller, id);
  }

  @Post(':id/rulings')
  @Allow('auditor')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['outcome', 'explanation'],
      properties: {
        outcome: { enum: ['supplier-wrong', 'reference-wrong', 'accepted-convention', 'ambiguous-input', 'open'] },
        explanation: { type: 'string' },
        rule: { type: 'string', description: "for reference-wrong: the reference's rule or convention that is wrong" },
        scope: { enum: ['supplier', 'all'] },
        evidence: {
          type: 'array',
          items: {
            type: 'object',
            required: ['quote', 'retrieved'],
            properties: {
              title: { type: 'string' },
              url: { type: 'string' },
              quote: { type: 'string' },
              retrieved: { type: 'string', format: 'date' },
              sha256: { type: 'string' },
            },
          },
        },
      },
    },
  })
  rule(@Caller() caller: Principal, @Param('id') id: string, @Body() body?: Record<string, unknown>) {
    return this.disputes.rule(caller, id, body);
  }
}
