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

  /** A validator line `path: message` as a load error at the row and column the path came from. */
  locate(line: string): LoadError {
    const cut = line.indexOf(': ');
    const path = cut === -1 ? '' : line.slice(0, cut);
    const message = cut === -1 ? line : line.slice(cut + 2);
    const bare = path === 'scenario' ? '' : path;
    for (let p = bare; ; p = parent(p)) {
      const place = this.places.get(p);
      if (place) {
        // A message about a part with no cell of its own (a missing field) keeps the path, so it names what is missing.
        const named = place.column === undefined && p !== bare ? `${bare.slice(p.length).replace(/^\./, '')}: ` : '';
        return { file: this.file, row: place.row, column: place.column, message: `${named}${message}` };
      }
      if (p === '') break;
    }
    return { file: this.file, message: `scenario "${this.scenarioId}": ${line}` };
  }
}

function parent(path: string): string {
  const m = /^(.*?)(\.[^.[\]]+|\[\d+\])$/.exec(path);
  return m ? m[1] : '';
}
