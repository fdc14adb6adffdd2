/**
 * The fast tests (npm run test:fast: tests/unit, tests/property) start no process: a test that
 * needs one (a command supplier, the built bin) belongs in tests/e2e. Any attempt fails the
 * test with that message instead of quietly making the inner loop slow.
 */
const STARTERS = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const;

// Node's own module object (an `import * as` would be a read-only copy of it).
const childProcess = jest.requireActual<typeof import('node:child_process')>('node:child_process');

for (const name of STARTERS) {
  jest.spyOn(childProcess, name).mockImplementation(() => {
    throw new Error(
      `child_process.${name} in a fast test: tests/unit and tests/property start no process; move this test to tests/e2e`,
    );
  });
}
