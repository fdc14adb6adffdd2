import { bilingualStep } from '../../domain/reference/trace-french';
import type { TraceStep } from '../../domain/reference/trace';
import type { FindingView } from '../../evaluation/evaluation.types';
import { findingText } from '../../reports/finding-text';
import { ReportText } from '../../reports/report-text';

/**
 * The run views' traces in both languages (labelFr, citationFr, inputsFr), as the volunteer's
 * answer sends them: the dashboard reads the page's language on its side (issue 19). Stored
 * traces keep the reference's one form; the French is made when a reader asks.
 */
function steps(trace: unknown): unknown {
  return Array.isArray(trace) ? (trace as TraceStep[]).map(bilingualStep) : trace;
}

const FRENCH = new ReportText('fr');

/**
 * A finding's sentence in French beside the stored English one (`messageFr`): made from its
 * fields as the French report words it, days and money in French form, a supplier's own error
 * text quoted as it wrote it (finding-text.ts, failure-text.ts).
 */
function withFrench<T>(item: T): T {
  const f = item as Partial<FindingView>;
  if (typeof f.kind !== 'string' || typeof f.message !== 'string' || f.findingId === undefined) return item;
  return { ...item, messageFr: findingText(FRENCH, f as FindingView) };
}

/** A finding, a defect's example or anything else carrying one `trace`; a finding with its sentence in French too. */
export function withBilingualTrace<T extends { trace?: unknown }>(item: T): T {
  const french = withFrench(item);
  return french.trace ? { ...french, trace: steps(french.trace) } : french;
}

/** The reference's statements of a scenario: one trace per line. */
export function withBilingualLineTraces<T extends { reference: unknown }>(answer: T): T {
  const reference = answer.reference as { pays?: Array<{ lineTraces?: unknown[] }> };
  if (!Array.isArray(reference.pays)) return answer;
  const pays = reference.pays.map((p) => ({ ...p, lineTraces: (p.lineTraces ?? []).map(steps) }));
  return { ...answer, reference: { ...reference, pays } };
}
