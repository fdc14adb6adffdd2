import { Column, Entity, PrimaryColumn } from 'typeorm';

export type { RunStatus } from '../../evaluation/ports/run-records';
import type { RunStatus } from '../../evaluation/ports/run-records';

/**
 * One evaluation run: scenario set × supplier set × rules edition × tolerance policy, with
 * the pins that make it reproducible. Scenarios, suppliers, results and findings hang off it.
 */
@Entity('evaluation_run')
export class EvaluationRunEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text') status!: RunStatus;
  @Column('text', { name: 'started_at' }) startedAt!: string;
  @Column('text', { name: 'finished_at', nullable: true }) finishedAt!: string | null;
  @Column('text', { name: 'harness_version' }) harnessVersion!: string;
  /** The T4127 editions the reference applied, e.g. ["T4127-2026-01"]. */
  @Column('simple-json', { name: 'rules_editions' }) rulesEditions!: string[];
  @Column('simple-json', { name: 'tolerance_policy' }) tolerancePolicy!: unknown;
  @Column('text', { name: 'policy_hash' }) policyHash!: string;
  /** Where the scenarios came from, as given (a folder or file). */
  @Column('text', { name: 'scenario_source' }) scenarioSource!: string;
  @Column('integer', { name: 'work_total' }) workTotal!: number;
  @Column('integer', { name: 'work_done' }) workDone!: number;
  /** Scorecards and ranking, once finished (the same JSON as run.json's "scores"). */
  @Column('simple-json', { nullable: true }) summary!: unknown;
  @Column('text', { nullable: true }) error!: string | null;
  /** How the run was asked for (run-records.ts RunOptionsRecord): enough to resume it. */
  @Column('simple-json', { nullable: true }) options!: unknown;
  @Column('text', { name: 'policy_source', nullable: true }) policySource!: string | null;
  /** The process running it; when that process is gone, the run is interrupted. */
  @Column('integer', { name: 'owner_pid', nullable: true }) ownerPid!: number | null;
  @Column('text', { name: 'owner_host', nullable: true }) ownerHost!: string | null;
  @Column('text', { name: 'heartbeat_at', nullable: true }) heartbeatAt!: string | null;
  @Column('integer', { name: 'scenario_count', nullable: true }) scenarioCount!: number | null;
  /** Scenarios done per supplier. */
  @Column('simple-json', { nullable: true }) progress!: unknown;
  /** The defect grouping's signature version (docs/defects.md): a run is never regrouped. */
  @Column('integer', { name: 'signature_version', nullable: true }) signatureVersion!: number | null;
  /** When an exchange supplier's missing answers become missed pays (ISO 8601); null: none set. */
  @Column('text', { name: 'supplier_deadline', nullable: true }) supplierDeadline!: string | null;
  /** Who set the deadline last, and when. */
  @Column('simple-json', { name: 'supplier_deadline_set', nullable: true }) deadlineSet!: unknown;
}
