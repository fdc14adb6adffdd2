import { ApiTokenEntity } from './api-token.entity';
import { ChainEntryEntity, DisputeEntity, RulingEntity, RunAuditEntity, SealCommitmentEntity } from './audit.entities';
import { EvaluationRunEntity } from './evaluation-run.entity';
import { FindingEntity } from './finding.entity';
import { PilotEntity, PilotRoundEntity } from './pilot.entity';
import { RunChunkEntity } from './run-chunk.entity';
import { RunDefectEntity } from './run-defect.entity';
import { RunScenarioEntity } from './run-scenario.entity';
import { RunVendorEntity } from './run-vendor.entity';
import { SettingEntity } from './setting.entity';
import { SubmissionEntity } from './submission.entity';
import { VendorResultEntity } from './vendor-result.entity';

export {
  ChainEntryEntity,
  DisputeEntity,
  RulingEntity,
  RunAuditEntity,
  SealCommitmentEntity,
  ApiTokenEntity,
  SettingEntity,
  SubmissionEntity,
  EvaluationRunEntity,
  FindingEntity,
  RunChunkEntity,
  RunDefectEntity,
  RunScenarioEntity,
  RunVendorEntity,
  VendorResultEntity,
  PilotEntity,
  PilotRoundEntity,
};
export const ENTITIES = [
  EvaluationRunEntity,
  RunScenarioEntity,
  RunVendorEntity,
  VendorResultEntity,
  FindingEntity,
  RunChunkEntity,
  RunDefectEntity,
  ApiTokenEntity,
  SubmissionEntity,
  SettingEntity,
  PilotEntity,
  PilotRoundEntity,
  RunAuditEntity,
  ChainEntryEntity,
  DisputeEntity,
  RulingEntity,
  SealCommitmentEntity,
];
