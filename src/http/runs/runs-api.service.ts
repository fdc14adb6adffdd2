import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { PayproofError, invalidInput } from '../../domain/errors';
import { parseTolerancePolicyOrThrow } from '../../domain/checks/parse-tolerance-policy';
import { EvaluationService } from '../../evaluation/evaluation.service';
import type { EvaluateOptions, FindingFilterOptions, FindingView, RunView } from '../../evaluation/evaluation.types';
import { discrepanciesCsv } from '../../reports/discrepancies-csv';
import { htmlReport } from '../../reports/html-report';
import { runJson } from '../../reports/report-writer.service';
import { BackgroundRuns } from '../../submissions/start-in-background';
import { SCENARIO_SOURCE } from '../scenarios/scenarios-api.service';
import { PolicyService } from '../../evaluation/policy.service';

/** What POST /api/runs accepts: suppliers to include (default all) and a policy for this run only (default the current one). */
export interface StartRunBody {
  vendors?: string[];
  policy?: unknown;
}

export interface Download {
  type: string;
  body: string;
}

const FILTERS: Record<string, keyof FindingFilterOptions> = {
  supplier: 'vendorId',
  family: 'family',
  severity: 'severity',
  scenario: 'scenarioId',
  kind: 'kind',
};
const SEVERITIES = ['high', 'medium', 'low'];

/** Reads the query's filters; an unknown filter or severity is named, with the known ones. */
export function findingFilter(query: Record<string, unknown>): FindingFilterOptions {
  const filter: FindingFilterOptions = {};
  for (const [name, value] of Object.entries(query)) {
    if (name === 'format') continue;
    const key = FILTERS[name];
    if (key === undefined)
      throw invalidInput(
        `${name}: unknown filter; the filters are ${Object.keys(FILTERS).join(', ')} (and format=json|csv)`,
      );
    if (typeof value !== 'string' || value === '') throw invalidInput(`${name}: expected one value, e.g. ?${name}=...`);
    if (name === 'severity' && !SEVERITIES.includes(value))
      throw invalidInput(`severity: expected one of ${SEVERITIES.join(', ')}, found "${value}"`);
    filter[key] = value;
  }
  return filter;
}

function format(value: unknown, allowed: readonly string[]): string {
  const chosen = value === undefined ? allowed[0] : typeof value === 'string' ? value : JSON.stringify(value);
  if (!allowed.includes(chosen)) throw invalidInput(`format: expected one of ${allowed.join(', ')}, found "${chosen}"`);
  return chosen;
}

/**
 * The evaluation service over HTTP. A run is started in the background: the answer (202)
 * comes as soon as the run exists, and its progress is read with GET /api/runs/:id.
 */
@Injectable()
export class RunsApiService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('runs');
  private readonly background: BackgroundRuns;

  constructor(
    private readonly evaluation: EvaluationService,
    private readonly policies: PolicyService,
    @Inject(SCENARIO_SOURCE) private readonly scenarios: string,
  ) {
    this.background = new BackgroundRuns(evaluation, (err) =>
      this.logger.error(`run failed: ${(err as Error).message}`),
    );
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.background.settled();
  }

  async start(body: StartRunBody | undefined): Promise<RunView> {
    // Runs take the service's own catalogue: a caller never names a path on the server.
    const options: EvaluateOptions = {
      scenarios: this.scenarios,
      policy: body?.policy === undefined ? await this.policies.current() : parseTolerancePolicyOrThrow(body.policy),
    };
    if (body?.vendors !== undefined) {
      if (!Array.isArray(body.vendors) || body.vendors.some((v) => typeof v !== 'string'))
        throw invalidInput('vendors: expected a list of supplier ids, e.g. ["acme"]');
      options.vendors = body.vendors;
    }
    return this.background.start(options);
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

  async discrepancies(id: string, query: Record<string, unknown>): Promise<FindingView[] | Download> {
    const chosen = format(query.format, ['json', 'csv']);
    const findings = await this.evaluation.findings(id, findingFilter(query));
    return chosen === 'csv' ? { type: 'text/csv; charset=utf-8', body: discrepanciesCsv(findings) } : findings;
  }

  async report(id: string, query: Record<string, unknown>): Promise<Download> {
    const chosen = format(query.format, ['html', 'json', 'csv']);
    const run = await this.finished(id);
    const findings = await this.evaluation.findings(id);
    if (chosen === 'csv') return { type: 'text/csv; charset=utf-8', body: discrepanciesCsv(findings) };
    if (chosen === 'json') return { type: 'application/json; charset=utf-8', body: runJson(run, findings) };
    return { type: 'text/html; charset=utf-8', body: htmlReport(run, findings) };
  }

  statements(id: string, scenarioId: string) {
    return this.evaluation.statements(id, scenarioId);
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
