import { yearOf } from '../../domain/calendar';
import { invalidInput } from '../../domain/errors';
import { FUZZ_FIRST_DATE, FUZZ_LAST_PAYDAY } from '../../fuzz/arbitraries';
import type { GenerateInput } from '../../scenarios/generate/population-generator.service';
import type { FlagSpec } from '../declare-options';

export interface GenerateFlags {
  employees?: string;
  seed?: string;
  year?: string;
  out?: string;
  perFile?: string;
}

/** The pay years the reference holds (T4127 editions and PSSA rates): 2025 and 2026. */
const FIRST_YEAR = yearOf(FUZZ_FIRST_DATE);
const LAST_YEAR = yearOf(FUZZ_LAST_PAYDAY);
const MAX_EMPLOYEES = 1_000_000;
const SEED_MAX = 2 ** 31 - 1;
const MAX_PER_FILE = 5_000;
export const DEFAULT_SEED = 1;
export const DEFAULT_PER_FILE = 2_000;

export const GENERATE_FLAGS: readonly FlagSpec[] = [
  {
    flags: '--employees <n>',
    description: `how many employees (one scenario each), 1 to ${MAX_EMPLOYEES}`,
    fr: `combien d’employés (un scénario chacun), de 1 à ${MAX_EMPLOYEES}`,
  },
  {
    flags: '--seed <n>',
    description: `the seed, 0 to ${SEED_MAX} (default ${DEFAULT_SEED}); the same seed, years and employees give byte-identical files`,
    fr: `la graine, de 0 à ${SEED_MAX} (par défaut ${DEFAULT_SEED}); la même graine, les mêmes années et le même nombre d’employés donnent des fichiers identiques octet pour octet`,
  },
  {
    flags: '--year <y>',
    description: `the pay year, or a range such as ${FIRST_YEAR}-${LAST_YEAR} (default ${LAST_YEAR}): every employee is paid on every payday of it`,
    fr: `l’année de paye, ou une plage comme ${FIRST_YEAR}-${LAST_YEAR} (par défaut ${LAST_YEAR}) : chaque employé est payé à chacun de ses jours de paye`,
  },
  {
    flags: '--out <dir>',
    description: 'the folder to write to (created if missing; must hold no .csv or .json file)',
    fr: 'le dossier où écrire (créé s’il n’existe pas; ne doit contenir aucun fichier .csv ni .json)',
  },
  {
    flags: '--per-file <n>',
    description: `scenarios per file, 1 to ${MAX_PER_FILE} (default ${DEFAULT_PER_FILE})`,
    fr: `scénarios par fichier, de 1 à ${MAX_PER_FILE} (par défaut ${DEFAULT_PER_FILE})`,
  },
];

function integer(flag: string, text: string, min: number, max: number): number {
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw invalidInput(`${flag}: found "${text}", expected a whole number from ${min} to ${max}`);
  return n;
}

function years(text: string): GenerateInput['years'] {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim());
  const first = match ? Number(match[1]) : NaN;
  const last = match?.[2] !== undefined ? Number(match[2]) : first;
  if (!(first >= FIRST_YEAR && last <= LAST_YEAR && first <= last))
    throw invalidInput(
      `--year: found "${text}", expected a year from ${FIRST_YEAR} to ${LAST_YEAR} or a range such as ${FIRST_YEAR}-${LAST_YEAR} (the pay years the reference holds)`,
    );
  return { first, last };
}

export function generateInputFromFlags(flags: GenerateFlags): Omit<GenerateInput, 'onProgress'> {
  if (flags.employees === undefined)
    throw invalidInput(`--employees: missing; expected a whole number from 1 to ${MAX_EMPLOYEES}`);
  if (flags.out === undefined || flags.out.trim() === '')
    throw invalidInput('--out: missing; expected the folder to write the scenario files to');
  return {
    employees: integer('--employees', flags.employees, 1, MAX_EMPLOYEES),
    seed: flags.seed === undefined ? DEFAULT_SEED : integer('--seed', flags.seed, 0, SEED_MAX),
    years: flags.year === undefined ? { first: LAST_YEAR, last: LAST_YEAR } : years(flags.year),
    out: flags.out,
    perFile: flags.perFile === undefined ? DEFAULT_PER_FILE : integer('--per-file', flags.perFile, 1, MAX_PER_FILE),
  };
}

/** The command that writes the same files again. */
export function replayCommand(input: Omit<GenerateInput, 'onProgress'>): string {
  const { first, last } = input.years;
  const year = first === last ? `${first}` : `${first}-${last}`;
  const perFile = input.perFile === DEFAULT_PER_FILE ? '' : ` --per-file ${input.perFile}`;
  const out = /^[\w./-]+$/.test(input.out) ? input.out : `'${input.out.replace(/'/g, `'\\''`)}'`;
  return `payproof scenarios generate --employees ${input.employees} --seed ${input.seed} --year ${year} --out ${out}${perFile}`;
}
