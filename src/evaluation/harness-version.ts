import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PACKAGE_ROOT } from '../common/paths';

/** The commit checked out, read from .git without running git (absent outside a clone). */
function gitCommit(root: string): string | undefined {
  try {
    const gitDir = path.join(root, '.git');
    if (!existsSync(gitDir)) return undefined;
    const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head.slice(0, 12);
    const ref = head.slice(5);
    const loose = path.join(gitDir, ref);
    if (existsSync(loose)) return readFileSync(loose, 'utf8').trim().slice(0, 12);
    const packed = readFileSync(path.join(gitDir, 'packed-refs'), 'utf8')
      .split('\n')
      .find((l) => l.endsWith(` ${ref}`));
    return packed?.slice(0, 12);
  } catch {
    return undefined;
  }
}

/** "payproof 0.1.0 (commit 95e990a1b2c3)": the package version, and the commit when run from a clone. */
export function harnessVersion(root = PACKAGE_ROOT): string {
  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const commit = gitCommit(root);
  return `payproof ${version}${commit ? ` (commit ${commit})` : ''}`;
}
