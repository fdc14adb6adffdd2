import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../auth/access.decorator';
import { ROLES } from '../../auth/roles';
import { TokenService } from '../../auth/token.service';

export class CreateTokenDto {
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiPropertyOptional({ description: 'who or what holds the token' }) name?: string;
  @ApiPropertyOptional({ description: 'for the supplier role: the one supplier id the token speaks for' })
  vendor?: string;
}

/** Token management: admin only. The token itself is in the creation response, once. */
@ApiTags('tokens')
@ApiBearerAuth()
@Controller('api/tokens')
export class TokensController {
  constructor(private readonly tokens: TokenService) {}

  @Get()
  @Allow('admin')
  list() {
    return this.tokens.list();
  }

  @Post()
  @Allow('admin')
  create(@Body() body: CreateTokenDto) {
    return this.tokens.create({
      role: String(body?.role ?? ''),
      name: body?.name,
      ...(typeof body?.vendor === 'string' && { vendorId: body.vendor }),
    });
  }

  @Delete(':id')
  @Allow('admin')
  revoke(@Param('id') id: string) {
    return this.tokens.revoke(id);
  }
}
