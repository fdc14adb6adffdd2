import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/run-cli';
import { CHILD_TIME_LIMIT_S, timedOut } from '../../setup/time-limit';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Run the built `payproof` bin as a user would (`npm test` builds dist/ first), with no
 * standard input, and capture what it prints. A run past the time limit is killed and throws
 * an error saying it timed out, never a bare "no output". For what needs a real process: the
 * bin itself, exit codes as the shell sees them, what a fresh process loads, servers.
 */
export function runPayproof(
  args: string[],
  options: RunOptions & { nodeArgs?: string[]; timeoutS?: number } = {},
): CliRun {
  const bin = path.join(REPO_ROOT, 'bin/payproof.js');
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), bin, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    input: '',
    timeout: (options.timeoutS ?? CHILD_TIME_LIMIT_S) * 1000,
    // SIGKILL: a process that ignores SIGTERM must not hold the test past its limit.
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') {
    throw timedOut(`payproof ${args.join(' ')}`, options.timeoutS ?? CHILD_TIME_LIMIT_S, result);
  }
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

type Write = typeof process.stdout.write;

/** A stand-in for a stream's write that keeps the text and reports success as the real one does. */
function capture(chunks: string[]): Write {
  return ((chunk: string | Uint8Array, encodingOrDone?: unknown, done?: unknown) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = typeof encodingOrDone === 'function' ? encodingOrDone : done;
    if (typeof callback === 'function') process.nextTick(callback as () => void);
    return true;
  }) as Write;
}

/**
 * Run `payproof` in this process (the same runCli the bin calls, from the TypeScript sources:
 * no build needed) with its standard output and error captured and its exit code returned.
 * `cwd` and `env` apply for the run and are put back after it. Much faster than a process per
 * test; what it cannot show (the bin, a fresh process) is what runPayproof is for.
 */
export async function runInProcess(args: string[], options: RunOptions = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const { stdout, stderr } = process;
  const writes = { out: stdout.write, err: stderr.write };
  const cwd = process.cwd();
  const env = Object.entries(options.env ?? {});
  const envBefore = env.map(([key]) => [key, process.env[key]] as const);
  try {
    for (const [key, value] of env) setEnv(key, value);
    if (options.cwd !== undefined) process.chdir(options.cwd);
    stdout.write = capture(out);
    stderr.write = capture(err);
    const status = await runCli(args);
    return { status, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.write = writes.out;
    stderr.write = writes.err;
    process.chdir(cwd);
    for (const [key, value] of envBefore) setEnv(key, value);
  }
}

function setEnv(key: string, value: string | undefined): void {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}
