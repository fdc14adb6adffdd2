import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** A folder (or a set of files) pinned by content: the same files with the same bytes give the same hash. */
export interface TreeHash {
  /** sha256 over the lines `<sha256 of the file> <path>\n`, paths relative and with `/`, in byte order. */
  sha256: string;
  files: number;
}

/** Every regular file under `dir` (recursively), relative to `base`, `/`-separated, sorted. Symbolic links are followed. */
function filesUnder(base: string, dir: string, skip: (rel: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(base, full).split(path.sep).join('/');
    if (skip(rel)) continue;
    const stat = statSync(full);
    if (stat.isDirectory()) out.push(...filesUnder(base, full, skip));
    else if (stat.isFile()) out.push(rel);
  }
  return out;
}

function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * The hash of the given paths under `base` (files, or folders taken whole): every file's
 * sha256 and relative path, one line each in byte order of the paths, hashed. A file edited,
 * added, removed or renamed changes it; timestamps and permissions do not. A path that does
 * not exist is left out (and so changes the hash when it appears).
 */
export function treeHash(
  base: string,
  paths: readonly string[] = ['.'],
  skip: (rel: string) => boolean = () => false,
): TreeHash {
  const files: string[] = [];
  for (const p of paths) {
    const full = path.resolve(base, p);
    if (!existsSync(full)) continue;
    if (statSync(full).isDirectory()) files.push(...filesUnder(base, full, skip));
    else files.push(path.relative(base, full).split(path.sep).join('/'));
  }
  const unique = [...new Set(files)].sort(byteOrder);
  const all = createHash('sha256');
  for (const rel of unique) {
    const digest = createHash('sha256')
      .update(readFileSync(path.join(base, rel)))
      .digest('hex');
    all.update(`${digest} ${rel}\n`);
  }
  return { sha256: all.digest('hex'), files: unique.length };
}

/** The sha256 of every file under `dir` (a supplier's own files, to recognise them as evidence). */
export function treeHashes(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return filesUnder(dir, dir, () => false).map((rel) =>
    createHash('sha256')
      .update(readFileSync(path.join(dir, rel)))
      .digest('hex'),
  );
}
