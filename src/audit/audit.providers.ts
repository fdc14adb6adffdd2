import type { Provider } from '@nestjs/common';
import { RunAudit } from '../evaluation/ports/run-audit.port';
import { AuditRunHook } from './audit-run.hook';
import { ChainService } from './chain/chain.service';
import { DisputesService } from './disputes/disputes.service';
import { RunRulingsService } from './disputes/run-rulings.service';
import { SealService } from './seal/seal.service';
import { SupplierResultsService } from './supplier-results.service';
import { ExportService } from './pack/export.service';
import { PinsService } from './pins/pins.service';
import { VerifyService } from './verify/verify.service';

/** The audit services, provided beside the evaluation service (they share its database) and exported. */
export const AUDIT_EXPORTS = [
  PinsService,
  ChainService,
  VerifyService,
  ExportService,
  RunRulingsService,
  DisputesService,
  SupplierResultsService,
  SealService,
];
export const AUDIT_PROVIDERS: Provider[] = [...AUDIT_EXPORTS, { provide: RunAudit, useClass: AuditRunHook }];
