import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator';
import { Caller } from '../auth/principal.decorator';
import { Principal, ROLES } from '../auth/roles';

@ApiTags('tokens')
@ApiBearerAuth()
@Controller('api/me')
export class MeController {
  /** Who the token belongs to: the dashboard shows only what this role may use. */
  @Get()
  @Allow(...ROLES)
  me(@Caller() caller: Principal) {
    return { name: caller.name, role: caller.role };
  }
}
