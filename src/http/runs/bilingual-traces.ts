import { bilingualStep } from '../../domain/reference/trace-french';
import type { TraceStep } from '../../domain/reference/trace';

/**
 * The run views' traces in both languages (labelFr, citationFr, inputsFr), as the volunteer's
 * answer sends them: the dashboard reads the page's language on its side (issue 19). Stored
 * traces keep the reference's one form; the French is made when a reader asks.
 */
function steps(trace: unknown): unknown {
  return Array.isArray(trace) ? (trace as TraceStep[]).map(bilingualStep) : trace;
}

/** A finding, a defect's example or anything else carrying one `trace`. */
export function withBilingualTrace<T extends { trace?: unknown }>(item: T): T {
  return item.trace ? { ...item, trace: steps(item.trace) } : item;
}

/** The reference's statements of a scenario: one trace per line. */
export function withBilingualLineTraces<T extends { reference: unknown }>(answer: T): T {
  const reference = answer.reference as { pays?: Array<{ lineTraces?: unknown[] }> };
  if (!Array.isArray(reference.pays)) return answer;
  const pays = reference.pays.map((p) => ({ ...p, lineTraces: (p.lineTraces ?? []).map(steps) }));
  return { ...answer, reference: { ...reference, pays } };
}
