import { randomInt } from 'node:crypto';
import { invalidInput } from '../../domain/errors';
import type { FlagSpec } from '../declare-options';

export interface FuzzFlags {
  vendor?: string;
  runs?: string;
  seed?: string;
  out?: string;
  vendorsDir?: string;
  maxShrink?: string;
  policy?: string;
  json?: boolean;
}

export const FUZZ_FLAGS: readonly FlagSpec[] = [
  { flags: '--vendor <id>', description: 'the supplier to fuzz (a folder of vendors/)' },
  { flags: '--runs <n>', description: 'generated scenarios (default 200)' },
  {
    flags: '--seed <n>',
    description: 'the seed; the same seed and runs give the same scenarios and findings (default: a new one, printed)',
  },
  {
    flags: '--out <dir>',
    description: 'where minimal counterexamples are saved as CSV (default test-payrolls/regressions)',
  },
  { flags: '--vendors-dir <dir>', description: "the folder holding the suppliers (default: payproof's own vendors/)" },
  { flags: '--max-shrink <n>', description: 'candidates one shrink may try (default 400)' },
  {
    flags: '--policy <file>',
    description: 'tolerance policy JSON, as for evaluate (default: every line exact to the cent)',
  },
  { flags: '--json', description: 'print the report as one JSON object (the seed line goes to standard error)' },
];

export interface FuzzCommandInput {
  vendorId: string;
  runs: number;
  seed: number;
  out?: string;
  vendorsRoot?: string;
  maxShrinkSteps?: number;
}

function integer(flag: string, text: string, min: number, max: number): number {
  const n = /^-?\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw invalidInput(`${flag}: found "${text}", expected a whole number from ${min} to ${max}`);
  return n;
}

/** fast-check seeds are 32-bit integers. */
const SEED_MIN = -(2 ** 31);
const SEED_MAX = 2 ** 31 - 1;

export function fuzzInputFromFlags(flags: FuzzFlags): FuzzCommandInput {
  if (flags.vendor === undefined || flags.vendor.trim() === '')
    throw invalidInput('--vendor: missing; expected the id of a supplier, e.g. --vendor floatwise');
  return {
    vendorId: flags.vendor.trim(),
    runs: flags.runs === undefined ? 200 : integer('--runs', flags.runs, 1, 100_000),
    seed: flags.seed === undefined ? randomInt(0, SEED_MAX) : integer('--seed', flags.seed, SEED_MIN, SEED_MAX),
    ...(flags.out !== undefined && { out: flags.out }),
    ...(flags.vendorsDir !== undefined && { vendorsRoot: flags.vendorsDir }),
    ...(flags.maxShrink !== undefined && { maxShrinkSteps: integer('--max-shrink', flags.maxShrink, 0, 100_000) }),
  };
}
