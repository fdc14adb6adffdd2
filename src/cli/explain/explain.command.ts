import { PayproofError } from '../../domain/errors';
import { runReference } from '../../domain/reference/engine';
import { formatLoadError } from '../../scenarios/load-error';
import { ScenarioCatalog } from '../../scenarios/scenario-catalog.service';
import type { CommandSpec } from '../command-spec';
import { explainJson, explainText } from './explain-output';

interface ExplainFlags {
  scenario?: string;
  json?: boolean;
  brief?: boolean;
}

/** `payproof explain <file>`: the reference's statements for each scenario of a file, with their traces. */
export const explainCommand: CommandSpec<ExplainFlags> = {
  arguments: '<path>',
  flags: [
    { flags: '--scenario <id>', description: 'only this scenario of the file' },
    { flags: '--json', description: 'print JSON: statements with money as strings and a trace on every line' },
    { flags: '--brief', description: 'print the statements without the trace of each line' },
  ],
  async run([target], flags) {
    const load = await new ScenarioCatalog().load(target);
    if (load.errors.length > 0) {
      throw new PayproofError(
        'INVALID_INPUT',
        `${target} has problems; fix them first:\n${load.errors.map(formatLoadError).join('\n')}`,
      );
    }
    const chosen = flags.scenario ? load.scenarios.filter((l) => l.scenario.id === flags.scenario) : load.scenarios;
    if (chosen.length === 0) {
      const known = load.scenarios.map((l) => l.scenario.id).join(', ') || 'none';
      throw new PayproofError(
        'NOT_FOUND',
        `--scenario: no scenario "${flags.scenario ?? ''}" in ${target} (found: ${known})`,
      );
    }
    const trace = flags.json === true || flags.brief !== true;
    const results = chosen.map(({ scenario }) => ({ scenario, result: runReference(scenario, { trace }) }));
    if (flags.json) {
      const json = results.map(({ result }) => explainJson(result));
      process.stdout.write(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
      return;
    }
    for (const { scenario, result } of results) process.stdout.write(explainText(result, scenario.title, trace));
  },
};
