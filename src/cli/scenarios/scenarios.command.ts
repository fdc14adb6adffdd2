import { BUNDLED_SCENARIOS } from '../../common/paths';
import { formatLoadError } from '../../scenarios/load-error';
import { ScenarioCatalog } from '../../scenarios/scenario-catalog.service';
import type { CommandSpec } from '../command-spec';
import { EXIT } from '../exit-codes';
import { count, textTable } from '../text-table';

/** `payproof scenarios list [path]`: what is in the catalogue. */
export const scenariosListCommand: CommandSpec = {
  arguments: '[path]',
  async run([target = BUNDLED_SCENARIOS]) {
    const load = await new ScenarioCatalog().load(target);
    const rows = load.scenarios.map(({ scenario: s }) => [s.id, s.family ?? '', s.title, String(s.events.length)]);
    process.stdout.write(`${textTable(['id', 'family', 'title', 'events'], rows)}\n`);
    process.stdout.write(`\n${count(load.scenarios.length, 'scenario')} in ${count(load.files.length, 'file')}\n`);
    if (load.errors.length === 0) return EXIT.ok;
    process.stderr.write(
      `${count(load.errors.length, 'problem')}; files with problems are not listed: run \`payproof scenarios validate ${target}\`\n`,
    );
    return EXIT.findings;
  },
};

/** `payproof scenarios validate <path>`: every problem, named by file, row and column; exit 1 if any. */
export const scenariosValidateCommand: CommandSpec = {
  arguments: '<path>',
  async run([target]) {
    const load = await new ScenarioCatalog().load(target);
    if (load.errors.length === 0) {
      process.stdout.write(
        `${count(load.scenarios.length, 'scenario')} in ${count(load.files.length, 'file')}: all valid\n`,
      );
      return EXIT.ok;
    }
    for (const error of load.errors) process.stdout.write(`${formatLoadError(error)}\n`);
    const files = new Set(load.errors.map((e) => e.file)).size;
    process.stdout.write(
      `\n${count(load.errors.length, 'problem')} in ${files} of ${count(load.files.length, 'file')}; a file with a problem loads no scenario\n`,
    );
    return EXIT.findings;
  },
};
