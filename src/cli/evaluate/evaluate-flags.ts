import { closeSync, openSync, readSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { isPostgresUrl } from '../../common/database-target';
import { PayproofError, invalidInput } from '../../domain/errors';
import { langFrom, type Lang } from '../../submissions/reader-text';
import type { FlagSpec } from '../declare-options';

export interface EvaluateFlags {
  scenarios?: string;
  vendors?: string;
  vendorsDir?: string;
  out?: string;
  db?: string;
  policy?: string;
  resume?: string;
  workers?: string;
  chunkSize?: string;
  sameAnswerRate?: string;
  lang?: string;
  csvLocale?: string;
  pilot?: string;
  queue?: string;
  supplierDeadline?: string;
}

export const EVALUATE_FLAGS: readonly FlagSpec[] = [
  { flags: '--scenarios <path>', description: 'scenario file or folder (default: the bundled test-payrolls/)' },
  {
    flags: '--vendors <ids>',
    description: 'suppliers to evaluate, e.g. acme,globex (default: every bundled supplier)',
  },
  { flags: '--vendors-dir <dir>', description: "the suppliers' folder (default: the bundled vendors/)" },
  { flags: '--out <dir>', description: 'where reports/<run-id>/ goes (default: PAYPROOF_REPORTS, else ./reports)' },
  {
    flags: '--db <file|url>',
    description:
      'SQLite file, or PostgreSQL URL (postgres://…), for runs and findings (default: PAYPROOF_DB, else data/payproof.sqlite)',
  },
  {
    flags: '--policy <file>',
    description: 'tolerance policy JSON (default: the stored policy, set by PUT /api/policy; else exact to the cent)',
  },
  { flags: '--resume <run-id>', description: 'finish an interrupted run: the same options, only the work not stored' },
  { flags: '--workers <n>', description: 'worker threads for the reference and the checks (default: one per core)' },
  {
    flags: '--chunk-size <n>',
    description: 'employees per chunk, the unit of checkpoint and resume (default: population / 16, from 10 to 100)',
  },
  {
    flags: '--same-answer-rate <r>',
    description: 'share of requests sent twice, 0 to 1 (default: all up to 1,000 employees, else 0.05)',
  },
  {
    flags: '--lang <en|fr>',
    description:
      "the reports' language, and the defects' titles in the table (default: from the locale, LANG; else English)",
  },
  {
    flags: '--csv-locale <en|fr>',
    description:
      'discrepancies.csv for an English (comma, decimal point) or French-Canadian spreadsheet (semicolon, decimal comma); default: the language',
  },
  {
    flags: '--pilot <name>',
    description: "record the finished run as this pilot's next round (payproof pilot create)",
  },
  {
    flags: '--supplier-deadline <date-time>',
    description:
      "when an exchange supplier's missing answers count as missed pays, ISO 8601 with offset (2026-12-15T17:00:00-05:00); with --resume, sets a new one",
    fr: 'quand les réponses manquantes d’un fournisseur par échange comptent comme des payes manquées, en ISO 8601 avec décalage (2026-12-15T17:00:00-05:00); avec --resume, en fixe une nouvelle',
  },
  {
    flags: '--queue <url>',
    description:
      'Redis URL (redis://host:6379): queue the chunks for `payproof worker`s sharing the --db store and gather their results (default: PAYPROOF_QUEUE; none: evaluate here)',
  },
];

/** `--lang` (else the locale) and `--csv-locale` (else the language), each named when it is not en or fr. */
export function reportLocale(
  flags: Pick<EvaluateFlags, 'lang' | 'csvLocale'>,
  env: NodeJS.ProcessEnv,
): { lang: Lang; csvLocale: Lang } {
  const lang = langFrom(flags.lang, env);
  if (lang === undefined) throw invalidInput(`--lang: expected en or fr, found "${flags.lang ?? ''}"`);
  const csvLocale = flags.csvLocale === undefined ? lang : langFrom(flags.csvLocale, {});
  if (csvLocale === undefined) throw invalidInput(`--csv-locale: expected en or fr, found "${flags.csvLocale ?? ''}"`);
  return { lang, csvLocale };
}

export function wholeNumber(flag: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min)
    throw invalidInput(`${flag}: expected a whole number of at least ${min}, found "${text}"`);
  return Number(text);
}

export function share(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = /^(0|1|0?\.\d+|1\.0*)$/.test(text) ? Number(text) : NaN;
  if (!(n >= 0 && n <= 1)) throw invalidInput(`${flag}: expected a number from 0 to 1, e.g. 0.05, found "${text}"`);
  return n;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Fails for bad input (a flag) or configuration (an environment variable), before anything is stored. */
function problem(name: string, message: string): PayproofError {
  return name.startsWith('--')
    ? invalidInput(`${name}: ${message}`)
    : new PayproofError('CONFIG', `${name}: ${message}`);
}

/** The database must be a SQLite file, or not exist yet (it is created): not a folder, not some other file (a PostgreSQL URL is checked by connecting). */
export function checkDatabasePath(name: string, file: string): void {
  if (file === ':memory:' || isPostgresUrl(file)) return;
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isDirectory())
    throw problem(name, `${file} is a folder; expected a SQLite database file (created if it does not exist)`);
  if (stat.size === 0) return;
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== SQLITE_MAGIC)
    throw problem(name, `${file} is not a SQLite database; expected a payproof database file, or a path to create one`);
}

/** The reports folder must be a folder, or not exist yet. */
export function checkReportsPath(name: string, dir: string): void {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory())
    throw problem(name, `${dir} is a file; expected a folder for reports/<run-id>/ (created if it does not exist)`);
  const parent = statSync(path.dirname(path.resolve(dir)), { throwIfNoEntry: false });
  if (parent && !parent.isDirectory()) throw problem(name, `${path.dirname(dir)} is a file; expected a folder`);
}
