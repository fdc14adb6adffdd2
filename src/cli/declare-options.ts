import { Option } from 'nest-commander';

export interface FlagSpec {
  /** Commander syntax: "--gross <amount>" for a value, "--json" for a switch. */
  flags: string;
  description: string;
}

/**
 * Declare a command's flags from a table instead of one decorated method per flag.
 * nest-commander reads @Option metadata from prototype methods; each flag gets its own
 * method that returns the raw text (or true for a switch), and the command validates
 * everything in one place, so errors can name the flag and what was expected.
 */
export function declareOptions(target: { prototype: object }, specs: readonly FlagSpec[]): void {
  specs.forEach((spec, i) => {
    const takesValue = spec.flags.includes('<');
    const parse = takesValue ? (value: string) => value : () => true;
    const name = `__flag${i}`;
    Object.defineProperty(target.prototype, name, {
      value: parse,
      writable: false,
      enumerable: false,
      configurable: false,
    });
    Option({ flags: spec.flags, description: spec.description })(target.prototype, name, { value: parse });
  });
}
