import { Command, CommanderError } from 'commander';
import { PayproofError } from '../domain/errors';
import type { CommandEntry, CommandSpec } from './command-spec';
import { COMMANDS } from './commands';
import { declareOptions } from './declare-options';
import { EXIT, exitCodeFor } from './exit-codes';
import { langFrom, type Lang } from '../submissions/reader-text';
import { refusalIn } from '../submissions/refusal-text';

/** The flag a field of an error is given by on the command line: vendors → --vendors, payDate → --pay-date. */
export function flagName(field: string): string {
  return `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * Report an error as one line on standard error (nothing on standard output) and give its exit code;
 * a refusal of the reference in the reader's language (refusal-text.ts).
 */
export function reportCliError(err: unknown, lang: Lang = 'en'): number {
  if (err instanceof PayproofError) {
    const about = err.field === undefined ? '' : `${flagName(err.field)}${lang === 'fr' ? ' : ' : ': '}`;
    process.stderr.write(`payproof: ${about}${refusalIn(lang, err)}\n`);
    return exitCodeFor(err.code);
  }
  if (err instanceof CommanderError) {
    // Commander has already printed its message (or the help); help asked for is not an error.
    return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`payproof: internal error (please report it): ${message}\n`);
  return EXIT.internal;
}

/**
 * Commander's message as one line that says what was expected: "unknown option '--grosss'
 * (did you mean --gross?); expected one of the flags listed by --help".
 */
export function oneLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const first = (lines[0] ?? '').replace(/^error: /, '');
  const hint = lines
    .slice(1)
    .join(' ')
    .replace(/^\((.*)\)$/, '$1');
  const suggestion = hint ? ` (${hint.charAt(0).toLowerCase()}${hint.slice(1)})` : '';
  const expected = /unknown option/.test(first) ? '; expected one of the flags listed by --help' : '';
  return `${first}${suggestion}${expected}`;
}

type Loaders = Map<Command, () => Promise<CommandSpec>>;

/**
 * The language of --help: `--lang fr|en` anywhere on the line, else the locale (LC_ALL,
 * LC_MESSAGES, LANG), else English. A bad --lang value is the command's to refuse: help is English then.
 */
function helpLang(argv: readonly string[]): Lang {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = at === -1 ? undefined : argv[at].startsWith('--lang=') ? argv[at].slice(7) : argv[at + 1];
  return langFrom(flag, process.env) ?? 'en';
}

/** Commander's own words in French: the headings of --help and the help flag and command. */
const HEADINGS: Record<string, string> = {
  'Usage:': 'Utilisation :',
  'Options:': 'Options :',
  'Commands:': 'Commandes :',
  'Arguments:': 'Arguments :',
};
function inFrench(program: Command): void {
  program
    .configureHelp({ styleTitle: (title) => HEADINGS[title] ?? title })
    .helpOption('-h, --help', 'afficher l’aide de la commande')
    .helpCommand('help [command]', 'afficher l’aide de la commande');
}

/** The registry as commander commands, names and descriptions only; `loaders` says how to fill each in. */
function addEntries(parent: Command, entries: readonly CommandEntry[], loaders: Loaders, lang: Lang): void {
  for (const entry of entries) {
    const command = parent
      .command(entry.name)
      .description(lang === 'fr' ? (entry.fr ?? entry.description) : entry.description);
    if ('subcommands' in entry) addEntries(command, entry.subcommands, loaders, lang);
    else loaders.set(command, entry.load);
  }
}

/** The command the arguments name (`calc`, `scenarios list`, `help calc`), descending into groups. */
function namedCommand(program: Command, argv: readonly string[]): Command | undefined {
  let current = program;
  for (const token of argv) {
    const child = current.commands.find((c) => c.name() === token);
    if (child === undefined) continue;
    if (child.commands.length === 0) return child;
    current = child;
  }
  return undefined;
}

function fillIn(command: Command, spec: CommandSpec, done: (code: number) => void, lang: Lang): void {
  if (spec.arguments !== undefined) command.arguments(spec.arguments);
  declareOptions(command, spec.flags ?? [], lang);
  const help = lang === 'fr' ? (spec.helpFr ?? spec.help) : spec.help;
  if (help !== undefined) command.addHelpText('after', `\n${help}`);
  command.action(async () => {
    const code = await spec.run(command.args, command.opts());
    done(code ?? EXIT.ok);
  });
}

/**
 * Run `payproof` with these arguments (without `node` and the script) and give the exit code.
 * It never calls process.exit and never throws: tests run it in-process.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const lang = helpLang(argv);
  const program = new Command('payproof')
    .description(
      lang === 'fr'
        ? 'Banc d’essai des projets pilotes de systèmes de paye : scénarios de paye, une référence exacte au cent près, fournisseurs comparés'
        : 'Pay-system pilot evaluation harness: pay scenarios, a decimal-exact reference, suppliers compared',
    )
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`payproof: ${oneLine(text)}\n`) });
  if (lang === 'fr') inFrench(program);
  const loaders: Loaders = new Map();
  addEntries(program, COMMANDS, loaders, lang);
  let code: number = EXIT.ok;
  try {
    const target = namedCommand(program, argv);
    const load = target && loaders.get(target);
    if (target && load) fillIn(target, await load(), (c) => (code = c), lang);
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (err) {
    return reportCliError(err, lang);
  }
}
