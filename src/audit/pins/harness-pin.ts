import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PACKAGE_ROOT } from '../../common/paths';
import { treeHash } from '../hashing/tree-hash';
import type { HarnessPin } from './pins.types';

/** The harness's source as git tracks it: what decides how a run judges (vendors/, tests/, docs/ are not the harness). */
export const SOURCE_PATHS = ['src', 'bin', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
/** Without git: the build that runs and the packages it was installed with. */
export const INSTALLED_PATHS = ['dist/src', 'bin', 'package.json', 'package-lock.json'];

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function version(root: string): string {
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The harness pin. From git when the package is a checkout with git installed: the tree of
 * SOURCE_PATHS, the commit, and `dirty` when any of those paths has uncommitted changes or
 * untracked files (`git status --porcelain`). Otherwise the installed build is hashed.
 */
export function harnessPin(root: string = PACKAGE_ROOT): HarnessPin {
  const commit = existsSync(path.join(root, '.git')) ? git(root, ['rev-parse', 'HEAD']) : undefined;
  if (commit !== undefined && existsSync(path.join(root, 'src'))) {
    const status = git(root, ['status', '--porcelain', '--untracked-files=all', '--', ...SOURCE_PATHS]);
    return {
      source: 'git',
      version: version(root),
      commit,
      dirty: status === undefined ? null : status !== '',
      tree: treeHash(root, SOURCE_PATHS),
    };
  }
  return {
    source: 'installed',
    version: version(root),
    commit: null,
    dirty: null,
    tree: treeHash(root, INSTALLED_PATHS),
  };
}
