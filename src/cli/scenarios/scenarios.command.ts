import { Command, CommandRunner, SubCommand } from 'nest-commander';
import { BUNDLED_SCENARIOS } from '../../common/paths';
import { PayproofError } from '../../domain/errors';
import { formatLoadError } from '../../scenarios/load-error';
import { ScenarioCatalog } from '../../scenarios/scenario-catalog.service';
import { EXIT } from '../exit-codes';
import { count, textTable } from '../text-table';

/** `payproof scenarios list [path]`: what is in the catalogue. */
@SubCommand({
  name: 'list',
  arguments: '[path]',
  description: 'list the scenarios in a file or folder (default: the bundled test-payrolls/)',
})
export class ScenariosListCommand extends CommandRunner {
  constructor(private readonly catalog: ScenarioCatalog) {
    super();
  }

  async run([target = BUNDLED_SCENARIOS]: string[]): Promise<void> {
    const load = await this.catalog.load(target);
    const rows = load.scenarios.map(({ scenario: s }) => [s.id, s.family ?? '', s.title, String(s.events.length)]);
    process.stdout.write(`${textTable(['id', 'family', 'title', 'events'], rows)}\n`);
    process.stdout.write(`\n${count(load.scenarios.length, 'scenario')} in ${count(load.files.length, 'file')}\n`);
    if (load.errors.length > 0) {
      process.stderr.write(
        `${count(load.errors.length, 'problem')}; files with problems are not listed: run \`payproof scenarios validate ${target}\`\n`,
      );
      process.exitCode = EXIT.findings;
    }
  }
}

/** `payproof scenarios validate <path>`: every problem, named by file, row and column; exit 1 if any. */
@SubCommand({
  name: 'validate',
  arguments: '<path>',
  description: 'check scenario files and print every problem (exit code 1 if any)',
})
export class ScenariosValidateCommand extends CommandRunner {
  constructor(private readonly catalog: ScenarioCatalog) {
    super();
  }

  async run([target]: string[]): Promise<void> {
    const load = await this.catalog.load(target);
    if (load.errors.length === 0) {
      process.stdout.write(
        `${count(load.scenarios.length, 'scenario')} in ${count(load.files.length, 'file')}: all valid\n`,
      );
      return;
    }
    for (const error of load.errors) process.stdout.write(`${formatLoadError(error)}\n`);
    const files = new Set(load.errors.map((e) => e.file)).size;
    process.stdout.write(
      `\n${count(load.errors.length, 'problem')} in ${files} of ${count(load.files.length, 'file')}; a file with a problem loads no scenario\n`,
    );
    process.exitCode = EXIT.findings;
  }
}

@Command({
  name: 'scenarios',
  description: 'list or validate pay scenarios (CSV or JSON)',
  subCommands: [ScenariosListCommand, ScenariosValidateCommand],
})
export class ScenariosCommand extends CommandRunner {
  async run(): Promise<void> {
    throw new PayproofError('INVALID_INPUT', 'scenarios: expected a subcommand: list [path] or validate <path>');
  }
}
