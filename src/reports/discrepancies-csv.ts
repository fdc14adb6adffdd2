import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { Readable } from 'node:stream';
import type { FindingView } from '../evaluation/evaluation.types';
import { safeMoney, safeText } from './csv-safety';

/** The columns of discrepancies.csv; money columns in accounting notation (csv-safety.ts). */
export const CSV_COLUMNS = [
  'supplier',
  'scenario',
  'family',
  'kind',
  'severity',
  'payday',
  'code',
  'for_period_start',
  'for_period_end',
  'check',
  'reference_amount',
  'supplier_amount',
  'difference',
  'net_effect_on_pay',
  'direction',
  'message',
  'reference_trace',
] as const;

const OPTIONS = { record_delimiter: 'windows' } as const;

/** "C = 149.02 (T4127 Jan 2026, ch. 6, C) | ...": the line's reference trace in one cell. */
function traceText(f: FindingView): string {
  return (f.trace ?? []).map((t) => `${t.step} ${t.label} = ${t.value} (${t.citation})`).join(' | ');
}

/** One finding as one CSV row, safe to open in a spreadsheet. */
export function csvRow(f: FindingView): string[] {
  return [
    safeText(f.vendorId),
    safeText(f.scenarioId),
    safeText(f.family),
    f.kind,
    f.severity ?? '',
    f.payday ?? '',
    f.code ?? '',
    f.forPeriod?.start ?? '',
    f.forPeriod?.end ?? '',
    safeText(f.check),
    safeMoney(f.expected),
    safeMoney(f.actual),
    safeMoney(f.difference),
    safeMoney(f.netEffect),
    f.direction ?? '',
    safeText(f.message),
    safeText(traceText(f)),
  ];
}

/** Every finding of a (small) set, one row each, as one string. */
export function discrepanciesCsv(findings: readonly FindingView[]): string {
  return stringifySync([[...CSV_COLUMNS], ...findings.map(csvRow)], OPTIONS);
}

async function* rows(findings: AsyncIterable<FindingView>): AsyncIterable<string[]> {
  yield [...CSV_COLUMNS];
  for await (const f of findings) yield csvRow(f);
}

/** The same CSV as a stream, row by row (csv-stringify's stream API): any number of findings. */
export function discrepanciesCsvStream(findings: AsyncIterable<FindingView>): NodeJS.ReadableStream {
  return Readable.from(rows(findings)).pipe(stringify(OPTIONS));
}
