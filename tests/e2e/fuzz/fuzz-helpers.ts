import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runPayproof } from '../cli/run-cli';

export interface DefectJson {
  signature: string;
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

/** `payproof fuzz ... --json` through the built bin, as a user runs it. */
export function fuzzJson(args: string[]): { status: number | null; report: ReportJson; stderr: string } {
  const run = runPayproof(['fuzz', ...args, '--json'], { env: { CI: 'true' } });
  let report: ReportJson;
  try {
    report = JSON.parse(run.stdout) as ReportJson;
  } catch {
    throw new Error(`payproof fuzz printed no JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return { status: run.status, report, stderr: run.stderr };
}

export const FIXTURE_VENDORS = path.join(__dirname, '../../fixtures/fuzz-vendors');
