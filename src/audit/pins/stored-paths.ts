import { statSync } from 'node:fs';
import * as path from 'node:path';

/** Paths with `/` whatever the machine: a stored run reads the same on any of them. */
function portable(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * A path as a run stores it: relative to the working folder, never absolute (issue 18: a
 * stored run or report holds no machine's absolute path). A run is resumed or verified from
 * the same working folder, or with its catalogue named again.
 */
export function storedPath(p: string): string {
  return portable(path.relative(process.cwd(), path.resolve(p))) || '.';
}

/**
 * A scenario file relative to its catalogue (the folder a run was given; for a single file,
 * the file's own name): `acting-pay.csv`, `sealed/round-2.csv`.
 */
export function catalogueRelative(source: string, file: string): string {
  const root = path.resolve(source);
  const isFile = statSync(root, { throwIfNoEntry: false })?.isFile() ?? false;
  return portable(path.relative(isFile ? path.dirname(root) : root, path.resolve(file)));
}
