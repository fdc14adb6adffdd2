import { DisputesService } from '../../audit/disputes/disputes.service';
import { DB_FLAG, withAudit } from '../audit-context';
import type { CommandSpec } from '../command-spec';
import { textTable } from '../text-table';

/** `payproof disputes list`: every dispute with the ruling in force (rulings are made over the API by an auditor token). */
export const disputesListCommand: CommandSpec<{ db?: string }> = {
  flags: [DB_FLAG],
  async run(_args, flags) {
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
        d.status,
        last ? `${last.outcome} (${last.byName}, ${last.at})` : '',
      ];
    });
    process.stdout.write(
      `${textTable(['id', 'supplier', 'run', 'finding or defect', 'status', 'ruling in force'], rows)}\n`,
    );
  },
};
