import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PayproofError, invalidInput } from '../../domain/errors';
import { parseTolerancePolicyOrThrow } from '../../domain/checks/parse-tolerance-policy';
import { EvaluationService } from '../../evaluation/evaluation.service';
import type { EvaluateOptions, FindingFilterOptions, FindingView, RunView } from '../../evaluation/evaluation.types';
import { CSV_LOCALES, discrepanciesCsv, discrepanciesCsvStream, type CsvLocale } from '../../reports/discrepancies-csv';
import { htmlReport } from '../../reports/html-report';
import { htmlInputs } from '../../reports/report-data';
import type { Lang } from '../../reports/report-text';
import { runJson } from '../../reports/report-writer.service';
import { BackgroundRuns } from '../../submissions/start-in-background';
import { SCENARIO_SOURCE } from '../scenarios/scenarios-api.service';
import { RunDeadlines } from '../../evaluation/run-deadlines.service';
import type { Principal } from '../../auth/roles';
import { DeadlineWatch } from './deadline-watch';
import { withBilingualLineTraces, withBilingualTrace } from './bilingual-traces';

/** What POST /api/runs accepts: suppliers to include (default all) and a policy for this run only (default the current one). */
export interface StartRunBody {
  vendors?: string[];
  policy?: unknown;
  /** When an exchange supplier's missing answers count as missed pays (ISO 8601 with offset). */
  supplierDeadline?: string;
}

export interface Download {
  type: string;
  body: string | NodeJS.ReadableStream;
  /** Headers to add, e.g. that the findings are partial (the run has not finished). */
  headers?: Record<string, string>;
}

const FILTERS: Record<string, keyof FindingFilterOptions> = {
  supplier: 'vendorId',
  family: 'family',
  severity: 'severity',
  scenario: 'scenarioId',
  kind: 'kind',
  defect: 'defectId',
  role: 'role',
};
const SEVERITIES = ['high', 'medium', 'low'];
const ROLES = ['root', 'consequence'];
/** Query parameters that choose the form of an answer, not which findings. */
const FORM = ['format', 'lang', 'csvLocale'];

/** Reads the query's filters; an unknown filter or severity is named, with the known ones. */
export function findingFilter(query: Record<string, unknown>): FindingFilterOptions {
  const filter: FindingFilterOptions = {};
  for (const [name, value] of Object.entries(query)) {
    if (FORM.includes(name)) continue;
    const key = FILTERS[name];
    if (key === undefined)
      throw invalidInput(
        `${name}: unknown filter; the filters are ${Object.keys(FILTERS).join(', ')} (and format=json|csv, lang=en|fr, csvLocale=en|fr)`,
      );
    if (typeof value !== 'string' || value === '') throw invalidInput(`${name}: expected one value, e.g. ?${name}=...`);
    if (name === 'severity' && !SEVERITIES.includes(value))
      throw invalidInput(`severity: expected one of ${SEVERITIES.join(', ')}, found "${value}"`);
    if (name === 'role' && !ROLES.includes(value))
      throw invalidInput(`role: expected one of ${ROLES.join(', ')}, found "${value}"`);
    filter[key] = value;
  }
  return filter;
}

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T = allowed[0]): T {
  const chosen = value === undefined ? fallback : typeof value === 'string' ? value : JSON.stringify(value);
  if (!(allowed as readonly string[]).includes(chosen))
    throw invalidInput(`${name}: expected one of ${allowed.join(', ')}, found "${chosen}"`);
  return chosen as T;
}

const format = (value: unknown, allowed: readonly string[]) => oneOf('format', value, allowed);

/** The reader's language (?lang=en|fr, default English) and the CSV's spreadsheet locale (?csvLocale=, default the language's). */
function locale(query: Record<string, unknown>): { lang: Lang; csvLocale: CsvLocale } {
  const lang = oneOf<Lang>('lang', query.lang, ['en', 'fr']);
  return { lang, csvLocale: oneOf<CsvLocale>('csvLocale', query.csvLocale, CSV_LOCALES, lang) };
}

/** A whole number query parameter within bounds, or its default. */
function whole(query: Record<string, unknown>, name: string, fallback: number, max: number): number {
  const v = query[name];
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !/^\d+$/.test(v) || Number(v) > max)
    throw invalidInput(`${name}: expected a whole number from 0 to ${max}, found ${JSON.stringify(v)}`);
  return Number(v);
}

/** Only these query parameters (a typo is named, with the known ones). */
function only(query: Record<string, unknown>, known: readonly string[]): void {
  for (const name of Object.keys(query))
    if (!known.includes(name)) throw invalidInput(`${name}: unknown parameter; expected ${known.join(', ')}`);
}

/**
 * The evaluation service over HTTP. A run is started in the background: the answer (202)
 * comes as soon as the run exists, and its progress is read with GET /api/runs/:id.
 */
@Injectable()
export class RunsApiService implements BeforeApplicationShutdown, OnApplicationBootstrap {
  private readonly logger = new Logger('runs');
  private readonly background: BackgroundRuns;

  constructor(
    private readonly evaluation: EvaluationService,
    @Inject(SCENARIO_SOURCE) private readonly scenarios: string,
    private readonly deadlines: RunDeadlines,
    private readonly watch: DeadlineWatch,
  ) {
    this.background = new BackgroundRuns(evaluation, (err) =>
      this.logger.error(`run failed: ${(err as Error).message}`),
    );
  }

  /** At start-up, a run whose process is gone becomes interrupted (it can be resumed with payproof evaluate --resume). */
  async onApplicationBootstrap(): Promise<void> {
    const swept = await this.evaluation.sweepInterrupted();
    if (swept.length > 0) this.logger.warn(`interrupted runs (their process is gone): ${swept.join(', ')}`);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.background.settled();
  }

  async start(body: StartRunBody | undefined, caller?: Principal): Promise<RunView> {
    // Runs take the service's own catalogue: a caller never names a path on the server.
    const options: EvaluateOptions = {
      scenarios: this.scenarios,
      ...(body?.policy !== undefined && {
        policy: parseTolerancePolicyOrThrow(body.policy),
        policySource: 'given with POST /api/runs',
      }),
    };
    if (body?.vendors !== undefined) {
      if (!Array.isArray(body.vendors) || body.vendors.some((v) => typeof v !== 'string'))
        throw invalidInput('vendors: expected a list of supplier ids, e.g. ["acme"]');
      options.vendors = body.vendors;
    }
    if (body?.supplierDeadline !== undefined) {
      if (typeof body.supplierDeadline !== 'string')
        throw invalidInput(
          'supplierDeadline: expected an ISO 8601 date-time with its offset, e.g. "2026-12-15T17:00:00Z"',
        );
      options.supplierDeadline = body.supplierDeadline;
      options.deadlineField = 'supplierDeadline';
    }
    if (caller) options.startedBy = caller.name;
    return this.background.start(options);
  }

  /** Sets, moves or (null) removes the deadline of a run that waits for an exchange supplier; the timer follows. */
  async setDeadline(id: string, body: unknown, caller: Principal): Promise<RunView> {
    const deadline = (body as { deadline?: unknown } | undefined)?.deadline;
    if (deadline !== null && typeof deadline !== 'string')
      throw invalidInput(
        'deadline: expected {"deadline": "<ISO 8601 date-time with offset>"} (e.g. "2026-12-15T17:00:00Z"), or {"deadline": null} to remove it',
      );
    const run = await this.deadlines.set(id, deadline, caller.name);
    await this.watch.arm();
    return run;
  }

  /** What an awaiting run misses: one employee of one supplier per item, with the paydays (?supplier=&offset=&limit=). */
  missing(id: string, query: Record<string, unknown>) {
    only(query, ['supplier', 'offset', 'limit']);
    const supplier = typeof query.supplier === 'string' && query.supplier !== '' ? query.supplier : undefined;
    return this.evaluation.missing(id, {
      ...(supplier !== undefined && { supplier }),
      offset: whole(query, 'offset', 0, Number.MAX_SAFE_INTEGER),
      limit: whole(query, 'limit', 100, 1000),
    });
  }

  list() {
    return this.evaluation.list();
  }

  get(id: string) {
    return this.evaluation.get(id);
  }

  /** The scorecards side by side, best first; only for a finished run. */
  async comparison(id: string): Promise<{ runId: string; ranking: unknown; scorecards: unknown; scoring: unknown }> {
    const run = await this.finished(id);
    const { ranking, scorecards, scoring } = run.summary!;
    return { runId: run.id, ranking, scorecards, scoring };
  }

  /**
   * A run's findings (filtered), as JSON or CSV. For a run that has not finished they are the
   * findings so far: the answer says so in the Payproof-Partial header ("true; 120 of 400 done").
   */
  async discrepancies(id: string, query: Record<string, unknown>): Promise<Download> {
    const chosen = format(query.format, ['json', 'csv']);
    const { csvLocale } = locale(query);
    const filter = findingFilter(query);
    const run = await this.evaluation.get(id);
    const headers = run.partial
      ? { 'Payproof-Partial': `true; ${run.status}; ${run.workDone} of ${run.workTotal} done` }
      : undefined;
    const unfiltered = Object.keys(filter).length === 0;
    if (chosen === 'csv')
      return {
        type: 'text/csv; charset=utf-8',
        body: unfiltered
          ? discrepanciesCsvStream(id, this.evaluation.eachFinding(id), csvLocale)
          : discrepanciesCsv(id, await this.evaluation.findings(id, filter), csvLocale),
        ...(headers && { headers }),
      };
    const findings: FindingView[] = (await this.evaluation.findings(id, filter)).map(withBilingualTrace);
    return { type: 'application/json; charset=utf-8', body: JSON.stringify(findings), ...(headers && { headers }) };
  }

  /** The reports of a finished run: index.html (the worst findings), run.json (small), or every finding as CSV (streamed). */
  async report(id: string, query: Record<string, unknown>): Promise<Download> {
    only(query, ['format', 'lang', 'csvLocale']);
    const chosen = format(query.format, ['html', 'json', 'csv']);
    const { lang, csvLocale } = locale(query);
    const run = await this.finished(id);
    if (chosen === 'csv')
      return {
        type: 'text/csv; charset=utf-8',
        body: discrepanciesCsvStream(id, this.evaluation.eachFinding(id), csvLocale),
      };
    if (chosen === 'json')
      return {
        type: 'application/json; charset=utf-8',
        body: runJson(run, { count: await this.evaluation.countFindings(id), file: `/api/runs/${id}/discrepancies` }),
      };
    return { type: 'text/html; charset=utf-8', body: htmlReport(run, await htmlInputs(this.evaluation, id), lang) };
  }

  /** A run's defects by supplier, then rank (harm first; supplier-level failures after), optionally one supplier's or family's. */
  async defects(id: string, query: Record<string, unknown>) {
    only(query, ['supplier', 'family']);
    const text = (name: string) => {
      const v = query[name];
      if (v !== undefined && (typeof v !== 'string' || v === '')) throw invalidInput(`${name}: expected one value`);
      return v;
    };
    const defects = await this.evaluation.defects(id, { supplier: text('supplier'), family: text('family') });
    return defects.map((d) => ({ ...d, example: withBilingualTrace(d.example) }));
  }

  /** A defect's occurrences (the first root finding of each), a page at a time. */
  async occurrences(id: string, defectId: string, query: Record<string, unknown>) {
    only(query, ['supplier', 'offset', 'limit']);
    const supplier = typeof query.supplier === 'string' && query.supplier !== '' ? query.supplier : undefined;
    const page = await this.evaluation.occurrences(id, defectId, {
      ...(supplier !== undefined && { supplier }),
      offset: whole(query, 'offset', 0, Number.MAX_SAFE_INTEGER),
      limit: whole(query, 'limit', 100, 1000),
    });
    return { ...page, items: page.items.map(withBilingualTrace) };
  }

  /** A run's scenario pins, a page at a time (a large run does not list them with the run). */
  scenarioPins(id: string, query: Record<string, unknown>) {
    const family = typeof query.family === 'string' ? query.family : undefined;
    return this.evaluation.scenarioPins(id, {
      offset: whole(query, 'offset', 0, Number.MAX_SAFE_INTEGER),
      limit: whole(query, 'limit', 1000, 10_000),
      ...(family !== undefined && { family }),
    });
  }

  async statements(id: string, scenarioId: string) {
    return withBilingualLineTraces(await this.evaluation.statements(id, scenarioId));
  }

  private async finished(id: string): Promise<RunView> {
    const run = await this.evaluation.get(id);
    if (run.status !== 'finished' || !run.summary)
      throw new PayproofError(
        'CONFLICT',
        `run "${id}" is ${run.status} (${run.workDone} of ${run.workTotal} done); its scores exist once it has finished`,
      );
    return run;
  }
}
