import { createHash } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { once } from 'node:events';
import { saidError } from '../../submissions/refusal-text';

/** The evidence pack's format name, in manifest.json. */
export const PACK_FORMAT = 'payproof-evidence-pack/1';
export const SUMS_FILE = 'SHA256SUMS';

/** A file of the pack being written, hashed as it is written (a pack of any size streams). */
export class PackFile {
  private readonly hash = createHash('sha256');
  private readonly out;
  bytes = 0;

  constructor(
    private readonly root: string,
    readonly name: string,
  ) {
    this.out = createWriteStream(path.join(root, name));
  }

  async write(text: string): Promise<void> {
    this.hash.update(text);
    this.bytes += Buffer.byteLength(text);
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  /** One canonical-enough JSON value per line (JSON.stringify of plain data, key order as built). */
  line(value: unknown): Promise<void> {
    return this.write(`${JSON.stringify(value)}\n`);
  }

  async close(): Promise<{ name: string; sha256: string; bytes: number }> {
    this.out.end();
    await once(this.out, 'finish');
    return { name: this.name, sha256: this.hash.digest('hex'), bytes: this.bytes };
  }
}

/** The pack's folder: new, or empty. */
export async function packFolder(dir: string): Promise<void> {
  const entries = await fs.readdir(dir).catch(() => undefined);
  if (entries !== undefined && entries.length > 0)
    throw saidError('INVALID_INPUT', 'error.audit.packNotEmpty', { dir });
  await fs.mkdir(path.join(dir, 'answers'), { recursive: true });
}

/** `sha256sum -c` reads this: `<sha256>  <path>` per file, paths in byte order. */
export function sumsText(files: ReadonlyArray<{ name: string; sha256: string }>): string {
  return [...files]
    .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))
    .map((f) => `${f.sha256}  ${f.name}\n`)
    .join('');
}
