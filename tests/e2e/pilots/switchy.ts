import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const SWITCHABLE = path.resolve(__dirname, '../../fixtures/pilot-vendors/switchable.js');

/**
 * A folder of simulated suppliers for one round, each with its defect switches written into its
 * own index.js (suppliers get no environment from the harness): a new folder per round, so no
 * module cache keeps an earlier round's switches.
 */
export function supplierFolder(root: string, suppliers: Record<string, { name: string; switches: object }>): string {
  mkdirSync(root, { recursive: true });
  for (const [id, { name, switches }] of Object.entries(suppliers)) {
    const dir = path.join(root, id);
    mkdirSync(dir);
    const manifest = {
      id,
      name,
      version: '1.0.0',
      protocol: 'payproof-vendor/1',
      transport: { kind: 'module', entry: './index.js', timeoutMs: 60000 },
    };
    writeFileSync(path.join(dir, 'vendor.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(
      path.join(dir, 'index.js'),
      `'use strict';\nexports.handle = require(${JSON.stringify(SWITCHABLE)}).supplier(${JSON.stringify(name)}, ${JSON.stringify(switches)});\n`,
    );
  }
  return root;
}
