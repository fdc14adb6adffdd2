import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../auth/access.decorator';
import { SuppliersApiService } from './suppliers-api.service';

@ApiTags('runs')
@ApiBearerAuth()
@Controller('api/suppliers')
export class SuppliersController {
  constructor(private readonly suppliers: SuppliersApiService) {}

  /** Id, name, version and transport of each supplier a run may include (POST /api/runs, "vendors"). */
  @Get()
  @Allow('procurement', 'auditor')
  list() {
    return this.suppliers.list();
  }
}
