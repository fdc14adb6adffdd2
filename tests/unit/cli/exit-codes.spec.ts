import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EXIT, exitCodeFor } from '../../../src/cli/exit-codes';

const README = readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');

/** The README's "Exit codes" table: code → meaning. */
function readmeExitCodes(): Map<number, string> {
  const section = /^### Exit codes\n([\s\S]*?)(?=^#)/m.exec(README)?.[1] ?? '';
  const rows = [...section.matchAll(/^\| (\d+) \| (.+) \|$/gm)];
  return new Map(rows.map(([, code, meaning]) => [Number(code), meaning]));
}

describe('exit codes: the code and the README say the same', () => {
  it('the README lists exactly the exit codes the CLI uses', () => {
    const table = readmeExitCodes();
    expect(table.size).toBeGreaterThan(0);
    expect([...table.keys()].sort((a, b) => a - b)).toEqual(Object.values(EXIT).sort((a, b) => a - b));
  });

  it('bad input named by the user is 2, a broken configuration 78, as the README says', () => {
    const table = readmeExitCodes();
    expect(exitCodeFor('INVALID_INPUT')).toBe(EXIT.usage);
    expect(table.get(EXIT.usage)).toMatch(/^bad input named by the user: .*--vendors nobody/);
    expect(exitCodeFor('CONFIG')).toBe(EXIT.config);
    expect(table.get(EXIT.config)).toMatch(/^a configuration problem .*vendor\.json/);
    expect(exitCodeFor('UNSUPPORTED')).toBe(EXIT.unsupported);
    expect(exitCodeFor('VENDOR_FAILURE')).toBe(EXIT.vendor);
  });
});
