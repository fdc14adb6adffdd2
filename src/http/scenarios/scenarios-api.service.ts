import { Inject, Injectable } from '@nestjs/common';
import { PayproofError } from '../../domain/errors';
import { scenarioToJson } from '../../domain/scenario';
import type { LoadError } from '../../scenarios/load-error';
import { ScenarioCatalog } from '../../scenarios/scenario-catalog.service';
import type { UploadedFile } from '../../submissions/submission.service';

/** Where the service's catalogue is (default: the bundled test-payrolls/). */
export const SCENARIO_SOURCE = Symbol('SCENARIO_SOURCE');

export interface ScenarioSummary {
  id: string;
  title: string;
  family: string | null;
  file: string;
  hash: string;
  events: number;
}

export interface ValidationResult {
  valid: boolean;
  scenarios: string[];
  errors: LoadError[];
}

/** The catalogue over HTTP: the same ScenarioCatalog as `payproof scenarios`. */
@Injectable()
export class ScenariosApiService {
  constructor(
    private readonly catalog: ScenarioCatalog,
    @Inject(SCENARIO_SOURCE) private readonly source: string,
  ) {}

  async list(): Promise<{ scenarios: ScenarioSummary[]; errors: LoadError[] }> {
    const load = await this.catalog.load(this.source);
    const scenarios = load.scenarios.map(({ scenario: s, file, hash }) => ({
      id: s.id,
      title: s.title,
      family: s.family ?? null,
      file,
      hash,
      events: s.events.length,
    }));
    return { scenarios, errors: load.errors };
  }

  async read(id: string): Promise<{ file: string; hash: string; scenario: unknown }> {
    const found = (await this.catalog.load(this.source)).scenarios.find((s) => s.scenario.id === id);
    if (!found)
      throw new PayproofError('NOT_FOUND', `no scenario "${id}" in the catalogue (list them with GET /api/scenarios)`);
    return { file: found.file, hash: found.hash, scenario: scenarioToJson(found.scenario) };
  }

  validate(file: UploadedFile | undefined): ValidationResult {
    if (!file)
      throw new PayproofError(
        'INVALID_INPUT',
        'file: no file was uploaded; send a .csv or .json scenario file as the multipart field "file"',
      );
    const parsed = this.catalog.parseFile(file.fileName, file.content.toString('utf8'));
    return parsed.ok
      ? { valid: true, scenarios: parsed.scenarios.map((s) => s.id), errors: [] }
      : { valid: false, scenarios: [], errors: parsed.errors };
  }
}
