// The one time limit for every test and hook (spawned processes get 90% of it): see
// tests/setup/time-limit.ts for why it is generous.
const { seconds } = require('./tests/setup/time-limit.json');

const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] };
const shared = { testEnvironment: 'node', transform, moduleFileExtensions: ['ts', 'js', 'json'] };

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default is one worker fewer than the cores: one worker on a two-core machine.
  maxWorkers: '100%',
  testTimeout: seconds * 1000,
  projects: [
    {
      // npm run test:fast: the domain and everything else in-process, no child process (guarded).
      ...shared,
      displayName: 'fast',
      // Property tests take their seed from FC_SEED (tests/fixtures/arbitraries.ts): replayable.
      testMatch: [
        '<rootDir>/src/**/*.spec.ts',
        '<rootDir>/tests/unit/**/*.spec.ts',
        '<rootDir>/tests/property/**/*.spec.ts',
      ],
      setupFiles: ['<rootDir>/tests/setup/no-child-processes.ts'],
    },
    {
      // The doors as a user meets them: the CLI (in-process where it can, the built bin where it
      // must), HTTP on a throwaway database, supplier processes, the dashboard in a browser.
      ...shared,
      displayName: 'e2e',
      // tests/corpus: the bad-input corpus, every case through a real door (issue 20).
      testMatch: [
        '<rootDir>/tests/e2e/**/*.spec.ts',
        '<rootDir>/tests/browser/**/*.spec.ts',
        '<rootDir>/tests/corpus/**/*.spec.ts',
      ],
    },
  ],
};
