import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO_ROOT, type CliRun } from '../cli/run-cli';

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

/**
 * The built `payproof` bin as a user runs it, with no standard input and no terminal. A fuzz
 * run against the command supplier starts a process per request: allow it more than the
 * minute of run-cli.ts.
 */
export function runFuzz(args: string[]): CliRun {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/payproof.js'), 'fuzz', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, CI: 'true' },
    encoding: 'utf8',
    input: '',
    timeout: 110_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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
