import { Option } from 'commander';
import type { CommandEntry, CommandSpec } from '../../../src/cli/command-spec';
import { COMMANDS } from '../../../src/cli/commands';
import { runInProcess } from './run-cli';

interface Leaf {
  path: string[];
  spec: CommandSpec;
}

/** Every runnable command of the registry with its loaded spec: new commands are covered as they are added. */
async function leaves(entries: readonly CommandEntry[], parent: string[] = []): Promise<Leaf[]> {
  const found: Leaf[] = [];
  for (const entry of entries) {
    const path = [...parent, entry.name];
    if ('subcommands' in entry) found.push(...(await leaves(entry.subcommands, path)));
    else found.push({ path, spec: await entry.load() });
  }
  return found;
}

describe('flags, for every command (in-process)', () => {
  let all: Leaf[];
  beforeAll(async () => {
    all = await leaves(COMMANDS);
  });

  it('refuses a flag that takes a value given twice, naming the flag (exit 2, nothing on standard output)', async () => {
    const cases = all.flatMap(({ path, spec }) =>
      (spec.flags ?? [])
        .map((f) => new Option(f.flags, f.description))
        .filter((o) => o.required || o.optional)
        .map((o) => ({ path, spec, flag: o.long! })),
    );
    // calc alone has two dozen; an empty list would make this test check nothing.
    expect(cases.length).toBeGreaterThan(30);
    for (const { path, spec, flag } of cases) {
      const operand = spec.arguments?.startsWith('<') ? ['x'] : [];
      const run = await runInProcess([...path, ...operand, flag, 'one', flag, 'two']);
      expect({ command: path.join(' '), flag, ...run }).toEqual({
        command: path.join(' '),
        flag,
        status: 2,
        stdout: '',
        stderr: `payproof: ${flag}: given twice ("one" and "two"); give it once\n`,
      });
    }
  });

  it('accepts a switch given twice (nothing to choose between)', async () => {
    const run = await runInProcess(['calc', '--pay-date', '2026-01-14', '--gross', '2307.69', '--json', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ net: '1820.77' });
  });

  it('refuses an unknown flag or an operand a command does not take, as a usage error (exit 2)', async () => {
    for (const args of [
      ['calc', '--grosss', '1'],
      ['calc', 'extra', '--gross', '1'],
      ['scenarios', 'validate'],
      ['tokens'],
    ]) {
      const run = await runInProcess(args);
      expect({ args, status: run.status, stdout: run.stdout }).toEqual({ args, status: 2, stdout: '' });
      expect(run.stderr).not.toBe('');
    }
  });
});
