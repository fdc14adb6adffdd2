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
 * (shared helper code) are skipped; a bad manifest stops loading with an error naming the file.
 */
export interface VendorRegistryOptions {
  /** Default: the package's own vendors/ folder. */
  root?: string;
  /** Replaces createTransport, for tests with fake transports. */
  transportFor?: (manifest: Manifest, manifestDir: string) => VendorTransport;
  /** Passed to every adapter (cut-off convention, request ids, exchange log). */
  adapterOptions?: Pick<ProtocolAdapterOptions, 'convention' | 'nextRequestId' | 'onExchange'>;
}

/** How a supplier that could not be started is reported; the others still run. */
export interface StartFailure {
  id: string;
  error: Error;
}

export class VendorRegistry {
  private constructor(private readonly adapters: ReadonlyMap<string, ProtocolVendorAdapter>) {}

  static load(opts: VendorRegistryOptions = {}): VendorRegistry {
    const root = opts.root ?? BUNDLED_VENDORS;
    const adapters = new Map<string, ProtocolVendorAdapter>();
    // The package's own vendors/ may be absent (git keeps no empty folder): then no supplier is plugged in.
    if (opts.root === undefined && !existsSync(root)) return new VendorRegistry(adapters);
    for (const folder of manifestFolders(root)) {
      const file = path.join(root, folder, MANIFEST_FILE);
      const display = path.relative(process.cwd(), file) || file;
      const { manifest, sha256 } = readManifest(file, display);
      if (manifest.id !== folder) {
        throw new PayproofError(
          'CONFIG',
          `${display}: id "${manifest.id}" does not match its folder "${folder}" (expected "${folder}")`,
        );
      }
      const transport = (opts.transportFor ?? createTransport)(manifest, path.dirname(file));
      adapters.set(
        folder,
        new ProtocolVendorAdapter({
          ...opts.adapterOptions,
          manifest,
          manifestHash: sha256,
          transport,
          manifestPath: display,
        }),
      );
    }
    return new VendorRegistry(adapters);
  }

  /** Every known id, sorted. */
  ids(): string[] {
    return [...this.adapters.keys()];
  }

  get(id: string): ProtocolVendorAdapter {
    const adapter = this.adapters.get(id);
    if (!adapter) throw unknownVendor({ unknown: [id], known: this.ids(), field: 'vendor' });
    return adapter;
  }

  /**
   * The adapters chosen by `--vendors id,id` (text or list); every supplier when nothing is
   * chosen. An unknown id is bad input (the caller named it; exit 2, HTTP 422) listing the
   * known ones; a broken vendors/ folder is a CONFIG error.
   */
  select(selection?: string | readonly string[]): ProtocolVendorAdapter[] {
    const ids = parseSelection(selection);
    if (ids.length === 0) return [...this.adapters.values()];
    const unknown = ids.filter((id) => !this.adapters.has(id));
    if (unknown.length > 0) throw unknownVendor({ unknown, known: this.ids(), field: 'vendors' });
    return ids.map((id) => this.adapters.get(id)!);
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
