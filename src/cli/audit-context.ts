import { NestFactory } from '@nestjs/core';
import { invalidInput } from '../domain/errors';
import { langFrom, type Lang } from '../submissions/reader-text';
import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '../common/config';
import { EvaluationModule } from '../evaluation/evaluation.module';
import { checkDatabasePath } from './evaluate/evaluate-flags';

/** The evaluation and audit services on the configured database (--db wins over PAYPROOF_DB), closed after `work`. */
export async function withAudit<T>(
  db: string | undefined,
  work: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  if (db !== undefined) process.env.PAYPROOF_DB = db;
  checkDatabasePath(db !== undefined ? '--db' : 'PAYPROOF_DB', loadConfig(process.env).databaseFile);
  const app = await NestFactory.createApplicationContext(EvaluationModule, { logger: ['error'] });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

export const DB_FLAG = {
  flags: '--db <file>',
  description: 'SQLite file of the runs (default: PAYPROOF_DB, else data/payproof.sqlite)',
  fr: 'fichier SQLite des évaluations (par défaut : PAYPROOF_DB, sinon data/payproof.sqlite)',
};

/** The audit commands' language, as the other commands choose it: --lang, else the locale, else English. */
export const LANG_FLAG = {
  flags: '--lang <en|fr>',
  description: 'the language to write in (default: from the locale, LANG; else English)',
  fr: 'la langue d’affichage (par défaut : selon la locale, LANG; sinon l’anglais)',
};

export function auditLang(flag: string | undefined): Lang {
  const lang = langFrom(flag, process.env);
  if (lang === undefined) throw invalidInput(`--lang: expected en or fr, found "${flag ?? ''}"`);
  return lang;
}
