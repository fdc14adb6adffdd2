import type { RunSummary, RunView, ScenarioPin, VendorPin } from './evaluation.types';
import type { MissingCounts, RunRecord, ScenarioPinPage, VendorPinRecord } from './ports/run-records';

export function scenarioPin(s: ScenarioPinPage['items'][number]): ScenarioPin {
  return {
    id: s.scenarioId,
    title: s.title,
    family: s.family,
    file: s.file,
    hash: s.hash,
    ...(s.referenceHash !== null && { referenceHash: s.referenceHash }),
    ...(s.refused && { refused: s.refused }),
  };
}

export function vendorPin(v: VendorPinRecord): VendorPin {
  return { id: v.vendorId, name: v.name, version: v.version, manifestHash: v.manifestHash, transport: v.transport };
}

/** A run as stored, with its pins, in the shape both doors hand out. */
export function runView(
  run: RunRecord,
  scenarios: ScenarioPinPage,
  vendors: VendorPinRecord[],
  missing: MissingCounts = {},
): RunView {
  const perVendor = run.scenarioCount ?? (vendors.length > 0 ? Math.round(run.workTotal / vendors.length) : 0);
  return {
    id: run.id,
    status: run.status,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    error: run.error,
    workTotal: run.workTotal,
    workDone: run.workDone,
    progress: Object.fromEntries(
      vendors.map((v) => [v.vendorId, { done: run.progress[v.vendorId] ?? 0, total: perVendor }]),
    ),
    partial: run.status !== 'finished',
    supplierDeadline: run.supplierDeadline,
    deadlineSet: run.deadlineSet,
    missing,
    pins: {
      harnessVersion: run.harnessVersion,
      rulesEditions: run.rulesEditions,
      tolerancePolicy: run.tolerancePolicy,
      policyHash: run.policyHash,
      policySource: run.policySource,
      scenarioSource: run.scenarioSource,
      scenarioCount: run.scenarioCount ?? scenarios.total,
      signatureVersion: run.signatureVersion,
      scenarios: scenarios.items.map(scenarioPin),
      scenariosListed: scenarios.items.length === scenarios.total,
      vendors: vendors.map(vendorPin),
    },
    summary: (run.summary as RunSummary | null) ?? null,
  };
}
