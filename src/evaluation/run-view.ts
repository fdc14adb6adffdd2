import { EvaluationRunEntity, RunScenarioEntity, RunVendorEntity } from '../persistence/entities';
import type { RunSummary, RunView, ScenarioPin } from './evaluation.types';

/** The stored reference of a scenario: its pays, or the engine's coded refusal. */
export interface StoredReference {
  pays?: unknown[];
  notes?: string[];
  refused?: { code: string; message: string };
}

export function scenarioPin(s: RunScenarioEntity): ScenarioPin {
  const refused = (s.referenceJson as StoredReference | null)?.refused;
  return {
    id: s.scenarioId,
    title: s.title,
    family: s.family,
    file: s.file,
    hash: s.hash,
    ...(refused && { refused }),
  };
}

/** A run as stored, with its pins, in the shape both doors hand out. */
export function runView(run: EvaluationRunEntity, scenarios: RunScenarioEntity[], vendors: RunVendorEntity[]): RunView {
  return {
    id: run.id,
    status: run.status,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    error: run.error,
    workTotal: run.workTotal,
    workDone: run.workDone,
    pins: {
      harnessVersion: run.harnessVersion,
      rulesEditions: run.rulesEditions,
      tolerancePolicy: run.tolerancePolicy,
      policyHash: run.policyHash,
      scenarioSource: run.scenarioSource,
      scenarios: scenarios.map(scenarioPin),
      vendors: vendors.map((v) => ({
        id: v.vendorId,
        name: v.name,
        version: v.version,
        manifestHash: v.manifestHash,
        transport: v.transport,
      })),
    },
    summary: (run.summary as RunSummary | null) ?? null,
  };
}
