import { runReference } from '../domain/reference/engine';
import { parseScenarioOrThrow, statementToJson } from '../domain/scenario';
import type {
  DefectView,
  FindingFilterOptions,
  FindingView,
  MissingView,
  RunView,
  ScenarioPin,
} from './evaluation.types';
import { SCENARIO_PINS_LISTED } from './evaluation.types';
import type { RunRecorder, StoredFinding } from './ports/run-recorder.port';
import type { HarmedRecord } from './ports/run-records';
import { runView, scenarioPin } from './run-view';
import { saidError } from '../submissions/refusal-text';

/** A finding's id: the supplier, the scenario and its place among the person's findings (stable, and the same after a resume). */
export const findingId = (vendorId: string, scenarioId: string, seq: number) => `${vendorId}:${scenarioId}:${seq}`;

export function findingView(f: StoredFinding): FindingView {
  return {
    findingId: findingId(f.vendorId, f.scenarioId, f.seq),
    vendorId: f.vendorId,
    scenarioId: f.scenarioId,
    family: f.family,
    kind: f.kind,
    severity: f.severity,
    payday: f.payday,
    code: f.code,
    check: f.checkName,
    forPeriod: f.forPeriodStart && f.forPeriodEnd ? { start: f.forPeriodStart, end: f.forPeriodEnd } : null,
    expected: f.expected,
    actual: f.actual,
    difference: f.difference,
    netEffect: f.netEffect,
    direction: f.direction,
    message: f.message,
    trace: (f.trace as FindingView['trace']) ?? null,
    defectId: f.defectId,
    role: f.role,
    rootId: f.rootSeq === null ? null : findingId(f.vendorId, f.scenarioId, f.rootSeq),
    stub: f.stub,
  };
}

/** What a report reads from a run, page by page: the report writers' port. */
export interface ReportSource {
  eachFinding(runId: string): AsyncIterable<FindingView>;
  countFindings(runId: string): Promise<number>;
  worstFindings(runId: string, limit: number): Promise<FindingView[]>;
  mostHarmed(runId: string, limit: number): Promise<HarmedRecord[]>;
  eachScenarioPin(runId: string): AsyncIterable<ScenarioPin>;
  defects(runId: string): Promise<DefectView[]>;
  occurrences(runId: string, defectId: string, o: OccurrencePage): Promise<{ total: number; items: FindingView[] }>;
  stubLines(runId: string, limit: number): Promise<{ total: number; items: FindingView[] }>;
}

/** Which occurrences of a defect: one supplier's (default every supplier's), a page at a time. */
export interface OccurrencePage {
  supplier?: string;
  offset?: number;
  limit?: number;
}

const PIN_PAGE = 1000;

/** The read side of runs, for both doors and the reports. */
export class RunReader implements ReportSource {
  constructor(protected readonly recorder: RunRecorder) {}

  async get(runId: string): Promise<RunView> {
    const run = await this.recorder.getRun(runId);
    if (!run) throw saidError('NOT_FOUND', 'error.run.notFound', { id: runId });
    const pins = await this.recorder.scenarioPins(runId, { offset: 0, limit: SCENARIO_PINS_LISTED + 1 });
    const listed = pins.total <= SCENARIO_PINS_LISTED ? pins : { total: pins.total, items: [] };
    const missing = run.status === 'awaiting-supplier' ? await this.recorder.missingCounts(runId) : {};
    return runView(run, listed, await this.recorder.vendors(runId), missing);
  }

  /** What an awaiting run misses, one employee of one supplier per item, page by page. */
  async missing(
    runId: string,
    o: { supplier?: string; offset?: number; limit?: number } = {},
  ): Promise<{ total: number; items: MissingView[] }> {
    await this.get(runId);
    const page = await this.recorder.missing(
      runId,
      { ...(o.supplier !== undefined && { vendorId: o.supplier }) },
      { offset: o.offset ?? 0, limit: o.limit ?? 100 },
    );
    return { total: page.total, items: page.items.map(({ chunk: _chunk, ...m }) => m) };
  }

  /**
   * Every run, newest first, without its scenario and supplier pins; with each supplier's
   * progress (people done of the run's people), so a list says who is in each run.
   */
  async list(): Promise<Omit<RunView, 'pins'>[]> {
    const runs = await this.recorder.listRuns();
    return Promise.all(
      runs.map(async (r) => {
        const missing = r.status === 'awaiting-supplier' ? await this.recorder.missingCounts(r.id) : {};
        const vendors = await this.recorder.vendors(r.id);
        const { pins: _pins, ...rest } = runView(r, { total: 0, items: [] }, vendors, missing);
        return rest;
      }),
    );
  }

  /** A run's findings in a stable order (supplier, scenario, then as the checks found them). */
  async findings(runId: string, filter: FindingFilterOptions = {}): Promise<FindingView[]> {
    await this.exists(runId);
    return (await this.recorder.findings(runId, filter)).map(findingView);
  }

  async *eachFinding(runId: string): AsyncIterable<FindingView> {
    for await (const f of this.recorder.eachFinding(runId)) yield findingView(f);
  }

  countFindings(runId: string, filter: FindingFilterOptions = {}): Promise<number> {
    return this.recorder.countFindings(runId, filter);
  }

  /** The volunteers' stub lines something disagrees with (kind 'stub'), the first `limit`, and how many. */
  async stubLines(runId: string, limit: number): Promise<{ total: number; items: FindingView[] }> {
    const items = await this.recorder.findings(runId, { kind: 'stub' }, { offset: 0, limit });
    return { total: await this.recorder.countFindings(runId, { kind: 'stub' }), items: items.map(findingView) };
  }

  async worstFindings(runId: string, limit: number): Promise<FindingView[]> {
    return (await this.recorder.worstFindings(runId, limit)).map(findingView);
  }

  mostHarmed(runId: string, limit: number): Promise<HarmedRecord[]> {
    return this.recorder.mostHarmed(runId, limit);
  }

  async *eachScenarioPin(runId: string): AsyncIterable<ScenarioPin> {
    for (let offset = 0; ; offset += PIN_PAGE) {
      const page = await this.recorder.scenarioPins(runId, { offset, limit: PIN_PAGE });
      for (const p of page.items) yield scenarioPin(p);
      if (page.items.length < PIN_PAGE) return;
    }
  }

  /** The run's scenario pins, page by page (optionally one family). */
  async scenarioPins(
    runId: string,
    page: { offset: number; limit: number; family?: string },
  ): Promise<{ total: number; items: ScenarioPin[] }> {
    await this.exists(runId);
    const p = await this.recorder.scenarioPins(runId, page);
    return { total: p.total, items: p.items.map(scenarioPin) };
  }

  /**
   * The reference's statements with every line's trace, recomputed from the pinned scenario
   * (the reference is deterministic; its statements' hash proves it paid the same), and each
   * supplier's answer: its statements when it had a finding, else their hash.
   */
  async statements(
    runId: string,
    scenarioId: string,
  ): Promise<{ reference: unknown; suppliers: Record<string, unknown> }> {
    const scenario = await this.recorder.scenario(runId, scenarioId);
    if (!scenario) throw saidError('NOT_FOUND', 'error.run.noScenario', { id: runId, scenario: scenarioId });
    const answers = await this.recorder.answers(runId, scenarioId);
    const suppliers = Object.fromEntries(
      answers.map((a) => [
        a.vendorId,
        a.status === 'failed'
          ? { failed: a.failureKind, message: a.failureMessage }
          : (a.statementsJson ?? {
              answerHash: a.answerHash,
              kept: 'no finding: the statements are not kept, their sha256 is',
            }),
      ]),
    );
    if (scenario.refused) return { reference: { refused: scenario.refused }, suppliers };
    const result = runReference(parseScenarioOrThrow(scenario.scenarioJson), { trace: true });
    const reference = {
      referenceHash: scenario.referenceHash,
      pays: result.pays.map((p) => ({ statement: statementToJson(p.statement), lineTraces: p.lineTraces ?? [] })),
      notes: result.notes,
    };
    return { reference, suppliers };
  }

  /** The run's defects, by supplier then rank (harm first, supplier-level failures after). */
  async defects(runId: string, o: { supplier?: string; family?: string } = {}): Promise<DefectView[]> {
    await this.exists(runId);
    return this.recorder.defects(runId, {
      ...(o.supplier !== undefined && { vendorId: o.supplier }),
      ...(o.family !== undefined && { family: o.family }),
    });
  }

  /** A defect's occurrences (the first root finding of each), in the stable order, a page at a time. */
  async occurrences(
    runId: string,
    defectId: string,
    o: OccurrencePage = {},
  ): Promise<{ total: number; items: FindingView[] }> {
    await this.exists(runId);
    const page = await this.recorder.occurrences(
      runId,
      { defectId, ...(o.supplier !== undefined && { vendorId: o.supplier }) },
      { offset: o.offset ?? 0, limit: o.limit ?? 100 },
    );
    return { total: page.total, items: page.items.map(findingView) };
  }

  private async exists(runId: string): Promise<void> {
    if (!(await this.recorder.getRun(runId))) throw saidError('NOT_FOUND', 'error.run.notFound', { id: runId });
  }
}
