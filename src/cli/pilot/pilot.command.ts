import { NestFactory } from '@nestjs/core';
import * as path from 'node:path';
import { loadConfig } from '../../common/config';
import { invalidInput } from '../../domain/errors';
import { PilotBriefService } from '../../pilots/pilot-brief.service';
import { PilotService } from '../../pilots/pilot.service';
import { langFrom, type Lang } from '../../submissions/reader-text';
import type { CommandSpec } from '../command-spec';
import { checkDatabasePath } from '../evaluate/evaluate-flags';
import { textTable } from '../text-table';
import { PilotStoreModule } from './pilot-store.module';
import { pilotText } from './pilot-text';

interface DbFlags {
  db?: string;
}

const DB_FLAG = {
  flags: '--db <file>',
  description: 'SQLite file for runs and pilots (default: PAYPROOF_DB, else data/payproof.sqlite)',
};

async function withPilots<T>(
  flags: DbFlags,
  work: (p: { pilots: PilotService; briefs: PilotBriefService }) => Promise<T>,
) {
  if (flags.db !== undefined) process.env.PAYPROOF_DB = flags.db;
  checkDatabasePath(flags.db !== undefined ? '--db' : 'PAYPROOF_DB', loadConfig(process.env).databaseFile);
  const app = await NestFactory.createApplicationContext(PilotStoreModule, { logger: ['error'] });
  try {
    return await work({ pilots: app.get(PilotService), briefs: app.get(PilotBriefService) });
  } finally {
    await app.close();
  }
}

function language(flag: string | undefined): Lang {
  const lang = langFrom(flag, process.env);
  if (lang === undefined) throw invalidInput(`--lang: expected en or fr, found "${flag}"`);
  return lang;
}

/** `payproof pilot create <name> [--description text]`. */
export const pilotCreateCommand: CommandSpec<DbFlags & { description?: string }> = {
  arguments: '<name>',
  flags: [{ flags: '--description <text>', description: 'what the pilot is, in a sentence' }, DB_FLAG],
  async run([name], flags) {
    const created = await withPilots(flags, ({ pilots }) => pilots.create({ name, description: flags.description }));
    process.stdout.write(
      `pilot "${created.name}" created; add rounds with payproof evaluate --pilot ${created.name}\n`,
    );
  },
};

/** `payproof pilot list`. */
export const pilotListCommand: CommandSpec<DbFlags> = {
  flags: [DB_FLAG],
  async run(_args, flags) {
    const rows = await withPilots(flags, ({ pilots }) => pilots.list());
    process.stdout.write(
      `${textTable(
        ['name', 'rounds', 'created', 'description'],
        rows.map((p) => [p.name, String(p.rounds), p.createdAt, p.description]),
      )}\n`,
    );
  },
};

/** `payproof pilot show <name> [--lang en|fr] [--json]`. */
export const pilotShowCommand: CommandSpec<DbFlags & { lang?: string; json?: boolean }> = {
  arguments: '<name>',
  flags: [
    { flags: '--lang <en|fr>', description: 'language: en or fr (default: the locale, else en) / langue' },
    { flags: '--json', description: 'print the pilot, its rounds, trends and comparisons as JSON' },
    DB_FLAG,
  ],
  async run([name], flags) {
    const lang = language(flags.lang);
    const view = await withPilots(flags, ({ pilots }) => pilots.show(name));
    process.stdout.write(flags.json ? `${JSON.stringify(view, null, 2)}\n` : pilotText(view, lang));
  },
};

/** `payproof pilot brief <name> [--round N] [--lang en|fr] [--pdf] [--out dir]`. */
export const pilotBriefCommand: CommandSpec<DbFlags & { round?: string; lang?: string; pdf?: boolean; out?: string }> =
  {
    arguments: '<name>',
    flags: [
      { flags: '--round <n>', description: 'the round (default: the last finished one)' },
      { flags: '--lang <en|fr>', description: 'language: en or fr (default: the locale, else en) / langue' },
      {
        flags: '--pdf',
        description: 'also print it to PDF with headless Chromium (/usr/bin/chromium, or CHROMIUM_PATH)',
      },
      {
        flags: '--out <dir>',
        description: 'where <name>/round-<n>.<lang>.html goes (default: PAYPROOF_REPORTS/pilots, else reports/pilots)',
      },
      DB_FLAG,
    ],
    async run([name], flags) {
      const lang = language(flags.lang);
      if (flags.round !== undefined && !/^[1-9]\d*$/.test(flags.round))
        throw invalidInput(`--round: expected a round number (1, 2, ...), found "${flags.round}"`);
      const out = flags.out ?? path.join(loadConfig(process.env).reportsDir, 'pilots');
      const written = await withPilots(flags, ({ briefs }) =>
        briefs.write({
          pilot: name,
          round: flags.round === undefined ? undefined : Number(flags.round),
          lang,
          out,
          pdf: flags.pdf === true,
        }),
      );
      process.stdout.write(`${written.html}\n${written.pdf !== undefined ? `${written.pdf}\n` : ''}`);
    },
  };
