import type { TreeHash } from '../hashing/tree-hash';

/**
 * What a run pins beyond the evaluation's own pins (issue 18, Build 1): enough to say, later,
 * whether the same harness, suppliers, rules and catalogue can be had again. Stored whole with
 * the run (table run_audit) and hashed into the chain (docs/auditing.md).
 */
export interface HarnessPin {
  /**
   * 'git': `tree` hashes the source (src/, bin/, package.json, package-lock.json, tsconfig*.json)
   * of a git checkout, `commit` is HEAD and `dirty` whether those paths differ from it.
   * 'installed': no git; `tree` hashes the installed build (dist/src, bin/, package.json,
   * package-lock.json) and `dirty` is null (nothing to compare with).
   */
  source: 'git' | 'installed';
  version: string;
  commit: string | null;
  dirty: boolean | null;
  tree: TreeHash;
}

export interface SupplierFolderPin {
  id: string;
  /** Every file of vendors/<id>/, in order (tree-hash.ts). */
  folder: TreeHash;
  /**
   * The vendors folder's shared code: every folder with no vendor.json (vendors/_sim-core), which
   * any supplier may load with require('../…'). Pinned for every supplier, so an edit there
   * changes every pin rather than none.
   */
  shared: TreeHash;
  /** sha256 of the canonical JSON of the supplier's describe answer (supplier and capabilities); null when it did not answer. */
  describe: string | null;
  /** The build the supplier declared in describe (supplier.build), if any. */
  build: string | null;
  /** What the transport pins itself (an exchange supplier: its import id, package id and file hashes). */
  transport: unknown;
  /** Earlier transport pins of a resumed run (an exchange supplier's imports before the latest), oldest first. */
  earlierTransport?: unknown[];
}

export interface RulesPin {
  /** The T4127 editions the reference holds (ids), whichever the run needed. */
  editionsHeld: string[];
  /** The defect grouping's signature version (docs/defects.md). */
  signatureVersion: number;
  /**
   * sha256 of the convention registry's canonical JSON (REGISTRY, in its documentation order);
   * null in runs stored before the registry was part of the harness (their rule sources are in
   * the harness tree).
   */
  conventions: string | null;
  /** How many conventions the registry held (absent in runs stored before it). */
  conventionCount?: number;
}

export interface AuditPins {
  harness: HarnessPin;
  node: string;
  rules: RulesPin;
  suppliers: SupplierFolderPin[];
  /** The catalogue as the run was asked for it, relative to the working folder (never an absolute path). */
  catalogue: string;
}
