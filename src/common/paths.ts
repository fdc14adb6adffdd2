import * as path from 'node:path';
import * as fs from 'node:fs';

/**
 * The folder of payproof's own package (where package.json, test-payrolls/ and vendors/ are),
 * found from this file whether it runs from src/ (tests) or dist/src/ (the built bin).
 */
function isPayproofPackage(dir: string): boolean {
  try {
    return (
      (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name === 'payproof'
    );
  } catch {
    return false;
  }
}

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (isPayproofPackage(dir)) return dir;
    if (path.dirname(dir) === dir) throw new Error(`payproof's package.json was not found above ${start}`);
  }
}

export const PACKAGE_ROOT = findPackageRoot(__dirname);
export const BUNDLED_SCENARIOS = path.join(PACKAGE_ROOT, 'test-payrolls');
export const BUNDLED_VENDORS = path.join(PACKAGE_ROOT, 'vendors');
