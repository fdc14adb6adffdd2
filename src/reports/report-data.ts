import type { ReportSource } from '../evaluation/run-reader';
import { detailed, occurrenceKey, OCCURRENCES_SHOWN } from './html-defects';
import type { HtmlFindings } from './html-report';
import { HTML_FINDING_LIMIT, HTML_HARMED_LIMIT, HTML_STUB_LIMIT } from './html-sections';

/**
 * What index.html shows, read from the run (bounded whatever the population): the defects, the
 * first occurrences of those described in full, the worst findings, the people most harmed and
 * the stub lines. The same for the report written by evaluate and the one the API serves.
 */
export async function htmlInputs(source: ReportSource, runId: string): Promise<HtmlFindings> {
  const defects = await source.defects(runId);
  const occurrences = new Map<string, Awaited<ReturnType<ReportSource['occurrences']>>>();
  for (const d of detailed(defects))
    occurrences.set(
      occurrenceKey(d.vendorId, d.defectId),
      await source.occurrences(runId, d.defectId, { supplier: d.vendorId, limit: OCCURRENCES_SHOWN }),
    );
  return {
    worst: await source.worstFindings(runId, HTML_FINDING_LIMIT),
    harmed: await source.mostHarmed(runId, HTML_HARMED_LIMIT),
    total: await source.countFindings(runId),
    stubs: await source.stubLines(runId, HTML_STUB_LIMIT),
    why: { defects, occurrences },
  };
}
