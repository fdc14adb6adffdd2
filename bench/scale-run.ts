/**
 * One measured evaluation for `npm run bench:scale` (bench/scale.bench.ts runs this file once
 * per configuration, each in a fresh process, so peak memory is that run's own). Prints one
 * JSON line: wall and CPU time (every thread of this process), peak RSS, the suppliers'
 * processes' CPU, database and report sizes.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { EvaluationModule } from '../src/evaluation/evaluation.module';
import { EvaluationService } from '../src/evaluation/evaluation.service';

interface Args {
  scenarios: string;
  vendor: string;
  workers: number;
  dir: string;
  sameAnswerRate?: number;
}

/** CPU seconds of this process's child processes (the suppliers), read from /proc while they live. */
function supplierCpu(seen: Map<number, number>): void {
  if (!existsSync('/proc')) return;
  const ticks = 100; // USER_HZ on Linux
  for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[1]) !== process.pid) continue;
      // utime, stime, cutime, cstime (fields 14-17): the process and its waited-for children.
      const cpu = (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / ticks;
      seen.set(Number(d), Math.max(seen.get(Number(d)) ?? 0, cpu));
    } catch {
      // gone between the listing and the read
    }
  }
}

function size(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

async function main(): Promise<void> {
  const a = JSON.parse(process.argv[2]) as Args;
  process.env.PAYPROOF_DB = path.join(a.dir, 'bench.sqlite');
  const app = await NestFactory.createApplicationContext(EvaluationModule, { logger: ['error'] });
  const suppliers = new Map<number, number>();
  // Once a second: often enough for suppliers that live the whole run, cheap enough not to weigh on the figures.
  const poll = setInterval(() => supplierCpu(suppliers), 1000);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    const run = await app.get(EvaluationService).start({
      scenarios: a.scenarios,
      vendors: a.vendor,
      workers: a.workers,
      reportsDir: path.join(a.dir, 'reports'),
      ...(a.sameAnswerRate !== undefined && { sameAnswerRate: a.sameAnswerRate }),
    });
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    clearInterval(poll);
    const files = run.report!.files;
    const db = size(process.env.PAYPROOF_DB) + size(`${process.env.PAYPROOF_DB}-wal`);
    process.stdout.write(
      `${JSON.stringify({
        people: run.pins.scenarioCount,
        periods: run.summary!.payPeriods,
        workers: run.summary!.workers,
        wallMs,
        cpuMs: (cpu.user + cpu.system) / 1000,
        supplierCpuMs: [...suppliers.values()].reduce((s, c) => s + c, 0) * 1000,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
        dbBytes: db,
        findings: (JSON.parse(readFileSync(files.json, 'utf8')) as { findings: { count: number } }).findings.count,
        reports: {
          html: size(files.html),
          csv: size(files.csv),
          findings: size(files.findings),
          json: size(files.json),
        },
        sameAnswer: run.summary!.sameAnswer,
        supplierBusyMs: run.summary!.timings.supplierBusy?.[a.vendor] ?? 0,
        timings: run.summary!.timings,
      })}\n`,
    );
  } finally {
    clearInterval(poll);
    await app.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`scale run failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
