import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { type CliRun, runPayproof } from '../cli/run-cli';

export interface DefectJson {
  signature: string;
  title: { en: string; fr: string } | null;
  reproducedAlone: boolean;
  finding: string;
  run: number;
  counterexample: { events: Array<Record<string, unknown>>; payRuns: { from: string; to: string } };
  saved: { file: string; written: boolean } | null;
}

export interface ReportJson {
  vendor: string;
  seed: number;
  runs: number;
  failing: number;
  defects: DefectJson[];
}

/** A throwaway regressions folder: tests never write into the real test-payrolls/regressions/. */
export const tempOut = () => mkdtempSync(path.join(tmpdir(), 'payproof-fuzz-'));

/** The built `payproof fuzz` as a user runs it (run-cli.ts: no standard input, the one time limit). */
export function runFuzz(args: string[]): CliRun {
  return runPayproof(['fuzz', ...args], { env: { CI: 'true' } });
}

/** `payproof fuzz ... --json`: the report. */
export function fuzzJson(args: string[]): { status: number | null; report: ReportJson; stderr: string } {
  const run = runFuzz([...args, '--json']);
  let report: ReportJson;
  try {
    report = JSON.parse(run.stdout) as ReportJson;
  } catch {
    throw new Error(`payproof fuzz printed no JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return { status: run.status, report, stderr: run.stderr };
}

export const FIXTURE_VENDORS = path.join(__dirname, '../../fixtures/fuzz-vendors');
