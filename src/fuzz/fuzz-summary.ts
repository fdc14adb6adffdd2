import { scenarioToJson, type Scenario } from '../domain/scenario';
import type { FuzzReport } from './fuzz-runner';
import type { SavedRegression } from './regression-store';

/**
 * The per-supplier summary `payproof fuzz` prints: the distinct defects found, each with its
 * minimal counterexample written out so a pay expert can read it in a minute.
 */
type Json = Record<string, unknown>;

const fields = (o: Json, skip: readonly string[]) =>
  Object.entries(o)
    .filter(([k]) => !skip.includes(k))
    .map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean)}`)
    .join(', ');

/** A scenario in a few lines: the employee, the paydays, one line per event. */
export function describeScenario(s: Scenario, indent = '    '): string[] {
  const json = scenarioToJson(s) as unknown as Json;
  const employee = json.employee as Json;
  return [
    `${indent}employee: ${fields(employee, ['id'])}`,
    `${indent}paydays: ${s.payRuns.from} to ${s.payRuns.to}`,
    ...(json.events as Json[]).map((e) => `${indent}${String(e.kind)} ${String(e.id)}: ${fields(e, ['kind', 'id'])}`),
  ];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Supplier errors that do not follow a scenario (sent alone, it is answered): reported, never saved. */
function errorLines(report: FuzzReport): string[] {
  if (report.supplierErrors.length === 0) return [];
  return [
    '',
    `${plural(report.supplierErrors.length, 'supplier error')} that did not follow the scenario (sent alone, it was answered; not saved as regressions):`,
    ...report.supplierErrors.map((e) => `- ${e.title?.en ?? e.signature} in ${plural(e.runs, 'run')}: ${e.message}`),
  ];
}

function savedLine(d: FuzzReport['defects'][number], where: SavedRegression | undefined): string[] {
  if (!d.reproducedAlone) return ['   not saved: sent alone, the counterexample did not show the defect again'];
  return where ? [`   ${where.written ? 'saved as' : 'already saved as'} ${where.file}`] : [];
}

export function fuzzSummary(report: FuzzReport, saved: readonly SavedRegression[] = []): string {
  const head = [
    `${report.vendorId}: ${plural(report.runs, 'generated scenario')} (seed ${report.seed}), ${report.failing} with findings, ` +
      `${report.skipped} outside the supplier's declared scope, ${report.refused} the reference refused`,
    report.defects.length === 0 ? 'no defect found' : `${plural(report.defects.length, 'distinct defect')}:`,
  ];
  const body = report.defects.flatMap((d, i) => {
    const s = d.counterexample;
    return [
      '',
      `${i + 1}. ${d.title?.en ?? d.signature}`,
      ...(d.title ? [`   signature ${d.signature}`] : []),
      `   ${d.finding.message}`,
      `   minimal counterexample (${plural(s.events.length, 'event')}; run ${d.run} shrunk in ${plural(d.shrinkSteps, 'step')}, ${d.shrinkTried} candidates tried):`,
      ...describeScenario(s, '     '),
      ...savedLine(
        d,
        saved.find((r) => r.signature === d.signature),
      ),
    ];
  });
  return [...head, ...body, ...errorLines(report)].join('\n') + '\n';
}

/** The report as JSON (`payproof fuzz --json`): counterexamples in the scenario format's JSON form. */
export function fuzzReportJson(report: FuzzReport, saved: readonly SavedRegression[] = []): unknown {
  return {
    vendor: report.vendorId,
    seed: report.seed,
    runs: report.runs,
    failing: report.failing,
    skipped: report.skipped,
    refused: report.refused,
    supplierErrors: report.supplierErrors,
    defects: report.defects.map((d) => ({
      signature: d.signature,
      title: d.title ?? null,
      reproducedAlone: d.reproducedAlone,
      finding: d.finding.message,
      run: d.run,
      shrinkSteps: d.shrinkSteps,
      shrinkTried: d.shrinkTried,
      counterexample: scenarioToJson(d.counterexample),
      saved: saved.find((s) => s.signature === d.signature) ?? null,
    })),
  };
}
