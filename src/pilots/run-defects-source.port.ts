import type { RoundDefect } from './pilot.types';

/**
 * Where pilots read a run's defects (stored by the evaluation, docs/defects.md): the one port
 * between pilots and the defects' storage, so only its adapter knows their tables.
 */
export abstract class RunDefectsSource {
  /** Each supplier's defects in the run, or null when the run stored none (a run grouped before defects were stored). */
  abstract defects(runId: string): Promise<RoundDefect[] | null>;
  /**
   * The defects of `runId` (by defectKey) seen on a scenario that `otherRunId` ran identically:
   * the same scenario id, scenario hash and reference statements' hash.
   */
  abstract onSharedScenarios(runId: string, otherRunId: string): Promise<Set<string>>;
}
