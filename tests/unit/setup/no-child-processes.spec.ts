import { execFileSync, spawn } from 'node:child_process';
import * as childProcess from 'node:child_process';

/** The guard of the fast tests (tests/setup/no-child-processes.ts) holds, whichever way a process is started. */
describe('fast tests start no process', () => {
  it('refuses spawn, execFileSync and the namespace import alike, saying where such a test belongs', () => {
    const message = /tests\/unit and tests\/property start no process; move this test to tests\/e2e/;
    expect(() => spawn(process.execPath, ['-e', '0'])).toThrow(message);
    expect(() => execFileSync(process.execPath, ['-e', '0'])).toThrow(message);
    expect(() => childProcess.fork('-e')).toThrow(message);
  });
});
