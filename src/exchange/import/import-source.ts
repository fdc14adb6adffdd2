import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import * as yauzl from 'yauzl';
import { invalidInput } from '../../domain/errors';
import { sha256 } from '../outbound/package-files';

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
    throw invalidInput(`${target}: no such file or folder (expected the folder or .zip of registers to import)`);
  });
  if (stat.isDirectory()) return { path: target, kind: 'folder', files: await readFolder(target) };
  if (!target.toLowerCase().endsWith('.zip'))
    throw invalidInput(`${target}: expected a folder or a .zip file of registers, found another kind of file`);
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
    throw invalidInput(`${file}: not a readable zip file (${(err as Error).message})`);
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
    throw invalidInput(`${file}: cannot be read as a zip file (${(err as Error).message})`);
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
      throw invalidInput(`${this.source}: more than ${LIMITS.files} files (expected the registers of one import)`);
    if (bytes > LIMITS.fileBytes)
      throw invalidInput(
        `${this.source}: ${name} is ${mib(bytes)}, over the ${mib(LIMITS.fileBytes)} limit of one file`,
      );
    this.total += bytes;
    if (this.total > LIMITS.totalBytes)
      throw invalidInput(
        `${this.source}: the files add up to more than ${mib(LIMITS.totalBytes)}, the limit of one import`,
      );
  }
}
