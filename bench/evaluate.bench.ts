/**
 * Evaluation throughput with the in-process (module) supplier: scenario-supplier evaluations
 * per second and employee pay periods per second, and how the time splits between the
 * supplier, the reference, the checks and storage. Build with `npm run build`, run with
 * `npm run bench:evaluate` (optional argument: copies of the catalogue, default 10).
 *
 * Work per pair: the reference once per scenario (traced again for a scenario with a finding),
 * the supplier (twice for every request up to 1,000 employees: the same-answer check), the
 * comparison and invariants, and one SQLite transaction per chunk, on a throwaway database
 * file. Scenario ids of the copies stay within the 64 characters the scenario format allows.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUNDLED_SCENARIOS } from '../src/common/paths';
import { scenarioToJson } from '../src/domain/scenario';
import { EvaluationModule } from '../src/evaluation/evaluation.module';
import { EvaluationService } from '../src/evaluation/evaluation.service';
import { ScenarioCatalog } from '../src/scenarios/scenario-catalog.service';

const VENDOR = 'floatwise';

/** Scenario ids are at most 64 characters (scenario-format.md): a copy keeps the original's start and a short suffix. */
function copyId(id: string, copy: number, index: number): string {
  const suffix = `-c${copy + 1}n${index}`;
  return `${id.slice(0, 64 - suffix.length)}${suffix}`;
}

/** The bundled catalogue `copies` times over, each copy with its own scenario ids, as one JSON file. */
async function catalogueCopies(dir: string, copies: number): Promise<string> {
  const load = await new ScenarioCatalog().load(BUNDLED_SCENARIOS);
  const all = Array.from({ length: copies }, (_, k) =>
    load.scenarios.map(({ scenario }, i) => ({ ...scenarioToJson(scenario), id: copyId(scenario.id, k, i) })),
  ).flat();
  const file = path.join(dir, 'scenarios.json');
  writeFileSync(file, JSON.stringify(all));
  return file;
}

async function main(): Promise<void> {
  const copies = Number(process.argv[2] ?? '10');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'payproof-bench-'));
  process.env.PAYPROOF_DB = path.join(dir, 'bench.sqlite');
  const scenarios = await catalogueCopies(dir, copies);
  const app = await NestFactory.createApplicationContext(EvaluationModule, { logger: ['error'] });
  try {
    const run = await app.get(EvaluationService).start({ scenarios, vendors: VENDOR });
    const s = run.summary!;
    const pairs = run.workDone;
    const seconds = s.timings.total / 1000;
    const share = (ms: number) =>
      `${ms.toFixed(0).padStart(6)} ms  ${((100 * ms) / s.timings.total).toFixed(1).padStart(5)} %`;
    process.stdout.write(
      [
        `payproof evaluate bench: ${pairs} scenario-supplier pairs (${copies} copies of the catalogue × supplier ${VENDOR}, module transport), ${s.payPeriods} employee pay periods`,
        `node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'})`,
        '',
        `scenario-supplier evaluations per second: ${(pairs / seconds).toFixed(1)}`,
        `employee pay periods per second:          ${(s.payPeriods / seconds).toFixed(1)}`,
        `wall time:                                ${s.timings.total.toFixed(0)} ms`,
        '',
        `where the time went (waits summed over the chunks in flight and ${s.workers} worker thread(s), so they overlap and add up to more than the wall time):`,
        `  supplier (${s.sameAnswer.repeated} of ${s.sameAnswer.requests} requests twice) ${share(s.timings.supplier)}`,
        `  reference (untraced)          ${share(s.timings.reference)}`,
        `  checks (traced when wrong)    ${share(s.timings.checks)}`,
        `  storage (SQLite)              ${share(s.timings.storage)}`,
        '',
      ].join('\n'),
    );
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
