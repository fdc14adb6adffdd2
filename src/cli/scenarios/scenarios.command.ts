import { BUNDLED_SCENARIOS } from '../../common/paths';
import { PayproofError } from '../../domain/errors';
import { type LoadError, messageIn } from '../../scenarios/load-error';
import { type PrivacyError, privacyMessage } from '../../submissions/privacy-screen';
import { type Lang, langFrom, say } from '../../submissions/reader-text';
import { screenScenarioFiles } from '../../submissions/screen-files';
import { scenarioStubs, stubTally } from '../../submissions/stub-checks';
import { counted, stubsText } from '../explain/stub-output';
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

/**
 * `payproof scenarios validate <path>`: every problem, named by file, row and column (the
 * privacy screen's included); exit 1 if any. For valid files, each stub line (expected row)
 * is then checked against the reference; a stub that differs is an answer, not a problem in
 * the file, so it does not change the exit code.
 */
export const scenariosValidateCommand: CommandSpec<{ lang?: string }> = {
  arguments: '<path>',
  flags: [
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
    // Facts, not problems (a person not employed in the pays asked for): beside the verdict, on stderr.
    for (const note of load.notes) process.stderr.write(`note: ${problemText(lang, note)}\n`);
    const refused = await screenScenarioFiles(load.files);
    // The validator quotes what it found: a cell the privacy screen refused is named by the screen alone.
    const cell = (e: LoadError) => `${e.file}|${e.row}|${e.column}`;
    const named = new Set(refused.map(cell));
    const errors = [...refused, ...load.errors.filter((e) => !named.has(cell(e)))];
    const files = counted(lang, load.files.length, 'file');
    if (errors.length > 0) {
      for (const error of errors) process.stdout.write(`${problemText(lang, error)}\n`);
      const bad = new Set(errors.map((e) => e.file)).size;
      const problems = counted(lang, errors.length, 'problem');
      process.stdout.write(`\n${say(lang, 'validate.problems', { problems, bad, files })}\n`);
      return EXIT.findings;
    }
    const scenarios = counted(lang, load.scenarios.length, 'scenario');
    process.stdout.write(`${say(lang, 'validate.allValid', { scenarios, files })}\n`);
    const stubs = load.scenarios.map(({ scenario }) => scenarioStubs(scenario, lang)).filter((s) => s.lines > 0);
    for (const s of stubs) process.stdout.write(`\n${stubsText(lang, s, false)}\n`);
    if (stubs.length > 0) {
      const tally = stubTally(stubs);
      process.stdout.write(
        `\n${say(lang, 'stub.summary', { ...tally, lines: counted(lang, tally.count, 'stubLine') })}\n`,
      );
    }
    return EXIT.ok;
  },
};

/** A problem where it is (file, row, column) in the reader's language, the privacy screen's and the validator's alike. */
function problemText(lang: Lang, error: LoadError | PrivacyError): string {
  const message = 'kind' in error ? privacyMessage(error.kind, error.inFileName, lang) : messageIn(error, lang);
  const where = [
    error.file,
    error.row !== undefined ? say(lang, 'where.row', { row: error.row }) : undefined,
    error.column !== undefined ? say(lang, 'where.column', { column: error.column }) : undefined,
  ].filter(Boolean);
  return `${where.join(', ')}${lang === 'fr' ? ' : ' : ': '}${message}`;
}
