import { SealService } from '../../audit/seal/seal.service';
import { DB_FLAG, withAudit } from '../audit-context';
import type { CommandSpec } from '../command-spec';

interface SealFlags {
  db?: string;
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
    { flags: '--record', description: 'store the commitment with the time (runs check their sealed set against it)' },
    { flags: '--by <name>', description: 'who records it (default: the user name)' },
  ],
  async run([dir], flags) {
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
    process.stderr.write(
      `sealed set: ${sealed.scenarios} scenario(s) in ${sealed.folder}${flags.record ? '; commitment recorded' : ''}. Publish the commitment before the pilot; never the scenarios.\n`,
    );
  },
};
