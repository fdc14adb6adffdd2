import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { EvaluationModule } from '../../../src/evaluation/evaluation.module';
import { EvaluationService } from '../../../src/evaluation/evaluation.service';
import type { EvaluateOptions, FindingView, RunView } from '../../../src/evaluation/evaluation.types';
import type { WrittenReport } from '../../../src/reports/report-writer.service';

export const REPO = path.resolve(__dirname, '../../..');
export const CATALOGUE = path.join(REPO, 'test-payrolls');
export const FIXTURE_VENDORS = path.join(REPO, 'tests/fixtures/evaluate-vendors');

/** The real evaluation module on a throwaway SQLite file, as the CLI builds it. */
export async function evaluationApp(): Promise<{
  app: INestApplicationContext;
  service: EvaluationService;
  dir: string;
}> {
  const dir = mkdtempSync(path.join(tmpdir(), 'payproof-eval-'));
  process.env.PAYPROOF_DB = path.join(dir, 'runs.sqlite');
  const app = await NestFactory.createApplicationContext(EvaluationModule, { logger: ['error'] });
  return { app, service: app.get(EvaluationService), dir };
}

export interface Evaluated {
  run: RunView;
  findings: FindingView[];
  report: WrittenReport;
  service: EvaluationService;
}

/** An evaluation as `payproof evaluate` runs it: reports written before the run is finished. */
export async function evaluate(service: EvaluationService, dir: string, options: EvaluateOptions): Promise<Evaluated> {
  const { report, ...run } = await service.start({ ...options, reportsDir: path.join(dir, 'reports') });
  const findings = await service.findings(run.id);
  return { run, findings, report: report!, service };
}

export function csvCells(file: string): string[][] {
  return parse(readFileSync(file, 'utf8'), { relax_column_count: false, bom: true }) as string[][];
}
