import limit from './time-limit.json';

/**
 * The one time limit of the test suite (tests/setup/time-limit.json; jest.config.js reads the
 * same file for every test and hook). It is generous on purpose: it stops a hung test, and a
 * busy machine (eight jobs on two cores) must not fail a test that would pass on an idle one.
 * Speed is measured by the benchmarks (npm run bench:*), never by a test's time limit.
 */
export const TEST_TIME_LIMIT_S: number = limit.seconds;

/**
 * A spawned process gets most of the test's limit: it is killed first, so the test can say
 * it timed out (with what it printed so far) before Jest gives up on the test itself.
 */
export const CHILD_TIME_LIMIT_S: number = Math.max(1, Math.floor(limit.seconds * 0.9));

/** The error for a child process killed at its time limit: says so, and what it printed. */
export function timedOut(what: string, seconds: number, output: { stdout?: string; stderr?: string }): Error {
  return new Error(
    `${what} timed out after ${seconds} s (the test time limit, tests/setup/time-limit.json) and was killed;\n` +
      `standard output so far:\n${output.stdout ?? ''}\nstandard error so far:\n${output.stderr ?? ''}`,
  );
}
