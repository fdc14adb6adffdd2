import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { BUNDLED_VENDORS } from '../common/paths';
import { PayproofError } from '../domain/errors';
import { Manifest, MANIFEST_FILE, readManifest } from './manifest';
import { createTransport } from './transports';
import { ProtocolAdapterOptions, ProtocolVendorAdapter } from './vendor-adapter';
import type { VendorTransport } from './vendor-transport';

/**
 * Every supplier plugged into a vendors/ folder: one sub-folder per supplier, named by its
 * id, holding vendor.json. Adding a supplier is adding a folder. Folders without a vendor.json
 * (shared helper code) are skipped. A bad manifest disables its own supplier only: the others
 * load, disabled() names it with the reason, and asking for it by id is an error giving it.
 */
export interface VendorRegistryOptions {
  /** Default: the package's own vendors/ folder. */
  root?: string;
  /** Replaces createTransport, for tests with fake transports. */
  transportFor?: (manifest: Manifest, manifestDir: string) => VendorTransport;
  /** Passed to every adapter (cut-off convention, request ids, exchange log). */
  adapterOptions?: Pick<ProtocolAdapterOptions, 'convention' | 'nextRequestId' | 'onExchange'>;
}

/** A supplier whose vendor.json could not be used: it takes no part, and says why. */
export interface DisabledVendor {
  /** The folder's name, which is the supplier's id when its manifest is right. */
  id: string;
  manifestPath: string;
  reason: string;
}

/** How a supplier that could not be started is reported; the others still run. */
export interface StartFailure {
  id: string;
  error: Error;
}

export class VendorRegistry {
  private constructor(
    private readonly adapters: ReadonlyMap<string, ProtocolVendorAdapter>,
    private readonly broken: ReadonlyMap<string, DisabledVendor> = new Map(),
  ) {}

  static load(opts: VendorRegistryOptions = {}): VendorRegistry {
    const root = opts.root ?? BUNDLED_VENDORS;
    const adapters = new Map<string, ProtocolVendorAdapter>();
    const broken = new Map<string, DisabledVendor>();
    // The package's own vendors/ may be absent (git keeps no empty folder): then no supplier is plugged in.
    if (opts.root === undefined && !existsSync(root)) return new VendorRegistry(adapters);
    for (const folder of manifestFolders(root)) {
      const file = path.join(root, folder, MANIFEST_FILE);
      // Named relative to where the user is when it is below it, else in full.
      const relative = path.relative(process.cwd(), file);
      const display = relative && !relative.startsWith('..') ? relative : file;
      try {
        adapters.set(folder, plugIn({ opts, folder, file, display }));
      } catch (err) {
        broken.set(folder, { id: folder, manifestPath: display, reason: reasonOf(err, display) });
      }
    }
    return new VendorRegistry(adapters, broken);
  }

  /** Suppliers left out because their vendor.json is not usable, by folder name. */
  disabled(): DisabledVendor[] {
    return [...this.broken.values()];
  }

  /** Every known id, sorted. */
  ids(): string[] {
    return [...this.adapters.keys()];
  }

  get(id: string): ProtocolVendorAdapter {
    const adapter = this.adapters.get(id);
    if (!adapter) throw this.notAvailable([id], 'vendor');
    return adapter;
  }

  /**
   * The adapters chosen by `--vendors id,id` (text or list); every usable supplier when nothing
   * is chosen. A choice that names no id at all (`--vendors ''`) is bad input, not "every
   * supplier"; so is an unknown id (the caller named it; exit 2, HTTP 422), listing the known
   * ones; a supplier disabled by its broken vendor.json is a CONFIG error giving the reason.
   */
  select(selection?: string | readonly string[]): ProtocolVendorAdapter[] {
    if (selection === undefined) return [...this.adapters.values()];
    const ids = parseSelection(selection);
    if (ids.length === 0)
      throw new PayproofError(
        'INVALID_INPUT',
        `expected one or more supplier ids separated by commas, e.g. ${this.ids().slice(0, 2).join(',') || 'acme'}; found ${JSON.stringify(typeof selection === 'string' ? selection : [...selection])}, which names none (leave it out to evaluate every supplier)`,
        undefined,
        { field: 'vendors' },
      );
    const missing = ids.filter((id) => !this.adapters.has(id));
    if (missing.length > 0) throw this.notAvailable(missing, 'vendors');
    return ids.map((id) => this.adapters.get(id)!);
  }

  /** Unknown ids name the known ones; a disabled id says why it is disabled. */
  private notAvailable(ids: readonly string[], field: string): PayproofError {
    const disabled = ids.map((id) => this.broken.get(id)).filter((d): d is DisabledVendor => d !== undefined);
    if (disabled.length > 0) {
      // The reason names the manifest and its field: the place to fix, whichever flag asked for the supplier.
      const reasons = disabled.map((d) => `supplier "${d.id}" is disabled: ${d.reason}`).join('\n');
      return new PayproofError('CONFIG', reasons, { disabled });
    }
    return unknownVendor({ unknown: ids, known: this.ids(), field });
  }

  /** Starts the given adapters (default: all) side by side; one that cannot start does not stop the others. */
  async start(adapters: readonly ProtocolVendorAdapter[] = [...this.adapters.values()]): Promise<StartFailure[]> {
    const settled = await Promise.allSettled(adapters.map((a) => a.start()));
    return settled.flatMap((s, i) =>
      s.status === 'rejected' ? [{ id: adapters[i].id, error: asError(s.reason) }] : [],
    );
  }

  /** Stops every adapter (safe to call twice): kills the suppliers' processes. */
  async stop(): Promise<void> {
    await Promise.allSettled([...this.adapters.values()].map((a) => a.stop()));
  }
}

interface Plug {
  opts: VendorRegistryOptions;
  folder: string;
  file: string;
  display: string;
}

/** One folder's supplier, or a CONFIG error naming its manifest and what is wrong. */
function plugIn({ opts, folder, file, display }: Plug): ProtocolVendorAdapter {
  const { manifest, sha256 } = readManifest(file, display);
  if (manifest.id !== folder) {
    throw new PayproofError(
      'CONFIG',
      `${display}: id "${manifest.id}" does not match its folder "${folder}" (expected "${folder}")`,
    );
  }
  const transport = (opts.transportFor ?? createTransport)(manifest, path.dirname(file));
  return new ProtocolVendorAdapter({
    ...opts.adapterOptions,
    manifest,
    manifestHash: sha256,
    transport,
    manifestPath: display,
  });
}

function reasonOf(err: unknown, display: string): string {
  if (err instanceof PayproofError) return err.message;
  return `${display}: cannot be read: ${(err as Error).message}`;
}

function manifestFolders(root: string): string[] {
  if (!existsSync(root)) throw new PayproofError('CONFIG', `vendors folder ${root} does not exist`);
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, MANIFEST_FILE)))
    .map((d) => d.name)
    .sort();
}

/** "acme, globex" or ["acme", "globex"] → ["acme", "globex"], without blanks or repeats. */
export function parseSelection(selection?: string | readonly string[]): string[] {
  const parts = typeof selection === 'string' ? selection.split(',') : [...(selection ?? [])];
  return [...new Set(parts.map((p) => p.trim()).filter((p) => p !== ''))];
}

/** The ids asked for that no vendor.json holds, and the field that named them (vendor or vendors). */
interface UnknownVendors {
  unknown: readonly string[];
  known: readonly string[];
  field: string;
}

function unknownVendor({ unknown, known, field }: UnknownVendors): PayproofError {
  const which =
    unknown.length === 1
      ? `unknown vendor "${unknown[0]}"`
      : `unknown vendors ${unknown.map((u) => `"${u}"`).join(', ')}`;
  return new PayproofError(
    'INVALID_INPUT',
    `${which}; known vendors: ${known.length > 0 ? known.join(', ') : '(none)'}`,
    { unknown, known },
    { field },
  );
}

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}
