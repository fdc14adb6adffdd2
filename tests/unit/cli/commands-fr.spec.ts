import type { CommandEntry } from '../../../src/cli/command-spec';
import { COMMANDS } from '../../../src/cli/commands';

/** Every command and subcommand, with its path ("tokens create"). */
function entries(list: readonly CommandEntry[], prefix = ''): Array<{ path: string; entry: CommandEntry }> {
  return list.flatMap((entry) => {
    const path = `${prefix}${entry.name}`;
    return [{ path, entry }, ...('subcommands' in entry ? entries(entry.subcommands, `${path} `) : [])];
  });
}

describe('the command registry', () => {
  it('describes every command in French too (payproof --help follows the locale)', () => {
    const missing = entries(COMMANDS)
      .filter(({ entry }) => entry.fr === undefined || entry.fr.trim() === '' || entry.fr === entry.description)
      .map(({ path }) => path);
    expect(missing).toEqual([]);
  });
});
