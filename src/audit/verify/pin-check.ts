import * as path from 'node:path';
import { existsSync } from 'node:fs';
import { BUNDLED_VENDORS } from '../../common/paths';
import type { AuditPins, SupplierFolderPin } from '../pins/pins.types';
import { harnessPin } from '../pins/harness-pin';
import { rulesPin } from '../pins/rules-pin';
import { sharedCodeHash } from '../pins/supplier-pin';
import { treeHash } from '../hashing/tree-hash';

/** A pin that could not be re-established: its name, what the run pinned, what is there now. */
export interface PinMismatch {
  pin: string;
  then: string;
  now: string;
  /** Whether a re-run can still be compared (false: a supplier or the catalogue is not there at all). */
  fatal: boolean;
}

const short = (h: string | null | undefined) => (h ? `${h.slice(0, 12)}…` : 'none');

function supplierFolder(p: SupplierFolderPin, root: string): PinMismatch[] {
  const dir = path.join(root, p.id);
  if (!existsSync(path.join(dir, 'vendor.json')))
    return [
      {
        pin: `suppliers.${p.id}.folder`,
        then: short(p.folder.sha256),
        now: `no supplier folder at ${p.id}/`,
        fatal: true,
      },
    ];
  const out: PinMismatch[] = [];
  const folder = treeHash(dir);
  if (folder.sha256 !== p.folder.sha256)
    out.push({
      pin: `suppliers.${p.id}.folder`,
      then: `${short(p.folder.sha256)} (${p.folder.files} files)`,
      now: `${short(folder.sha256)} (${folder.files} files)`,
      fatal: false,
    });
  const shared = sharedCodeHash(root);
  if (shared.sha256 !== p.shared.sha256)
    out.push({
      pin: `suppliers.${p.id}.shared`,
      then: `${short(p.shared.sha256)} (${p.shared.files} files)`,
      now: `${short(shared.sha256)} (${shared.files} files)`,
      fatal: false,
    });
  return out;
}

/**
 * The pins that can be checked before anything runs: the harness (tree, dirty flag), Node,
 * the rules, each supplier's folder and the shared code, and that the catalogue is there.
 * What only a re-run shows (each scenario's hash, the reference's statements, the suppliers'
 * describe answers) is compared after it (compare-runs.ts).
 */
export function checkPins(i: { pins: AuditPins; vendorsRoot?: string; catalogue: string }): PinMismatch[] {
  const out: PinMismatch[] = [];
  const h = harnessPin();
  if (h.tree.sha256 !== i.pins.harness.tree.sha256)
    out.push({ pin: 'harness.tree', then: short(i.pins.harness.tree.sha256), now: short(h.tree.sha256), fatal: false });
  if (process.version !== i.pins.node) out.push({ pin: 'node', then: i.pins.node, now: process.version, fatal: false });
  const rules = rulesPin();
  if (JSON.stringify(rules) !== JSON.stringify(i.pins.rules))
    out.push({ pin: 'rules', then: JSON.stringify(i.pins.rules), now: JSON.stringify(rules), fatal: false });
  const root = i.vendorsRoot === undefined ? BUNDLED_VENDORS : path.resolve(i.vendorsRoot);
  for (const s of i.pins.suppliers) out.push(...supplierFolder(s, root));
  if (!existsSync(i.catalogue))
    out.push({ pin: 'catalogue', then: i.pins.catalogue, now: `${i.catalogue} does not exist`, fatal: true });
  return out;
}

/** After the re-run: what each supplier said in describe, and its transport's pins. */
export function checkDescribed(then: AuditPins, now: AuditPins | null): PinMismatch[] {
  if (!now) return [];
  const out: PinMismatch[] = [];
  for (const p of then.suppliers) {
    const q = now.suppliers.find((s) => s.id === p.id);
    if (!q) continue;
    if (p.describe !== q.describe)
      out.push({ pin: `suppliers.${p.id}.describe`, then: short(p.describe), now: short(q.describe), fatal: false });
    if (p.build !== q.build)
      out.push({ pin: `suppliers.${p.id}.build`, then: String(p.build), now: String(q.build), fatal: false });
    if (JSON.stringify(p.transport) !== JSON.stringify(q.transport))
      out.push({
        pin: `suppliers.${p.id}.transport`,
        then: JSON.stringify(p.transport),
        now: JSON.stringify(q.transport),
        fatal: false,
      });
  }
  return out;
}
