import { said, type Said } from '../said';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { runReference } from '../../domain/reference/engine';
import { parseScenarioOrThrow, scenarioToJson, statementToJson } from '../../domain/scenario';
import { sha256Hex } from '../hashing/canonical-json';
import { SUMS_FILE } from './pack-files';
import { saidError } from '../../submissions/refusal-text';

export interface PackCheck {
  ok: boolean;
  files: number;
  scenarios: number;
  /** What does not hold, in English, */
  problems: string[];
  /** … and the same in French, one for one. */
  problemsFr: string[];
}

/** The problems found, in both languages. */
class Problems {
  readonly en: string[] = [];
  readonly fr: string[] = [];
  push(s: Said): void {
    this.en.push(s.en);
    this.fr.push(s.fr);
  }
}

async function fileSha256(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}

async function listed(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => f !== SUMS_FILE);
}

/** Every sum of SHA256SUMS holds, and no file is in the pack that the sums do not list. */
async function checkSums(dir: string, problems: Problems): Promise<number> {
  const sums = await fs.readFile(path.join(dir, SUMS_FILE), 'utf8');
  const named = new Set<string>();
  for (const [n, line] of sums.split('\n').entries()) {
    if (line === '') continue;
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) {
      problems.push(said('audit.pack.sumsLine', { sums: SUMS_FILE, line: n + 1 }));
      continue;
    }
    named.add(m[2]);
    const file = path.join(dir, m[2]);
    if (!existsSync(file)) problems.push(said('audit.pack.missing', { file: m[2], sums: SUMS_FILE }));
    else if ((await fileSha256(file)) !== m[1])
      problems.push(said('audit.pack.changed', { file: m[2], sums: SUMS_FILE }));
  }
  for (const f of await listed(dir))
    if (!named.has(f)) problems.push(said('audit.pack.unlisted', { file: f, sums: SUMS_FILE }));
  return named.size;
}

async function* lines(file: string): AsyncIterable<unknown> {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity }))
    if (line !== '') yield JSON.parse(line);
}

interface ScenarioLine {
  id: string;
  hash: string;
  scenario: unknown;
}

/**
 * The reference recomputed from the pack's scenarios equals the pack's statements with their
 * traces, each scenario hashes to its pin, and the recomputed statements hash to the run's
 * reference hash (sha256 of their JSON without traces, as the evaluation hashed them).
 */
async function checkReference(dir: string, problems: Problems): Promise<number> {
  const refs = lines(path.join(dir, 'reference.jsonl'))[Symbol.asyncIterator]();
  let count = 0;
  for await (const raw of lines(path.join(dir, 'scenarios.jsonl'))) {
    const s = raw as ScenarioLine;
    count += 1;
    const ref = (await refs.next()).value as
      { id: string; refused?: unknown; referenceHash?: string; pays?: unknown } | undefined;
    if (!ref || ref.id !== s.id) {
      problems.push(said('audit.pack.order', { id: s.id, line: count }));
      return count;
    }
    const scenario = parseScenarioOrThrow(s.scenario);
    if (sha256Hex(JSON.stringify(scenarioToJson(scenario))) !== s.hash)
      problems.push(said('audit.pack.scenarioHash', { id: s.id, hash: s.hash.slice(0, 12) }));
    if (ref.refused !== undefined) continue;
    const result = runReference(scenario, { trace: true });
    const statements = result.pays.map((p) => statementToJson(p.statement));
    const pays = result.pays.map((p, k) => ({ statement: statements[k], lineTraces: p.lineTraces ?? [] }));
    if (JSON.stringify(pays) !== JSON.stringify(ref.pays)) problems.push(said('audit.pack.recomputed', { id: s.id }));
    if (sha256Hex(JSON.stringify(statements)) !== ref.referenceHash)
      problems.push(said('audit.pack.referenceHash', { id: s.id }));
  }
  return count;
}

/** `payproof verify --pack <dir>`: every sum, then the reference recomputed from the pack's own scenarios. */
export async function verifyPack(dir: string): Promise<PackCheck> {
  if (!existsSync(path.join(dir, SUMS_FILE)))
    throw saidError('INVALID_INPUT', 'error.audit.noSums', { dir, file: SUMS_FILE });
  const problems = new Problems();
  const files = await checkSums(dir, problems);
  const scenarios = await checkReference(dir, problems).catch((err: Error) => {
    problems.push(said('audit.pack.unreadable', { error: err.message }));
    return 0;
  });
  return { ok: problems.en.length === 0, files, scenarios, problems: problems.en, problemsFr: problems.fr };
}
