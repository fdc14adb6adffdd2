import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { PayproofError } from '../../domain/errors';
import {
  IMPORT_FORMAT,
  type AnswerRecord,
  type ImportProvenance,
  type ImportStore,
  type ProvenanceDraft,
  type StoredImport,
} from './import-store';

/**
 * The import store as files under the data folder (PAYPROOF_EXCHANGE, default data/exchange):
 *
 *   <vendor>/<import-id>/provenance.json   who, when, which files and their hashes
 *   <vendor>/<import-id>/answers.jsonl     one answer a line, by employee then payday
 *   <vendor>/latest.json                   { "importId": … }, written last
 *
 * An import is written into a hidden folder and renamed into place, then latest.json is
 * replaced, so a reader never sees half an import. Reading checks answers.jsonl against the
 * hash in provenance.json: a changed answer is refused, not judged.
 */
const ANSWERS = 'answers.jsonl';
const PROVENANCE = 'provenance.json';
const LATEST = 'latest.json';

export class FileImportStore implements ImportStore {
  constructor(private readonly root: string) {}

  async save(draft: ProvenanceDraft, records: readonly AnswerRecord[]): Promise<ImportProvenance> {
    const text = records.map((r) => `${JSON.stringify(r)}\n`).join('');
    const sha256 = createHash('sha256').update(text).digest('hex');
    const importId = `${draft.importedAt.replace(/[-:.]/g, '')}-${sha256.slice(0, 12)}`;
    const employees = new Set(records.map((r) => r.employeeId)).size;
    const statements = records.filter((r) => 'statement' in r).length;
    const provenance: ImportProvenance = {
      ...draft,
      importId,
      answers: { sha256, employees, statements, declined: records.length - statements },
    };
    const vendorDir = path.join(this.root, draft.vendorId);
    const staging = path.join(vendorDir, `.${importId}.partial`);
    await fs.mkdir(staging, { recursive: true });
    await fs.writeFile(path.join(staging, ANSWERS), text);
    await fs.writeFile(path.join(staging, PROVENANCE), `${JSON.stringify(provenance, null, 2)}\n`);
    await fs.rename(staging, path.join(vendorDir, importId));
    await replaceFile(path.join(vendorDir, LATEST), `${JSON.stringify({ importId }, null, 2)}\n`);
    return provenance;
  }

  async latest(vendorId: string): Promise<StoredImport | undefined> {
    const vendorDir = path.join(this.root, vendorId);
    const pointer = await readJson<{ importId?: unknown }>(path.join(vendorDir, LATEST));
    if (pointer === undefined) return undefined;
    if (typeof pointer.importId !== 'string' || !/^[0-9TZ]+-[0-9a-f]{12}$/.test(pointer.importId))
      throw broken(path.join(vendorDir, LATEST), 'expected { "importId": "<time>-<hash>" }');
    const dir = path.join(vendorDir, pointer.importId);
    const provenance = await readJson<ImportProvenance>(path.join(dir, PROVENANCE));
    if (provenance?.format !== IMPORT_FORMAT)
      throw broken(path.join(dir, PROVENANCE), `missing, or not a ${IMPORT_FORMAT} provenance record`);
    return new FileStoredImport(path.join(dir, ANSWERS), provenance);
  }
}

type Range = { start: number; end: number };

class FileStoredImport implements StoredImport {
  private index?: Promise<Map<string, Range>>;

  constructor(
    private readonly file: string,
    readonly provenance: ImportProvenance,
  ) {}

  async answersFor(employeeId: string): Promise<AnswerRecord[]> {
    this.index ??= indexAnswers(this.file, this.provenance.answers.sha256);
    const range = (await this.index).get(employeeId);
    if (range === undefined) return [];
    const handle = await fs.open(this.file, 'r');
    try {
      const buffer = Buffer.alloc(range.end - range.start);
      await handle.read(buffer, 0, buffer.length, range.start);
      return buffer
        .toString('utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as AnswerRecord)
        .filter((record) => record.employeeId === employeeId);
    } finally {
      await handle.close();
    }
  }
}

/**
 * Byte range of each employee's lines (they are contiguous), built in one streamed pass that
 * also hashes the file: memory follows the number of employees, not of statements.
 */
async function indexAnswers(file: string, expectedSha256: string): Promise<Map<string, Range>> {
  const index = new Map<string, Range>();
  const hash = createHash('sha256');
  let offset = 0;
  let pending = Buffer.alloc(0);
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    pending = Buffer.concat([pending, chunk]);
    let newline: number;
    while ((newline = pending.indexOf(0x0a)) !== -1) {
      const line = pending.subarray(0, newline).toString('utf8');
      const { employeeId } = JSON.parse(line) as { employeeId: string };
      const range = index.get(employeeId);
      const end = offset + newline + 1;
      index.set(employeeId, { start: range?.start ?? offset, end });
      offset = end;
      pending = pending.subarray(newline + 1);
    }
  }
  const actual = hash.digest('hex');
  if (actual !== expectedSha256)
    throw broken(
      file,
      `its sha256 is ${actual}, but the import recorded ${expectedSha256}: it was changed after the import`,
    );
  return index;
}

async function readJson<T>(file: string): Promise<T | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw broken(file, 'not valid JSON');
  }
}

/** Written beside, then renamed over: a reader sees the old file or the new one, never half of one. */
async function replaceFile(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, text);
  await fs.rename(temp, file);
}

function broken(file: string, why: string): PayproofError {
  return new PayproofError('CONFIG', `exchange import store: ${file}: ${why}`);
}
