import { stepIn } from '../domain/reference/trace-french';
import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { Readable } from 'node:stream';
import type { FindingView } from '../evaluation/evaluation.types';
import { safeMoney, safeText } from './csv-safety';
import { findingText } from './finding-text';
import { ReportText } from './report-text';

/**
 * discrepancies.csv: every finding, one row each, for a spreadsheet in either locale (issue 19):
 * - 'en' (English-Canadian): comma separator, decimal point, the judge's English messages;
 * - 'fr' (French-Canadian): semicolon separator, decimal comma, French column names and
 *   sentences made from the finding's fields (finding-text.ts), as a French-locale spreadsheet
 *   reads numbers and lists;
 * both with a BOM (a spreadsheet then reads UTF-8), money in its own columns as numbers, and
 * OWASP's formula-injection defence (csv-safety.ts). Column names are the English ones in 'en'
 * (scripts read those; findings.jsonl holds the same fields).
 */
export type CsvLocale = 'en' | 'fr';
export const CSV_LOCALES: readonly CsvLocale[] = ['en', 'fr'];

export const CSV_COLUMNS = [
  'run_id',
  'finding_id',
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
  'stub_amount',
  'difference',
  'net_effect_on_pay',
  'direction',
  'defect_id',
  'role',
  'root_finding_id',
  'message',
  'reference_trace',
] as const;

const options = (locale: CsvLocale) =>
  ({ record_delimiter: 'windows', bom: true, delimiter: locale === 'fr' ? ';' : ',' }) as const;

/** "C Cotisation au RPC = 149.02 (T4127 janvier 2026, ch. 6, C) | ...": the line's reference trace in one cell, in the file's language. */
function traceText(f: FindingView, locale: CsvLocale): string {
  return (f.trace ?? [])
    .map((step) => stepIn(locale, step))
    .map((t) => `${t.step} ${t.label} = ${t.value} (${t.citation})`)
    .join(' | ');
}

/** The header row in the file's locale. */
export function csvHeader(locale: CsvLocale): string[] {
  const x = new ReportText(locale);
  return CSV_COLUMNS.map((c) => x.t(`csv.${c}`));
}

/** One finding as one CSV row, safe to open in a spreadsheet. */
export function csvRow(runId: string, f: FindingView, locale: CsvLocale = 'en'): string[] {
  const x = locale === 'fr' ? new ReportText('fr') : undefined;
  const money = (v: string | null) => (x ? safeMoney(v).replace('.', ',') : safeMoney(v));
  return [
    safeText(runId),
    safeText(f.findingId),
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
    money(f.expected),
    money(f.actual),
    money(f.stub),
    money(f.difference),
    money(f.netEffect),
    f.direction ?? '',
    safeText(f.defectId),
    f.role ?? '',
    safeText(f.rootId),
    safeText(x ? findingText(x, f) : f.message),
    safeText(traceText(f, locale)),
  ];
}

/** Every finding of a (small) set, one row each, as one string. */
export function discrepanciesCsv(runId: string, findings: readonly FindingView[], locale: CsvLocale = 'en'): string {
  return stringifySync([csvHeader(locale), ...findings.map((f) => csvRow(runId, f, locale))], options(locale));
}

async function* rows(runId: string, findings: AsyncIterable<FindingView>, locale: CsvLocale): AsyncIterable<string[]> {
  yield csvHeader(locale);
  for await (const f of findings) yield csvRow(runId, f, locale);
}

/** The same CSV as a stream, row by row (csv-stringify's stream API): any number of findings. */
export function discrepanciesCsvStream(
  runId: string,
  findings: AsyncIterable<FindingView>,
  locale: CsvLocale = 'en',
): NodeJS.ReadableStream {
  return Readable.from(rows(runId, findings, locale)).pipe(stringify(options(locale)));
}
