import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runInProcess, REPO_ROOT } from '../cli/run-cli';
import { NestFactory } from '@nestjs/core';
import { EvaluationModule } from '../../../src/evaluation/evaluation.module';
import { EvaluationService } from '../../../src/evaluation/evaluation.service';
import type { FindingView } from '../../../src/evaluation/evaluation.types';

/**
 * Issue 16, item 3, end to end with the exchange example supplier: a run of floatwise (live)
 * and quickpay-exchange with no import waits (exit 5, status awaiting-supplier) and says what
 * is missing; registers imported for part of the employees, a resume judges them and still
 * waits, with fewer missing; a deadline set in the past finishes the run, the missing answers
 * judged as missed pays "by the deadline", the imported ones exactly as in a run where every
 * register was imported from the start.
 */
jest.setTimeout(300_000);

const SCENARIOS = path.join(REPO_ROOT, 'test-payrolls/acting-pay.csv');
const VENDORS = 'floatwise,quickpay-exchange';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'payproof-awaiting-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI on its own database and exchange store (one pilot, `name`). */
const env = (name: string) => ({
  PAYPROOF_DB: path.join(dir, `${name}.sqlite`),
  PAYPROOF_EXCHANGE: path.join(dir, `${name}-exchange`),
  PAYPROOF_REPORTS: path.join(dir, `${name}-reports`),
  CI: 'true',
});
const payproof = (name: string, args: string[]) => runInProcess(args, { env: env(name) });

/** The supplier's side: its registers for the whole package, then a copy with only `keep` employees' rows. */
function registers(): { all: string; part: string; kept: Set<string> } {
  const out = path.join(dir, 'outbound');
  const all = path.join(dir, 'registers');
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'vendors/quickpay-exchange/run-exchange.js'), out, all]);
  const part = path.join(dir, 'registers-part');
  cpSync(all, part, { recursive: true });
  const ids = new Set<string>();
  const csvs = readdirSync(part).filter((f) => f.endsWith('.csv'));
  for (const f of csvs)
    for (const line of readFileSync(path.join(part, f), 'utf8').split('\n').slice(1))
      if (line.includes(';')) ids.add(line.split(';')[0]);
  const kept = new Set([...ids].sort().slice(0, Math.ceil(ids.size / 2)));
  for (const f of csvs) {
    const [head, ...rows] = readFileSync(path.join(part, f), 'utf8').split('\n');
    writeFileSync(
      path.join(part, f),
      [head, ...rows.filter((l) => !l.includes(';') || kept.has(l.split(';')[0]))].join('\n'),
    );
  }
  return { all, part, kept };
}

/** quickpay-exchange's findings in a stored run, read through the evaluation module on that pilot's store. */
async function findingsOf(name: string, runId: string): Promise<FindingView[]> {
  const saved = { db: process.env.PAYPROOF_DB, exchange: process.env.PAYPROOF_EXCHANGE };
  process.env.PAYPROOF_DB = env(name).PAYPROOF_DB;
  process.env.PAYPROOF_EXCHANGE = env(name).PAYPROOF_EXCHANGE;
  const app = await NestFactory.createApplicationContext(EvaluationModule, { logger: ['error'] });
  try {
    return await app.get(EvaluationService).findings(runId, { vendorId: 'quickpay-exchange' });
  } finally {
    await app.close();
    for (const [key, value] of [
      ['PAYPROOF_DB', saved.db],
      ['PAYPROOF_EXCHANGE', saved.exchange],
    ] as const)
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  }
}

it('waits for quickpay-exchange, judges what is imported on resume, and finishes at the deadline', async () => {
  const exported = await payproof('pilot', [
    'exchange',
    'export',
    '--vendor',
    'quickpay-exchange',
    '--scenarios',
    SCENARIOS,
    '--out',
    path.join(dir, 'outbound'),
    '--deadline',
    '2099-12-31T17:00:00-05:00',
  ]);
  expect(exported.status).toBe(0);
  // The supplier is told the deadline beside the package (not in SHA256SUMS: a moved deadline asks nothing new).
  const notice = readFileSync(path.join(dir, 'outbound', 'DEADLINE.md'), 'utf8');
  expect(notice).toContain('by **2099-12-31T22:00:00.000Z** (UTC)');
  expect(notice).toContain('au plus tard le **2099-12-31T22:00:00.000Z** (UTC)');
  expect(readFileSync(path.join(dir, 'outbound', 'SHA256SUMS'), 'utf8')).not.toContain('DEADLINE');
  const { all, part, kept } = registers();

  // No import yet: floatwise is judged whole, quickpay-exchange waits.
  const first = await payproof('pilot', [
    'evaluate',
    '--scenarios',
    SCENARIOS,
    '--vendors',
    VENDORS,
    '--supplier-deadline',
    '2099-12-31T17:00:00-05:00',
  ]);
  expect({ status: first.status, stdout: first.stdout }).toMatchObject({ status: 5 });
  const runId = /Run (\S+) is awaiting a supplier/.exec(first.stdout)?.[1];
  expect(runId).toBeDefined();
  expect(first.stdout).toMatch(/quickpay-exchange: (\d+) employee\(s\), (\d+) pay run\(s\) with no register yet/);
  expect(first.stdout).toContain('Deadline: 2099-12-31T22:00:00.000Z.');
  expect(first.stdout).toContain(
    `payproof exchange import --vendor quickpay-exchange <folder|zip>, then payproof evaluate --resume ${runId}`,
  );
  const missingAtFirst = Number(/quickpay-exchange: (\d+) employee/.exec(first.stdout)![1]);

  // Registers for half of the employees: the resume judges them and still waits for the rest.
  expect(
    (await payproof('pilot', ['exchange', 'import', '--vendor', 'quickpay-exchange', '--scenarios', SCENARIOS, part]))
      .status,
  ).toBe(0);
  const second = await payproof('pilot', ['evaluate', '--resume', runId!]);
  expect(second.status).toBe(5);
  const missingNow = Number(/quickpay-exchange: (\d+) employee/.exec(second.stdout)![1]);
  expect(missingNow).toBeLessThan(missingAtFirst);
  expect(missingNow).toBeGreaterThan(0);

  // The deadline moved to the past: the resume judges the missing answers as missed pays and finishes.
  const last = await payproof('pilot', ['evaluate', '--resume', runId!, '--supplier-deadline', '2026-01-01T00:00:00Z']);
  expect({ status: last.status, stderr: last.stderr.slice(-500) }).toMatchObject({ status: 0 });

  // A run where every register was imported from the start, on its own store.
  expect(
    (await payproof('whole', ['exchange', 'import', '--vendor', 'quickpay-exchange', '--scenarios', SCENARIOS, all]))
      .status,
  ).toBe(0);
  const whole = await payproof('whole', ['evaluate', '--scenarios', SCENARIOS, '--vendors', VENDORS]);
  expect(whole.status).toBe(0);
  const wholeId = /reports\/([^/]+)\/index\.html/.exec(whole.stdout)?.[1];
  expect(wholeId).toBeDefined();

  const waited = await findingsOf('pilot', runId!);
  const missed = waited.filter((f) => f.check === 'awaiting-supplier');
  expect(missed).toHaveLength(missingNow);
  for (const f of missed) expect(f.message).toContain('no answer by the deadline 2026-01-01T00:00:00.000Z');
  expect(missed.every((f) => !kept.has(f.scenarioId))).toBe(true);
  const imported = (fs: FindingView[]) => fs.filter((f) => kept.has(f.scenarioId));
  expect(imported(waited).length).toBeGreaterThan(0);
  expect(imported(waited)).toEqual(imported(await findingsOf('whole', wholeId!)));
});
