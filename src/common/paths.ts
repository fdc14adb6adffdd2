import * as path from 'node:path';
import * as fs from 'node:fs';

/**
 * The folder of payproof's own package (where package.json, test-payrolls/ and vendors/ are),
 * found from this file whether it runs from src/ (tests) or dist/src/ (the built bin).
 */
function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'test-payrolls'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return path.resolve(start, '../..');
    dir = up;
  }
}

export const PACKAGE_ROOT = findPackageRoot(__dirname);
export const BUNDLED_SCENARIOS = path.join(PACKAGE_ROOT, 'test-payrolls');
export const BUNDLED_VENDORS = path.join(PACKAGE_ROOT, 'vendors');
