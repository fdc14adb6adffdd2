import 'reflect-metadata';
import { reportCliError, runCli } from '../../src/cli/run-cli';

/** What one run of the CLI printed and how it ended. */
export interface CliOutcome {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `payproof <args>` inside the test process, exactly as bin/payproof.js does (runCli, and
 * reportCliError for what escapes it), with standard output and error captured and the exit
 * code read back: the same doors and the same exit-code table, without starting Node each time.
 */
export async function runInProcess(args: readonly string[], env: Record<string, string> = {}): Promise<CliOutcome> {
  const saved = { argv: process.argv, exitCode: process.exitCode, env: { ...process.env } };
  const out: string[] = [];
  const err: string[] = [];
  const capture = (into: string[]) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const callback = rest.find((r): r is () => void => typeof r === 'function');
      callback?.();
      return true;
    }) as typeof process.stdout.write;
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(capture(out));
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(capture(err));
  process.argv = ['node', 'payproof', ...args];
  process.exitCode = undefined;
  Object.assign(process.env, env);
  try {
    await runCli().catch(reportCliError);
    return { status: Number(process.exitCode ?? 0), stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.argv = saved.argv;
    process.exitCode = saved.exitCode;
    for (const key of Object.keys(process.env)) if (!(key in saved.env)) delete process.env[key];
    Object.assign(process.env, saved.env);
  }
}
