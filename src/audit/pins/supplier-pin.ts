import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { BUNDLED_VENDORS } from '../../common/paths';
import { hashOf } from '../hashing/canonical-json';
import { treeHash, type TreeHash } from '../hashing/tree-hash';
import type { SupplierFolderPin } from './pins.types';

/** The vendors folder's shared code: its folders without a vendor.json (the registry skips them as suppliers). */
export function sharedCodeHash(root: string): TreeHash {
  const shared = existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((d) => d.isDirectory() && !existsSync(path.join(root, d.name, 'vendor.json')))
        .map((d) => d.name)
    : [];
  return treeHash(root, shared);
}

export interface SupplierFacts {
  id: string;
  /** The supplier's describe answer as read (supplier and capabilities), when it answered. */
  description?: unknown;
  /** The transport's own pins (ExchangeTransport.pins()). */
  transportPins?: unknown;
}

/** A supplier's pin: its whole folder, the shared code beside it, its describe answer and declared build. */
export function supplierPin(s: SupplierFacts, vendorsRoot: string = BUNDLED_VENDORS): SupplierFolderPin {
  const described = s.description as { supplier?: { build?: unknown } } | undefined;
  const build = described?.supplier?.build;
  return {
    id: s.id,
    folder: treeHash(path.join(vendorsRoot, s.id)),
    shared: sharedCodeHash(vendorsRoot),
    describe: s.description === undefined ? null : hashOf(s.description),
    build: typeof build === 'string' ? build : null,
    transport: s.transportPins ?? null,
  };
}
