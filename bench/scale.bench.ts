/**
 * Evaluation at scale: generated populations (payproof scenarios generate) through one
 * supplier, each configuration in a fresh process. Prints, per run: people, employee pay
 * periods per second (wall and per CPU second), peak RSS, database bytes per employee, report
 * sizes, the harness's share of the CPU (beside the supplier's own processes), for a supplier
 * in its own processes (daycount, quickpay-cli) the harness's share of the time (supplierShare
 * below), the load average; then what 430,000 employees would take here and on 16 cores.
 * `--workers 0` runs the reference and the checks in the main thread, one after the other, so
 * their times are their cost: with an HTTP supplier it prints the least share of the time a
 * harness doing nothing else could keep on this machine's cores.
 *
 *   npm run build && npm run bench:scale -- [--employees 5000,20000,50000] [--workers 1,2]
 *     [--vendor floatwise] [--year 2026] [--seed 1] [--same-answer-rate 0.05]
 *
 * Run it with `nice` on a shared machine and read the load average it prints: the CPU figures
 * (per CPU second) hold under load, the wall figures do not.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PopulationGenerator } from '../src/scenarios/generate/population-generator.service';

const WHOLE_PUBLIC_SERVICE = 430_000;

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const list = (text: string) => text.split(',').map((t) => Number(t.trim()));

interface Measured {
  people: number;
  periods: number;
  workers: number;
  wallMs: number;
  cpuMs: number;
  supplierCpuMs: number;
  peakRssMb: number;
  dbBytes: number;
  findings: number;
  reports: { html: number; csv: number; findings: number; json: number };
  sameAnswer: { rate: number; requests: number; repeated: number };
  supplierBusyMs: number;
  /** Where the run's time went (src/evaluation/stage-timer.ts); with 0 workers the reference and the checks run in this thread, one after another. */
  timings: { reference: number; checks: number };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

async function population(root: string, employees: number, seed: number, year: number): Promise<string> {
  const dir = path.join(root, `pop-${employees}-${seed}-${year}`);
  if (existsSync(dir) && readdirSync(dir).length > 0) return dir;
  mkdirSync(dir, { recursive: true });
  await new PopulationGenerator().generate({
    employees,
    seed,
    years: { first: year, last: year },
    out: dir,
    perFile: 2000,
  });
  return dir;
}

function measure(args: Record<string, unknown>): Measured {
  const child = path.join(__dirname, 'scale-run.js');
  const r = spawnSync(process.execPath, [child, JSON.stringify(args)], { encoding: 'utf8', input: '' });
  if (r.status !== 0) throw new Error(`scale run ${JSON.stringify(args)} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measured;
}

const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
const perPeriod = (ms: number, m: Measured) => `${(ms / m.periods).toFixed(3)} ms`;

/**
 * How much of the wall time the supplier can have been working, and so the harness's own share
 * of the time (the rest), three ways. Its requests in flight: an upper bound, since a request
 * counts as in flight until the harness reads the answer, and while a busy harness thread holds
 * the answer unread, or the supplier waits for a core the harness holds. The supplier's own CPU
 * time over the wall time: what it worked, for a supplier on this machine. And with 0 workers
 * (the reference and the checks timed one after the other in one thread), the floor on `cores`
 * cores: the run needs at least (reference + checks + supplier CPU) ÷ cores of wall time, of
 * which the supplier works at most its CPU time, whatever else the harness stops doing.
 */
function supplierShare(m: Measured, cores: number): string[] {
  const lines = [
    `  harness share of the time: ${pct(1 - m.supplierBusyMs / m.wallMs)} with no request in flight to the supplier (a request is in flight until the harness reads its answer: this understates the harness's share when it is busy)`,
  ];
  if (m.supplierCpuMs <= 0) return lines;
  lines.push(
    `  the supplier's own CPU: ${perPeriod(m.supplierCpuMs, m)} per period, working ${pct(m.supplierCpuMs / m.wallMs)} of the wall time at most: the harness's share of the time at least ${pct(1 - m.supplierCpuMs / m.wallMs)}`,
  );
  if (m.workers !== 0) return lines;
  const { reference, checks } = m.timings;
  const floorWall = Math.max(m.supplierCpuMs, (reference + checks + m.supplierCpuMs) / cores);
  lines.push(
    `  reference ${perPeriod(reference, m)} and checks ${perPeriod(checks, m)} per period (one thread, wall): a harness doing nothing else, on ${cores} cores shared with the supplier, keeps at least ${pct(1 - m.supplierCpuMs / floorWall)} of the time for itself`,
  );
  return lines;
}

function row(m: Measured, loadBefore: string, cores: number): string {
  const perWall = (m.periods * 1000) / m.wallMs;
  const perCpu = (m.periods * 1000) / m.cpuMs;
  const share = (100 * m.cpuMs) / (m.cpuMs + m.supplierCpuMs);
  return [
    `${m.people} people × ${m.workers} worker(s): ${m.periods} employee-pay-periods in ${(m.wallMs / 1000).toFixed(1)} s`,
    `  periods/s: ${perWall.toFixed(0)} (wall), ${perCpu.toFixed(0)} per CPU second of the harness (${(m.cpuMs / 1000).toFixed(1)} CPU s)`,
    `  peak RSS: ${m.peakRssMb.toFixed(0)} MB; database: ${mb(m.dbBytes)} = ${(m.dbBytes / m.people / 1024).toFixed(1)} KB per employee; findings: ${m.findings}`,
    `  reports: index.html ${mb(m.reports.html)}, discrepancies.csv ${mb(m.reports.csv)}, findings.jsonl ${mb(m.reports.findings)}, run.json ${mb(m.reports.json)}`,
    `  same answer twice: ${m.sameAnswer.repeated} of ${m.sameAnswer.requests} requests; harness share of CPU (beside the supplier's processes): ${share.toFixed(0)} %`,
    ...supplierShare(m, cores),
    `  load average before / after: ${loadBefore} / ${load()}`,
  ].join('\n');
}

/** 430,000 people at the CPU cost per period measured, on `cores` cores kept busy (the harness and a module supplier share them). */
function extrapolate(m: Measured, cores: number): string {
  const periodsPerPerson = m.periods / m.people;
  const cpuPerPeriodMs = m.cpuMs / m.periods;
  const seconds = (WHOLE_PUBLIC_SERVICE * periodsPerPerson * cpuPerPeriodMs) / 1000 / cores;
  return `${(seconds / 60).toFixed(0)} min on ${cores} cores`;
}

async function main(): Promise<void> {
  const employees = list(flag('employees', '5000'));
  const workers = list(flag('workers', String(os.availableParallelism())));
  const vendor = flag('vendor', 'floatwise');
  const year = Number(flag('year', '2026'));
  const seed = Number(flag('seed', '1'));
  const rate = process.argv.includes('--same-answer-rate') ? Number(flag('same-answer-rate', '0.05')) : undefined;
  const root = mkdtempSync(path.join(os.tmpdir(), 'payproof-scale-'));
  process.stdout.write(
    `payproof bench:scale: supplier ${vendor}, node ${process.version}, ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown'}), load average ${load()}\n\n`,
  );
  const results: Measured[] = [];
  try {
    for (const n of employees) {
      const scenarios = await population(root, n, seed, year);
      for (const w of workers) {
        const dir = mkdtempSync(path.join(root, 'run-'));
        const before = load();
        const m = measure({ scenarios, vendor, workers: w, dir, ...(rate !== undefined && { sameAnswerRate: rate }) });
        results.push(m);
        process.stdout.write(`${row(m, before, os.availableParallelism())}\n\n`);
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const largest = results.reduce((a, b) => (b.people > a.people ? b : a));
    process.stdout.write(
      `430,000 employees × one year at the CPU cost per period of the largest run (${largest.people} people): ${extrapolate(largest, 2)}, ${extrapolate(largest, 16)} (if the work spreads over every core; the figures above show how far it does)\n`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
