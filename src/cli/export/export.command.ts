import { ExportService } from '../../audit/pack/export.service';
import { invalidInput } from '../../domain/errors';
import { say } from '../../submissions/reader-text';
import { auditLang, DB_FLAG, LANG_FLAG, withAudit } from '../audit-context';
import type { CommandSpec } from '../command-spec';

interface ExportFlags {
  db?: string;
  lang?: string;
  out?: string;
}

/** `payproof export <run-id> --out <dir>`: the run's evidence pack (check it with payproof verify --pack <dir>). */
export const exportCommand: CommandSpec<ExportFlags> = {
  arguments: '<run-id>',
  flags: [
    DB_FLAG,
    {
      flags: '--out <dir>',
      description: 'a new or empty folder for the pack (default: evidence-<run-id>)',
      fr: 'un dossier nouveau ou vide pour la trousse (par défaut : evidence-<id>)',
    },
    LANG_FLAG,
  ],
  async run([runId], flags) {
    const lang = auditLang(flags.lang);
    if (flags.out === '')
      throw invalidInput(lang === 'fr' ? '--out : un dossier est attendu' : '--out: expected a folder');
    const dir = flags.out ?? `evidence-${runId}`;
    const pack = await withAudit(flags.db, (app) => app.get(ExportService).export(runId, dir));
    process.stdout.write(`${say(lang, 'audit.export.done', { runId, dir, files: pack.files.length })}\n`);
  },
};
