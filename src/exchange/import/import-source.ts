import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import * as yauzl from 'yauzl';
import { sha256 } from '../outbound/package-files';
import { saidError } from '../../submissions/refusal-text';

/**
 * What a supplier sent back, read from a folder (recursively) or a zip file, every file with
 * its name inside it ("/" between folders), its bytes and its SHA-256. yauzl refuses entry
 * names that are absolute or climb out with "..", and checks each entry's declared size; the
 * limits below keep a zip bomb from filling memory.
 */
export interface SourceFile {
  name: string;
  data: Buffer;
  sha256: string;
}

export interface ImportSource {
  path: string;
  kind: 'folder' | 'zip';
  /** Of the zip file itself. */
  sha256?: string;
  files: SourceFile[];
}

export const LIMITS = { fileBytes: 256 * 1024 * 1024, totalBytes: 1024 * 1024 * 1024, files: 10_000 };

export async function readImportSource(target: string): Promise<ImportSource> {
  const stat = await fs.stat(target).catch(() => {
    throw saidError('INVALID_INPUT', 'error.exchange.noSource', { target });
  });
  if (stat.isDirectory()) return { path: target, kind: 'folder', files: await readFolder(target) };
  if (!target.toLowerCase().endsWith('.zip')) throw saidError('INVALID_INPUT', 'error.exchange.notZip', { target });
  const bytes = await fs.readFile(target);
  return { path: target, kind: 'zip', sha256: sha256(bytes), files: await readZip(target, bytes) };
}

async function readFolder(root: string): Promise<SourceFile[]> {
  const names = (await fs.readdir(root, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
  const budget = new Budget(root);
  const files: SourceFile[] = [];
  for (const name of names) {
    const data = await fs.readFile(path.join(root, ...name.split('/')));
    budget.take(name, data.length);
    files.push({ name, data, sha256: sha256(data) });
  }
  return files;
}

async function readZip(file: string, bytes: Buffer): Promise<SourceFile[]> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  } catch (err) {
    throw saidError('INVALID_INPUT', 'error.exchange.unreadableZip', { file, reason: (err as Error).message });
  }
  const budget = new Budget(file);
  const files: SourceFile[] = [];
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      if (entry.fileName.endsWith('/')) continue; // a folder
      budget.take(entry.fileName, entry.uncompressedSize);
      const data = await readAll(await zip.openReadStreamPromise(entry));
      files.push({ name: entry.fileName, data, sha256: sha256(data) });
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'INVALID_INPUT') throw err;
    throw saidError('INVALID_INPUT', 'error.exchange.badZip', { file, reason: (err as Error).message });
  } finally {
    zip.close();
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = () => zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
    zip.once('entry', (entry: yauzl.Entry) => (cleanup(), resolve(entry)));
    zip.once('end', () => (cleanup(), resolve(undefined)));
    zip.once('error', (err: Error) => (cleanup(), reject(err)));
    zip.readEntry();
  });
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** How much may still be read: per file, in total, and how many files. */
class Budget {
  private total = 0;
  private count = 0;

  constructor(private readonly source: string) {}

  take(name: string, bytes: number): void {
    const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;
    if (++this.count > LIMITS.files)
      throw saidError('INVALID_INPUT', 'error.exchange.tooManyFiles', { source: this.source, max: LIMITS.files });
    if (bytes > LIMITS.fileBytes)
      throw saidError('INVALID_INPUT', 'error.exchange.fileTooLarge', {
        source: this.source,
        name,
        size: mib(bytes),
        max: mib(LIMITS.fileBytes),
      });
    this.total += bytes;
    if (this.total > LIMITS.totalBytes)
      throw saidError('INVALID_INPUT', 'error.exchange.tooLarge', { source: this.source, max: mib(LIMITS.totalBytes) });
  }
}
