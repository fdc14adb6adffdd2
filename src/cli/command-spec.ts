import type { FlagSpec } from './declare-options';

/** What commander hands a command: a flag's text, or true for a switch given. */
export type FlagValues = Record<string, string | boolean | undefined>;

/**
 * One command of `payproof`: its flags and what it does. A command file exports one of these
 * and is registered in commands.ts; it is loaded only when it is the command being run.
 */
export interface CommandSpec<F extends object = FlagValues> {
  /** Positional arguments in commander's syntax: '<path>' (required) or '[path]' (optional). */
  arguments?: string;
  flags?: readonly FlagSpec[];
  /** More to read in the command's own --help, printed after its flags (e.g. what a generator draws). */
  help?: string;
  /** The same in French. */
  helpFr?: string;
  /**
   * Do the work, writing results to standard output and progress to standard error. Resolve
   * with an exit code (EXIT.findings when the command ran and found problems), or with
   * nothing for success; throw a PayproofError for anything that stopped it.
   */
  run(args: string[], flags: F): Promise<number | void>;
}

/** A command as the registry knows it before loading it: enough for `payproof --help`. */
export type CommandEntry =
  | { name: string; description: string; fr?: string; load: () => Promise<CommandSpec> }
  | { name: string; description: string; fr?: string; subcommands: readonly CommandEntry[] };
