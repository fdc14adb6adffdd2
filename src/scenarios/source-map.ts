import type { Words } from '../domain/scenario';
import type { LoadError } from './load-error';

/**
 * Where each part of a scenario built from CSV came from, so a validator message about
 * `events[3].effective` can be shown as "row 9, column "effective"". Keys are the JSON paths
 * as the validator prints them ("" for the scenario itself).
 */
export class SourceMap {
  private readonly places = new Map<string, { row: number; column?: string }>();

  constructor(
    private readonly file: string,
    private readonly scenarioId: string,
  ) {}

  add(path: string, place: { row: number; column?: string }): void {
    this.places.set(path.replace(/^\./, ''), place);
  }

  /** A validator line `path: message` (in both languages) as a load error at the row and column the path came from. */
  locate(line: Words): LoadError {
    const en = split(line.en, ': ');
    const fr = split(line.fr, ' : ');
    const bare = en.path === 'scenario' ? '' : en.path;
    for (let p = bare; ; p = parent(p)) {
      const place = this.places.get(p);
      if (place) {
        // A message about a part with no cell of its own (a missing field) keeps the path, so it names what is missing.
        const named = place.column === undefined && p !== bare ? bare.slice(p.length).replace(/^\./, '') : '';
        return {
          file: this.file,
          row: place.row,
          column: place.column,
          message: this.inCsvWords(named ? `${named}: ${en.message}` : en.message),
          messageFr: this.inCsvWords(named ? `${named} : ${fr.message}` : fr.message),
        };
      }
      if (p === '') break;
    }
    return {
      file: this.file,
      message: `scenario "${this.scenarioId}": ${this.inCsvWords(line.en)}`,
      messageFr: `scénario "${this.scenarioId}" : ${this.inCsvWords(line.fr)}`,
    };
  }

  /**
   * A validator message names JSON fields ("give annualRate instead", "outside payRuns"); in a
   * CSV file the volunteer knows them by their columns ("annual_rate", "first_payday..last_payday").
   */
  private inCsvWords(message: string): string {
    const columns = new Map<string, Set<string>>();
    for (const [path, place] of this.places) {
      if (place.column === undefined) continue;
      const keys = path.split(/[.[\]]+/).filter((k) => k !== '' && !/^\d+$/.test(k));
      const leaf = keys[keys.length - 1];
      const parent = keys[keys.length - 2];
      if (leaf !== undefined) (columns.get(leaf) ?? columns.set(leaf, new Set()).get(leaf)!).add(place.column);
      if (parent !== undefined) (columns.get(parent) ?? columns.set(parent, new Set()).get(parent)!).add(place.column);
    }
    return message.replace(/\b[a-z]+[A-Z][A-Za-z]*\b/g, (word) => {
      const found = [...(columns.get(word) ?? [])];
      return found.length === 0 ? word : found.join('..');
    });
  }
}

/** `path: message` → its path and message (`separator` is ": " in English, " : " in French). */
function split(line: string, separator: string): { path: string; message: string } {
  const cut = line.indexOf(separator);
  return cut === -1
    ? { path: '', message: line }
    : { path: line.slice(0, cut), message: line.slice(cut + separator.length) };
}

function parent(path: string): string {
  const m = /^(.*?)(\.[^.[\]]+|\[\d+\])$/.exec(path);
  return m ? m[1] : '';
}
