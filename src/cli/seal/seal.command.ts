import { SealService } from '../../audit/seal/seal.service';
import { say } from '../../submissions/reader-text';
import { auditLang, DB_FLAG, LANG_FLAG, withAudit } from '../audit-context';
import type { CommandSpec } from '../command-spec';

interface SealFlags {
  db?: string;
  lang?: string;
  record?: boolean;
  by?: string;
}

/**
 * `payproof seal <dir> [--record]`: prints the commitment to the catalogue's sealed part
 * (dir/sealed, or dir itself) before the pilot; --record stores it with the time, so a later
 * run proves its sealed set is the one committed to.
 */
export const sealCommand: CommandSpec<SealFlags> = {
  arguments: '<dir>',
  flags: [
    DB_FLAG,
    {
      flags: '--record',
      description: 'store the commitment with the time (runs check their sealed set against it)',
      fr: 'enregistrer l’engagement avec l’heure (les évaluations vérifient leur ensemble scellé par rapport à lui)',
    },
    {
      flags: '--by <name>',
      description: 'who records it (default: the user name)',
      fr: 'qui l’enregistre (par défaut : le nom de l’utilisateur)',
    },
    LANG_FLAG,
  ],
  async run([dir], flags) {
    const lang = auditLang(flags.lang);
    const sealed = await withAudit(flags.db, async (app) => {
      const seals = app.get(SealService);
      const c = await seals.commit(dir);
      if (flags.record)
        await seals.record(flags.by ?? process.env.USER ?? 'payproof seal', {
          commitment: c.commitment,
          scenarios: c.scenarios,
        });
      return c;
    });
    process.stdout.write(`${sealed.commitment}\n`);
    const recorded = flags.record ? say(lang, 'audit.seal.recorded') : '';
    process.stderr.write(
      `${say(lang, 'audit.seal.done', { scenarios: sealed.scenarios, folder: sealed.folder, recorded })}\n`,
    );
  },
};
