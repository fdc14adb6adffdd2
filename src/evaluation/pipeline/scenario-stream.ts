import { createHash } from 'node:crypto';
import type { Scenario } from '../../domain/scenario';
import { catalogueRelative } from '../../audit/pins/stored-paths';
import { formatLoadError, type LoadError } from '../../scenarios/load-error';
import { scenarioHash, type ScenarioCatalog } from '../../scenarios/scenario-catalog.service';
import type { PrivacyError } from '../../submissions/privacy-screen';
import { screenScenarioFiles } from '../../submissions/screen-files';

/** A scenario in a chunk: where it came from, its hash and its place in the catalogue. */
export interface ChunkScenario {
  scenario: Scenario;
  /** Relative to the catalogue (issue 18). */
  file: string;
  hash: string;
  seq: number;
}

export interface Chunk {
  index: number;
  items: ChunkScenario[];
  /** sha256 over the ids and hashes, in order: the same chunk of the same catalogue has the same digest. */
  digest: string;
}

/** What the first pass over the catalogue learns: how many scenarios, which files to skip, the problems. */
export interface CatalogueScan {
  count: number;
  files: number;
  /** Files that take no part (a parse error, personal information, or an id another file already used): all or nothing per file. */
  skipped: Set<string>;
  /** The first problems, one line each (the rest are counted). */
  errors: string[];
  errorCount: number;
}

const MAX_ERRORS_KEPT = 200;

/**
 * The catalogue read twice, file by file, so memory never holds more than one file and the
 * chunks in flight: a first pass counts the scenarios (progress has a total from the start)
 * and finds the files that take no part; the second cuts the same sequence into chunks of
 * `size` consecutive scenarios. The cut depends only on the catalogue, so a resumed run cuts
 * exactly the same chunks.
 */
export class ScenarioStream {
  constructor(
    private readonly catalog: ScenarioCatalog,
    private readonly source: string,
  ) {}

  /** A scenario file as a run stores it: relative to the catalogue (issue 18). */
  relative(file: string): string {
    return catalogueRelative(this.source, file);
  }

  async scan(onFile?: (files: number, scenarios: number) => void): Promise<CatalogueScan> {
    const scan: CatalogueScan = { count: 0, files: 0, skipped: new Set(), errors: [], errorCount: 0 };
    const firstFile = new Map<string, string>();
    const problem = (e: LoadError) => {
      scan.errorCount += 1;
      if (scan.errors.length < MAX_ERRORS_KEPT) scan.errors.push(formatLoadError(e));
    };
    for await (const { file, parsed } of this.catalog.eachFile(this.source)) {
      scan.files += 1;
      // The privacy screen first (issue 19): a file holding what looks like personal information
      // takes no part, and nothing of it is kept, not even in the problem's wording.
      const refused = await screenScenarioFiles([file]);
      if (refused.length > 0) {
        scan.skipped.add(file);
        refused.forEach((e) => problem(withheld(e)));
      } else if (!parsed.ok) {
        scan.skipped.add(file);
        parsed.errors.forEach(problem);
      } else {
        const reused = reusedIds(file, parsed.scenarios, firstFile);
        if (reused.length > 0) {
          scan.skipped.add(file);
          reused.forEach(problem);
        } else {
          for (const s of parsed.scenarios) firstFile.set(s.id, file);
          scan.count += parsed.scenarios.length;
        }
      }
      onFile?.(scan.files, scan.count);
    }
    return scan;
  }

  async *chunks(size: number, skipped: ReadonlySet<string>): AsyncIterable<Chunk> {
    let items: ChunkScenario[] = [];
    let index = 0;
    let seq = 0;
    for await (const { file, parsed } of this.catalog.eachFile(this.source)) {
      if (!parsed.ok || skipped.has(file)) continue;
      // Stored, and sent to queue workers, relative to the catalogue (issue 18): no machine's path.
      const stored = this.relative(file);
      for (const scenario of parsed.scenarios) {
        items.push({ scenario, file: stored, hash: scenarioHash(scenario), seq: seq++ });
        if (items.length === size) {
          yield chunk(index++, items);
          items = [];
        }
      }
    }
    if (items.length > 0) yield chunk(index, items);
  }
}

function chunk(index: number, items: ChunkScenario[]): Chunk {
  const digest = createHash('sha256');
  for (const i of items) digest.update(`${i.scenario.id} ${i.hash}\n`);
  return { index, items, digest: digest.digest('hex') };
}

function reusedIds(file: string, scenarios: Scenario[], firstFile: ReadonlyMap<string, string>): LoadError[] {
  const here = new Set<string>();
  return scenarios.flatMap((s) => {
    const seen = firstFile.get(s.id) ?? (here.has(s.id) ? 'this file' : undefined);
    here.add(s.id);
    return seen === undefined
      ? []
      : [
          {
            file,
            message: `scenario id "${s.id}" is already used in ${seen}; ids must be unique across the catalogue`,
          },
        ];
  });
}

/**
 * A privacy refusal as the run may keep it: where (row, column) and what it looks like, never
 * the refused text; a file whose own name holds the identifier is named by its folder alone.
 */
function withheld(e: PrivacyError): LoadError {
  const folder = e.file.split(/[\\/]/).slice(0, -1).join('/');
  const file = e.inFileName ? `${folder === '' ? '' : `${folder}/`}(a file whose name is withheld)` : e.file;
  return { file, row: e.row, column: e.column, message: e.message };
}
