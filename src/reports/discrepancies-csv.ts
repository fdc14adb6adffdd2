import { stringify } from 'csv-stringify/sync';
import type { FindingView } from '../evaluation/evaluation.types';
import { safeMoney, safeText } from './csv-safety';

/** The columns of discrepancies.csv; money columns in accounting notation (csv-safety.ts). */
export const CSV_COLUMNS = [
  'supplier', 'scenario', 'family', 'kind', 'severity', 'payday', 'code', 'for_period_start', 'for_period_end', 'check',
  'reference_amount', 'supplier_amount', 'difference', 'net_effect_on_pay', 'direction', 'message', 'reference_trace',
] as const;

/** "C = 149.02 (T4127 Jan 2026, ch. 6, C) | ...": the line's reference trace in one cell. */
function traceText(f: FindingView): string {
  return (f.trace ?? []).map((t) => `${t.step} ${t.label} = ${t.value} (${t.citation})`).join(' | ');
}

/** Every finding of a run, one row each, safe to open in a spreadsheet. */
export function discrepanciesCsv(findings: readonly FindingView[]): string {
  const rows = findings.map((f) => [
    safeText(f.vendorId), safeText(f.scenarioId), safeText(f.family), f.kind, f.severity ?? '', f.payday ?? '', f.code ?? '',
    f.forPeriod?.start ?? '', f.forPeriod?.end ?? '', safeText(f.check),
    safeMoney(f.expected), safeMoney(f.actual), safeMoney(f.difference), safeMoney(f.netEffect), f.direction ?? '',
    safeText(f.message), safeText(traceText(f)),
  ]);
  return stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: 'windows' });
}
