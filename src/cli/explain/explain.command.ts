import { PayproofError } from '../../domain/errors';
import { runReference } from '../../domain/reference/engine';
import { formatLoadErrorIn } from '../../scenarios/load-error';
import { ScenarioCatalog } from '../../scenarios/scenario-catalog.service';
import { langFrom } from '../../submissions/reader-text';
import { scenarioStubs } from '../../submissions/stub-checks';
import type { CommandSpec } from '../command-spec';
import { explainJson, explainText } from './explain-output';

interface ExplainFlags {
  scenario?: string;
  json?: boolean;
  brief?: boolean;
  lang?: string;
}

/**
 * `payproof explain <file>`: the reference's statements for each scenario of a file, with their
 * traces, then the file's stub lines (expected rows) checked against them.
 */
export const explainCommand: CommandSpec<ExplainFlags> = {
  arguments: '<path>',
  flags: [
    { flags: '--scenario <id>', description: 'only this scenario of the file', fr: 'seulement ce scénario du fichier' },
    {
      flags: '--json',
      description: 'print JSON: statements with money as strings and a trace on every line',
      fr: 'afficher du JSON : les relevés, montants en texte, et une trace sur chaque ligne',
    },
    {
      flags: '--brief',
      description: 'print the statements without the trace of each line',
      fr: 'afficher les relevés sans la trace de chaque ligne',
    },
    {
      flags: '--lang <en|fr>',
      description: 'the language to write in (default: from the locale, LANG; else English)',
      fr: 'la langue d’affichage (par défaut : selon la locale, LANG; sinon l’anglais)',
    },
  ],
  async run([target], flags) {
    const lang = langFrom(flags.lang, process.env);
    if (lang === undefined)
      throw new PayproofError('INVALID_INPUT', `--lang: expected en or fr, found "${flags.lang ?? ''}"`);
    const load = await new ScenarioCatalog().load(target);
    if (load.errors.length > 0) {
      const problems = load.errors.map((e) => formatLoadErrorIn(e, lang)).join('\n');
      throw new PayproofError(
        'INVALID_INPUT',
        lang === 'fr'
          ? `${target} a des problèmes; corrigez-les d’abord :\n${problems}`
          : `${target} has problems; fix them first:\n${problems}`,
      );
    }
    const chosen = flags.scenario ? load.scenarios.filter((l) => l.scenario.id === flags.scenario) : load.scenarios;
    if (chosen.length === 0) {
      const known = load.scenarios.map((l) => l.scenario.id).join(', ') || (lang === 'fr' ? 'aucun' : 'none');
      throw new PayproofError(
        'NOT_FOUND',
        lang === 'fr'
          ? `--scenario : aucun scénario « ${flags.scenario ?? ''} » dans ${target} (trouvés : ${known})`
          : `--scenario: no scenario "${flags.scenario ?? ''}" in ${target} (found: ${known})`,
      );
    }
    const trace = flags.json === true || flags.brief !== true;
    const results = chosen.map(({ scenario }) => {
      const result = runReference(scenario, { trace });
      // The stub lines are checked against a traced run, so a line that differs shows why.
      return { scenario, result, stubs: scenarioStubs(scenario, lang, trace ? result : undefined) };
    });
    if (flags.json) {
      const json = results.map(({ result, stubs }) => explainJson(result, stubs, lang));
      process.stdout.write(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
      return;
    }
    for (const { scenario, result, stubs } of results)
      process.stdout.write(explainText({ result, title: scenario.title, withTrace: trace, stubs, lang }));
  },
};
