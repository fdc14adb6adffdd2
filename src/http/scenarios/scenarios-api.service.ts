import { Inject, Injectable } from '@nestjs/common';
import { invalidInput, PayproofError } from '../../domain/errors';
import { scenarioToJson } from '../../domain/scenario';
import type { LoadError } from '../../scenarios/load-error';
import { ScenarioCatalog } from '../../scenarios/scenario-catalog.service';
import { screenForPersonalInformation, withheldName } from '../../submissions/privacy-screen';
import { LANGS, type Lang } from '../../submissions/reader-text';
import { SUBMISSION_LIMITS } from '../../submissions/submission-limits';
import type { UploadedFile } from '../../submissions/submission.service';
import { answerFor, type ScenarioAnswer } from '../../submissions/volunteer-answer';
import { payTables } from './pay-tables';

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
  /** For a valid file: what a correct payroll pays each scenario, and its stub lines checked. */
  answers?: ScenarioAnswer[];
}

/** What POST /api/scenarios/draft accepts: the CSV (or JSON) text the guided builder made, never stored. */
export interface DraftBody {
  fileName?: unknown;
  text?: unknown;
  lang?: unknown;
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

  payTables() {
    return payTables();
  }

  validate(file: UploadedFile | undefined, lang: Lang = 'en'): ValidationResult {
    if (!file)
      throw new PayproofError(
        'INVALID_INPUT',
        'file: no file was uploaded; send a .csv or .json scenario file as the multipart field "file"',
      );
    return this.check(file.fileName, file.content.toString('utf8'), lang);
  }

  /** A draft from the guided builder: every problem at once, or the reference's statements and the stub lines checked. */
  draft(body: DraftBody | undefined): ValidationResult {
    const { fileName = 'draft.csv', text, lang = 'en' } = body ?? {};
    if (typeof text !== 'string' || text.length > SUBMISSION_LIMITS.maxBytes)
      throw invalidInput(`text: expected the scenario file's text, at most ${SUBMISSION_LIMITS.maxBytes} bytes`);
    if (typeof fileName !== 'string' || !/\.(csv|json)$/i.test(fileName))
      throw invalidInput(`fileName: expected a name ending in .csv or .json, e.g. my-pay.csv`);
    if (!(LANGS as readonly unknown[]).includes(lang)) throw invalidInput(`lang: expected en or fr`);
    return this.check(fileName, text, lang as Lang);
  }

  /** Screened first (nothing is stored here either, but a refused value is never sent back), then validated. */
  private check(fileName: string, text: string, lang: Lang): ValidationResult {
    const refused = screenForPersonalInformation(fileName, text);
    if (refused.length > 0) return { valid: false, scenarios: [], errors: withheldName(refused, fileName) };
    const parsed = this.catalog.parseFile(fileName, text);
    if (!parsed.ok) return { valid: false, scenarios: [], errors: parsed.errors };
    return {
      valid: true,
      scenarios: parsed.scenarios.map((s) => s.id),
      errors: [],
      answers: parsed.scenarios.map((s) => answerFor(s, lang)),
    };
  }
}
