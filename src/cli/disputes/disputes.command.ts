import { DisputesService } from '../../audit/disputes/disputes.service';
import { say } from '../../submissions/reader-text';
import { auditLang, DB_FLAG, LANG_FLAG, withAudit } from '../audit-context';
import type { CommandSpec } from '../command-spec';
import { textTable } from '../text-table';

/** `payproof disputes list`: every dispute with the ruling in force (rulings are made over the API by an auditor token). */
export const disputesListCommand: CommandSpec<{ db?: string; lang?: string }> = {
  flags: [DB_FLAG, LANG_FLAG],
  async run(_args, flags) {
    const lang = auditLang(flags.lang);
    const all = await withAudit(flags.db, (app) =>
      app.get(DisputesService).list({ tokenId: 'cli', name: 'payproof disputes list', role: 'auditor' }),
    );
    const rows = all.map((d) => {
      const last = d.rulings[d.rulings.length - 1];
      return [
        d.id,
        d.vendorId,
        d.runId,
        d.findingId ?? d.signature,
        say(lang, d.status === 'open' ? 'disputes.open' : 'disputes.ruled'),
        last ? `${last.outcome} (${last.byName}, ${last.at})` : '',
      ];
    });
    process.stdout.write(
      `${textTable(
        (['id', 'supplier', 'run', 'target', 'status', 'ruling'] as const).map((c) =>
          say(lang, `audit.disputes.col.${c}`),
        ),
        rows,
      )}\n`,
    );
  },
};
