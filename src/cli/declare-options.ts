import { Option, type Command } from 'commander';
import { invalidInput } from '../domain/errors';

export interface FlagSpec {
  /** Commander syntax: "--gross <amount>" for a value, "--json" for a switch. */
  flags: string;
  description: string;
  /** The description in French, for `--help` read in French (--lang fr, or a French locale). */
  fr?: string;
}

/**
 * Declare a command's flags from a table. Each flag hands over its raw text (or true for a
 * switch); the command validates everything in one place, so errors name the flag and what
 * was expected. A flag that takes a value takes one: given twice (`--gross 2307.69 --gross
 * 100`) is bad input naming the flag, never a silent "last one wins" (issue 20).
 */
export function declareOptions(command: Command, specs: readonly FlagSpec[], lang: 'en' | 'fr' = 'en'): void {
  for (const spec of specs) {
    const option = new Option(spec.flags, lang === 'fr' ? (spec.fr ?? spec.description) : spec.description);
    if (option.required || option.optional) {
      const name = option.long ?? option.flags;
      option.argParser((value: string, previous: string | undefined) => {
        if (previous !== undefined) {
          throw invalidInput(`${name}: given twice ("${previous}" and "${value}"); give it once`, {
            flag: name,
          });
        }
        return value;
      });
    }
    command.addOption(option);
  }
}
