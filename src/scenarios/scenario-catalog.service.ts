import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseScenario, Scenario, scenarioToJson, windowNotes } from '../domain/scenario';
import { jsonSyntaxError } from '../domain/scenario/parse-result';
import { scenariosFromCsv, ScenarioFileResult } from './csv-scenarios';
import { type LoadError, said } from './load-error';
import { saidError } from '../submissions/refusal-text';
import { say, type Lang } from '../submissions/reader-text';

/** A scenario as loaded: where it came from, and the hash that pins it in a run. */
export interface LoadedScenario {
  scenario: Scenario;
  file: string;
  /** sha256 of the scenario's canonical JSON: the same scenario written differently hashes the same. */
  hash: string;
}

export interface CatalogLoad {
  files: string[];
  scenarios: LoadedScenario[];
  errors: LoadError[];
  /** Not problems: facts worth a look, e.g. a scenario whose person is not employed in the pays asked for. */
  notes: LoadError[];
}

/**
 * Guard: the largest scenario file read. A population generated for a large run is written as
 * many files of a few thousand scenarios; one file past this is refused before it is read, so
 * a wrong file (a database dump, a video) costs nothing.
 */
export const MAX_SCENARIO_FILE_BYTES = 16 * 1024 * 1024;

/** Files in a catalogue folder that are not scenarios: the volunteers' blank template. */
const NOT_SCENARIOS = new Set(['template.csv']);

/**
 * A folder's `regressions/` subfolder is not part of it: the fuzzer's minimal counterexamples
 * (src/fuzz) are not real-life pay projects (issue 14). Name the folder to load them:
 * `--scenarios test-payrolls/regressions`.
 */
const SET_APART = 'regressions';

export function scenarioHash(scenario: Scenario): string {
  return createHash('sha256')
    .update(JSON.stringify(scenarioToJson(scenario)))
    .digest('hex');
}

function fromJson(file: string, text: string): ScenarioFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return {
      ok: false,
      errors: [{ file, ...said({ en: jsonSyntaxError(text, err), fr: jsonSyntaxError(text, err, 'fr') }) }],
    };
  }
  const items = Array.isArray(value) ? value : [value];
  const errors: LoadError[] = [];
  const scenarios: Scenario[] = [];
  items.forEach((item, i) => {
    const parsed = parseScenario(item);
    const prefix = Array.isArray(value) ? `[${i}] ` : '';
    if (parsed.ok) scenarios.push(parsed.value);
    else
      errors.push(
        ...parsed.errors.map((message, j) => ({
          file,
          message: `${prefix}${message}`,
          messageFr: `${prefix}${parsed.errorsFr?.[j] ?? message}`,
        })),
      );
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenarios };
}

/** Ids of `scenarios` already used by an earlier file, or twice in this one. */
function duplicateIds(file: string, scenarios: Scenario[], firstFile: ReadonlyMap<string, string>): LoadError[] {
  const here = new Set<string>();
  return scenarios.flatMap((scenario) => {
    const earlier = firstFile.get(scenario.id);
    const seen = earlier ?? (here.has(scenario.id) ? 'this file' : undefined);
    here.add(scenario.id);
    return seen === undefined
      ? []
      : [
          {
            file,
            ...said({
              en: `scenario id "${scenario.id}" is already used in ${seen}; ids must be unique across the catalogue`,
              fr: `l’identifiant de scénario "${scenario.id}" est déjà utilisé dans ${earlier ?? 'ce fichier'}; les identifiants doivent être uniques dans le catalogue`,
            }),
          },
        ];
  });
}

const WHAT_A_FILE_HOLDS =
  'a CSV file needs rows below its column names, with record = scenario; a JSON file, a scenario or a list of them';
const NO_SCENARIO_IN_FILE = `the file has no scenario in it (${WHAT_A_FILE_HOLDS})`;
const NO_SCENARIO_IN_FILE_FR =
  'le fichier ne contient aucun scénario (un fichier CSV a besoin de lignes sous ses noms de colonnes, avec record = scenario; un fichier JSON, d’un scénario ou d’une liste de scénarios)';

/** A target with no scenario at all, in the same words for every door (validate, evaluate). */
export function noScenario(target: string, empty: readonly string[]): Error {
  const which = (lang: Lang) =>
    empty.length === 1
      ? say(lang, 'error.scenarios.oneHas', { file: empty[0] })
      : say(lang, 'error.scenarios.manyHave', { files: empty.join(', ') });
  return saidError('INVALID_INPUT', 'error.scenarios.none', { target, which: { en: which('en'), fr: which('fr') } });
}

/** CSV or JSON by the file's extension. */
function parseAny(display: string, text: string): ScenarioFileResult {
  return display.toLowerCase().endsWith('.json') ? fromJson(display, text) : scenariosFromCsv(display, text);
}

/** Scenarios from CSV or JSON files: the catalogue in test-payrolls/ and volunteers' submissions. */
@Injectable()
export class ScenarioCatalog {
  /**
   * One uploaded file's scenarios, all or nothing. `display` is how the file is named in errors.
   * A file with no scenario in it is a problem here: an upload is one file, so it holds nothing.
   */
  parseFile(display: string, text: string): ScenarioFileResult {
    const parsed = parseAny(display, text);
    if (!parsed.ok || parsed.scenarios.length > 0) return parsed;
    return { ok: false, errors: [{ file: display, message: NO_SCENARIO_IN_FILE, messageFr: NO_SCENARIO_IN_FILE_FR }] };
  }

  /**
   * Every scenario under `target` (a file, or a folder searched recursively for .csv and .json).
   * A target holding no scenario at all (only column names, an empty list) is INVALID_INPUT, so
   * every door that loads it (validate, evaluate) says so the same way.
   */
  async load(target: string): Promise<CatalogLoad> {
    const files = await this.scenarioFiles(target);
    const result: CatalogLoad = { files: files.map((f) => this.display(f)), scenarios: [], errors: [], notes: [] };
    const firstFile = new Map<string, string>();
    const empty: string[] = [];
    for (const file of files) {
      const display = this.display(file);
      const parsed = await this.readFile(file, display);
      if (!parsed.ok) {
        result.errors.push(...parsed.errors);
        continue;
      }
      if (parsed.scenarios.length === 0) empty.push(display);
      // All or nothing here too: a file reusing an id loads none of its scenarios.
      const reused = duplicateIds(display, parsed.scenarios, firstFile);
      if (reused.length > 0) {
        result.errors.push(...reused);
        continue;
      }
      for (const scenario of parsed.scenarios) {
        firstFile.set(scenario.id, display);
        result.scenarios.push({ scenario, file: display, hash: scenarioHash(scenario) });
        result.notes.push(...windowNotes(scenario).map((message) => ({ file: display, message })));
      }
    }
    if (result.scenarios.length === 0 && result.errors.length === 0) throw noScenario(target, empty);
    return result;
  }

  /**
   * The scenario files under `target` one at a time, each parsed as a whole (all or nothing),
   * in the same order as load(): for a catalogue of any size, read file by file.
   */
  async *eachFile(target: string): AsyncIterable<{ file: string; parsed: ScenarioFileResult }> {
    for (const file of await this.scenarioFiles(target)) {
      const display = this.display(file);
      yield { file: display, parsed: await this.readFile(file, display) };
    }
  }

  /** One file, refused before reading when it is over the size limit. */
  private async readFile(file: string, display: string): Promise<ScenarioFileResult> {
    const { size } = await fs.stat(file);
    if (size > MAX_SCENARIO_FILE_BYTES) {
      const mb = (size / 1024 / 1024).toFixed(1);
      const max = MAX_SCENARIO_FILE_BYTES / 1024 / 1024;
      const message = `the file is ${mb} MB (${size} bytes), over the limit of ${max} MB for one scenario file; split it into several files in one folder (a folder is read as one catalogue)`;
      const messageFr = `le fichier fait ${mb} Mo (${size} octets), au-delà de la limite de ${max} Mo pour un fichier de scénarios; divisez-le en plusieurs fichiers dans un même dossier (un dossier est lu comme un seul catalogue)`;
      return { ok: false, errors: [{ file: display, message, messageFr }] };
    }
    return parseAny(display, await fs.readFile(file, 'utf8'));
  }

  private display(file: string): string {
    const rel = path.relative(process.cwd(), file);
    return rel.startsWith('..') ? file : rel;
  }

  private async scenarioFiles(target: string): Promise<string[]> {
    const stat = await fs.stat(target).catch(() => undefined);
    if (!stat) throw saidError('INVALID_INPUT', 'error.scenarios.noTarget', { target });
    if (stat.isFile()) return [path.resolve(target)];
    const entries = await fs.readdir(target, { recursive: true, withFileTypes: true });
    const root = path.resolve(target);
    const setApart = (dir: string) => path.relative(root, path.resolve(dir)).split(path.sep).includes(SET_APART);
    const files = entries
      .filter(
        (e) => e.isFile() && /\.(csv|json)$/i.test(e.name) && !NOT_SCENARIOS.has(e.name) && !setApart(e.parentPath),
      )
      .map((e) => path.resolve(e.parentPath, e.name))
      .sort();
    if (files.length === 0) throw saidError('INVALID_INPUT', 'error.scenarios.noFiles', { target });
    return files;
  }
}
